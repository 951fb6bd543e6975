import ReadinessCore

extension InterviewModel {
    /// Does what the user means. Each intent goes through the same checks and moves as the keys that say
    /// the same thing (validation, asking before answers are set aside, saving, moving on), so plain mode
    /// and the full screen cannot drift apart.
    mutating func perform(_ intent: InterviewIntent) -> [InterviewEffect] {
        message = nil
        if let overlay {
            switch intent {
            case .confirm(let yes):
                return handleOverlay(overlay, key: .character(yes ? "y" : "n"), action: yes ? .confirmYes : .confirmNo)
            case .quit:
                self.overlay = nil
                return requestQuit()
            case .closeOverlay:
                self.overlay = nil
                return []
            default:
                // Anything else closes what is shown over the screen first, as Esc would.
                self.overlay = nil
            }
        }
        switch intent {
        case .startNew(let organization, let assessor, let mode):
            return startNew(organization: organization, assessor: assessor, mode: mode)
        case .chooseOption(let index):
            return chooseOption(index)
        case .chooseOptions(let indices):
            guard let question = shownQuestion, case .multiple(let options) = question.kind else {
                return refuseIntent("This question is not a multiple choice.")
            }
            guard !indices.isEmpty, indices.allSatisfy(options.indices.contains) else {
                return refuseIntent("Choose options from 1 to \(options.count).")
            }
            let wanted = Set(indices.map { options[$0].id })
            return answer(.choices(options.map(\.id).filter(wanted.contains)), to: question.id)
        case .setValue(var response):
            guard let question = shownQuestion else { return refuseIntent("No question is shown.") }
            // Typed text is kept as a field would keep it: no controls, escape sequences or invisible characters.
            if case .text(let text) = response { response = .text(TerminalText.typedLine(text)) }
            return answer(response, to: question.id)
        case .markDontKnow:
            guard let question = shownQuestion else { return refuseIntent("No question is shown.") }
            return answer(.unknown, to: question.id)
        case .markNotApplicable:
            guard let question = shownQuestion else { return refuseIntent("No question is shown.") }
            return answer(.notApplicable, to: question.id)
        case .skip: return navigate(.skip)
        case .keepAndContinue: return navigate(.nextQuestion)
        case .back: return navigate(.previousQuestion)
        case .askNext: return navigate(.askNext)
        case .review:
            if shownQuestion != nil { return navigate(.review) }
            openReview(selecting: lastQuestionID)
            return []
        case .closeReview:
            guard case .review(let focus) = screen else { return [] }
            return handleReview(focus, action: .close)
        case .toggleFlag:
            guard let question = shownQuestion, let session else { return refuseIntent("No question is shown.") }
            let flagged = !(session.assessment.answers[question.id]?.flagged ?? false)
            return update(question.id, message: flagged ? "Flagged for review." : "Flag removed.") { $0.flagged = flagged }
        case .setNote(let typed):
            let text = TerminalText.typedLine(typed)
            guard let question = shownQuestion else { return refuseIntent("No question is shown.") }
            if let problem = AnswerValidation.tooLong(text, what: "A note") { return refuseIntent(problem + ".") }
            let blank = text.allSatisfy(\.isWhitespace)
            return update(question.id, message: blank ? "Note removed." : "Note saved.") { record in
                record.note = blank ? nil : text
                if blank { record.shareNote = false }
            }
        case .setNoteShared(let shared):
            guard let question = shownQuestion, let session else { return refuseIntent("No question is shown.") }
            guard session.assessment.answers[question.id]?.note != nil else { return refuseIntent("This question has no note to share.") }
            let text = shared ? "The note is shared with the customer." : "The note stays internal."
            return update(question.id, message: text) { $0.shareNote = shared }
        case .changeAnswer(let questionID):
            guard let session, session.result.visibleQuestionIDs.contains(questionID) else {
                return refuseIntent("That question is not shown.")
            }
            if let reason = readOnlyReason { return refuseIntent("Read-only: \(reason).") }
            show(questionID, returnToReview: true)
            return []
        case .showResults:
            return finish()
        case .confirm, .closeOverlay:
            return []
        case .keepTriedAnswer(let questionID, let response):
            if let reason = readOnlyReason { return refuseIntent("Read-only: \(reason).") }
            if let asking = confirmIfSettingAside(response, for: questionID, fromWhatIf: true) { return asking }
            return keepWhatIf(response, for: questionID)
        case .export(let format, let path, let audience, let talkingPoints):
            guard let session else { return [] }
            // Through the export screen's state, so "the file exists" asks before replacing, as there.
            let formats = setup.exportFormats
            let form = ExportForm(
                formats: formats, formatIndex: formats.firstIndex(of: format) ?? 0, path: TextField(path, limit: 1000), audience: audience,
                talkingPoints: talkingPoints)
            screen = .export(form)
            message = StatusMessage(text: "Writing \(path)...", isError: false)
            return [.export(form.request(for: session.assessment))]
        case .continueInto(let questionnaireID):
            return continueInto(questionnaireID)
        case .quit:
            return requestQuit()
        }
    }

    /// The question on screen, if one is.
    private var shownQuestion: Question? {
        guard case .question(let focus) = screen else { return nil }
        return session?.questionnaire.question(focus.questionID)
    }

    private mutating func refuseIntent(_ text: String) -> [InterviewEffect] {
        message = StatusMessage(text: text, isError: true)
        return []
    }

    private mutating func navigate(_ action: Action) -> [InterviewEffect] {
        guard case .question(let focus) = screen, let question = shownQuestion else { return refuseIntent("No question is shown.") }
        return handleQuestionNavigation(action, question: question, focus: focus)
    }

    private mutating func chooseOption(_ index: Int) -> [InterviewEffect] {
        guard case .question(var focus) = screen, let question = shownQuestion else { return refuseIntent("No question is shown.") }
        switch question.kind {
        case .single(let options) where options.indices.contains(index):
            focus.highlight = index
            screen = .question(focus)
            return answer(.choice(options[index].id), to: question.id)
        case .multiple(let options) where options.indices.contains(index):
            focus.highlight = index
            focus.selection = toggled(options[index], in: focus.selection, options: options)
            screen = .question(focus)
            return []
        case .scale where Scale.values.contains(index + 1):
            focus.scale = index + 1
            screen = .question(focus)
            return answer(.scale(index + 1), to: question.id)
        default:
            return refuseIntent("There is no option \(index + 1).")
        }
    }

    private mutating func startNew(organization: String, assessor: String, mode: Assessment.Mode) -> [InterviewEffect] {
        guard case .start(var form) = screen else { return refuseIntent("An assessment is already open.") }
        form.organization = TextField(TerminalText.typedLine(organization), limit: form.organization.limit)
        form.assessor = TextField(TerminalText.typedLine(assessor), limit: form.assessor.limit)
        form.mode = mode
        let effects = begin(&form)
        if case .start = screen { screen = .start(form) }
        return effects
    }
}
