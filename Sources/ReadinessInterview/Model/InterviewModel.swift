import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The interview as a pure state machine: events in, effects out. Both front ends (ncurses and plain
/// lines) drive this one model, and the tests drive it directly.
public struct InterviewModel: Sendable {
    /// The assessment being answered, its questionnaire and the current result.
    public struct OpenAssessment: Sendable {
        /// The assessment as it stands; every change is handed to the store at once.
        public fileprivate(set) var assessment: Assessment
        /// Its questionnaire.
        public let questionnaire: Questionnaire
        /// The engine for it.
        public let scorer: Scorer
        /// The result for the current answers, recomputed on every change.
        public fileprivate(set) var result: ScoreResult

        init(assessment: Assessment, questionnaire: Questionnaire) {
            self.assessment = assessment
            self.questionnaire = questionnaire
            scorer = Scorer(questionnaire: questionnaire)
            result = scorer.score(assessment)
        }

        /// The shown questions, in order.
        public var visibleQuestions: [Question] {
            result.visibleQuestionIDs.compactMap(questionnaire.question)
        }

        /// Where a question stands: its section's number and title among the sections with a shown
        /// question, and its own number among the shown questions ("Section 2 of 6 ... Question 7 of 24").
        public func position(of question: Question) -> (section: Int, sections: Int, sectionTitle: String, number: Int, count: Int) {
            let visible = visibleQuestions
            let sections = questionnaire.sections.filter { section in visible.contains { $0.sectionID == section.id } }
            let sectionIndex = (sections.firstIndex { $0.id == question.sectionID } ?? 0) + 1
            let title = sections.first { $0.id == question.sectionID }?.title ?? ""
            let number = (visible.firstIndex { $0.id == question.id } ?? 0) + 1
            return (sectionIndex, sections.count, title, number, visible.count)
        }
    }

    /// What the interview was started with.
    public let setup: InterviewSetup
    /// The terminal size.
    public internal(set) var size: ScreenSize
    /// The screen shown.
    public internal(set) var screen: Screen
    /// What is shown over the screen, if anything.
    public internal(set) var overlay: Overlay?
    /// Feedback shown at the bottom until the next key.
    public internal(set) var message: StatusMessage?
    /// The assessment being answered, once started.
    public internal(set) var session: OpenAssessment?
    /// Whether the live pane is shown beside the questions.
    public internal(set) var showsLivePane: Bool
    /// Why the assessment is open read-only, when it is.
    public internal(set) var readOnlyReason: String?
    /// Why the last save failed, until a save succeeds: plain mode stops on it, the screen shows it, and
    /// quitting asks first. The answers stay in memory meanwhile.
    public internal(set) var saveFailure: String?
    /// The answers written elsewhere from the quit question while saving failed, and where.
    public internal(set) var writtenCopy: WrittenCopy?
    /// What the way out did with text typed but not confirmed (see `keepTypingOnExit`), for the exit message.
    public internal(set) var exitNotes: [String] = []
    /// Whether a save asked for from the quit question should end the interview once it succeeds.
    var quitWhenSaved = false
    /// The question to go back to when the review is closed.
    var lastQuestionID: String?
    /// When this interview opened a discovery call, for the call timer in the title bar.
    var callStarted: Date?

    /// The time since the call was opened in this interview ("12:05", "1:02:09"); nil outside call mode.
    public var callElapsed: String? {
        guard let callStarted, session?.assessment.mode == .call else { return nil }
        let seconds = max(0, Int(setup.now().timeIntervalSince(callStarted)))
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }

    /// Starts the interview: on the start screen, or straight at the first unanswered question of `setup.resume`.
    public init(setup: InterviewSetup, size: ScreenSize) {
        self.setup = setup
        self.size = size
        screen = .start(
            StartForm(
                draftCount: setup.drafts.count, questionnaireCount: setup.questionnaires.count, mode: setup.defaultMode,
                prefill: setup.prefill,
                offersContact: setup.offersContact))
        showsLivePane = setup.defaultMode == .call && !setup.hidesLivePane
        if let resume = setup.resume, let questionnaire = setup.questionnaire(for: resume) {
            readOnlyReason = setup.readOnlyReason
            open(resume, questionnaire: questionnaire)
        }
    }

    /// The effects to perform before the first event: taking the lock of a resumed assessment, and saving
    /// it when opening it finished it (see `open`).
    public var initialEffects: [InterviewEffect] {
        guard let session, readOnlyReason == nil, let resumed = setup.resume else { return [] }
        return [.beginEditing(session.assessment)] + (session.assessment.status != resumed.status ? [.save(session.assessment)] : [])
    }

    /// Handles one event and returns what the outside world must do.
    public mutating func handle(_ event: InterviewEvent) -> [InterviewEffect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            return []
        case .saveFailed(let reason):
            return saveFailed(reason)
        case .saved:
            return saved()
        case .exportFinished(let text):
            if case .unsavedQuit(let dialog)? = overlay, let path = dialog.path { return copyWritten(to: path.text, text) }
            if case .export = screen { screen = .results(ListFocus()) }
            message = StatusMessage(text: text, isError: false)
            return []
        case .exportFailed(let text):
            message = StatusMessage(text: text, isError: true)
            return []
        case .exportTargetExists(let path):
            if case .unsavedQuit? = overlay {
                message = StatusMessage(text: "\(path) already exists: type another path.", isError: true)
            } else if case .export(let form) = screen, let session {
                overlay = .confirmReplace(
                    ExportRequest(
                        format: form.formats[form.formatIndex], path: path, assessment: session.assessment, replace: true,
                        audience: form.audience))
            }
            return []
        case .editingRefused(let reason):
            readOnlyReason = reason
            screen = .results(ListFocus())
            message = StatusMessage(text: "Opened read-only: \(reason).", isError: true)
            return []
        case .draftOpened(let draft):
            return draftOpened(draft)
        case .draftRefused(let reason):
            message = StatusMessage(text: "Cannot open this draft: \(reason).", isError: true)
            return []
        case .text(let text):
            return handleText(text)
        case .paste(let text):
            handlePaste(text)
            return []
        case .key(let key):
            return handleKey(key)
        case .intent(let intent):
            return perform(intent)
        }
    }

    /// Typed text arriving in one piece: inserted into the field being edited, or replayed as keys.
    /// Escape sequences go whole (a field would otherwise drop the ESC and keep "[31m").
    private mutating func handleText(_ text: String) -> [InterviewEffect] {
        var effects: [InterviewEffect] = []
        // Invisible format characters are dropped here, not shown as "<U+200B>": that would type the
        // stand-in's letters as keys.
        for character in TerminalText.typed(text) {
            effects += handleKey(character == "\n" ? .enter : .character(character))
        }
        return effects
    }

    /// Puts pasted text into the field being edited (line breaks become spaces); anywhere else it is
    /// refused, so a paste can never answer questions by accident.
    private mutating func handlePaste(_ text: String) {
        let line = TerminalText.typedLine(text)
        if case .editor(var editor)? = overlay {
            let dropped = editor.field.insert(line)
            overlay = .editor(editor)
            if dropped > 0 {
                message = StatusMessage(
                    text: "Only the first part was pasted: a note or a text answer holds at most \(editor.field.limit) characters.",
                    isError: true)
            }
            return
        }
        if case .unsavedQuit(var dialog)? = overlay, var path = dialog.path {
            path.insert(line)
            dialog.path = path
            overlay = .unsavedQuit(dialog)
            return
        }
        guard overlay == nil else { return }
        switch screen {
        case .start(var form):
            switch form.focusedRow {
            case let row where row.isText: form[field: row]?.insert(line)
            default: message = StatusMessage(text: "Nothing was pasted: move to a name field with Tab or ↑/↓ first.", isError: true)
            }
            screen = .start(form)
        case .export(var form):
            form.path.insert(line)
            screen = .export(form)
        case .question(var focus):
            switch session?.questionnaire.question(focus.questionID)?.kind {
            case .number?:
                let number = line.filter { $0.isWholeNumber || $0 == "-" || $0 == "," }
                focus.number.insert(number)
                screen = .question(focus)
                if number.count != line.filter({ !$0.isWhitespace }).count {
                    message = StatusMessage(text: "Only the digits were pasted: a number takes digits, a sign and commas.", isError: true)
                }
            case .text?:
                // A text question's field is its editor: the paste opens it, after any saved answer.
                var saved = ""
                if case .text(let answer)? = session?.assessment.response(to: focus.questionID) { saved = answer }
                overlay = .editor(EditorState(questionID: focus.questionID, purpose: .textAnswer, field: TextField(saved)))
                handlePaste(text)
            default:
                message = StatusMessage(text: "Pasted text goes into notes and text answers: press n for a note.", isError: false)
            }
        default:
            message = StatusMessage(text: "Pasted text goes into text fields only.", isError: false)
        }
    }

    private mutating func handleKey(_ key: Key) -> [InterviewEffect] {
        let context = keyContext
        let action = Keymap.action(for: key, in: context)
        if action == .interrupt { return keepTypingOnExit() + [.quit(.interrupted)] }
        if action == .redraw { return [.redraw] }
        guard size.isUsable else {
            // Nothing else can be drawn below the minimum, not even a confirmation: q leaves at once when
            // every answer is saved, and waits for a larger window when they are not (the screen says so).
            if key == .character("q"), saveFailure == nil { return [.quit(.userQuit)] }
            return []
        }
        message = nil
        if let overlay {
            return handleOverlay(overlay, key: key, action: action)
        }
        switch screen {
        case .start(let form): return handleStart(form, key: key, action: action)
        case .question(let focus): return handleQuestion(focus, key: key, action: action)
        case .review(let focus): return handleReview(focus, action: action)
        case .results(let focus): return handleResults(focus, action: action)
        case .export(let form): return handleExport(form, key: key, action: action)
        case .whatIf(let focus): return handleWhatIf(focus, action: action)
        }
    }

    /// What keys mean right now.
    var keyContext: KeyContext {
        switch overlay {
        case .help?, .reasons?: return .help
        case .editor(let editor)? where editor.confirmingDiscard: return .confirm
        case .editor?: return .editor
        case .confirmQuit?, .confirmChange?, .confirmReplace?: return .confirm
        case .unsavedQuit(let dialog)?: return dialog.path == nil ? .unsavedQuit : .editor
        case nil: break
        }
        switch screen {
        case .start: return .start
        case .review: return .review
        case .results: return .results
        case .export: return .export
        case .whatIf: return .whatIf
        case .question(let focus):
            switch session?.questionnaire.question(focus.questionID)?.kind {
            case .multiple?: return .multipleQuestion
            case .scale?: return .scaleQuestion
            case .number?: return isTypingNumber(focus) ? .numberField : .numberQuestion
            case .text?: return .textQuestion
            default: return .choiceQuestion
            }
        }
    }

    // MARK: - Overlays

    mutating func handleOverlay(_ current: Overlay, key: Key, action: Action?) -> [InterviewEffect] {
        switch current {
        case .help(let scroll):
            let page = max(1, helpPageHeight)
            let limit = max(0, HelpContent.lines(for: self, width: helpWidth).count - page)
            if let moved = ListMotion.moved(scroll, by: action, count: limit + 1, page: page) {
                overlay = .help(scroll: moved)
                return []
            }
            switch action {
            case .close?, .help?: overlay = nil
            case .quit?:
                overlay = nil
                return requestQuit()
            default: break
            }
            return []
        case .reasons(let title, let lines, let scroll):
            let page = max(1, helpPageHeight)
            let limit = max(0, ReasonsContent.lines(lines, width: helpWidth).count - page)
            if let moved = ListMotion.moved(scroll, by: action, count: limit + 1, page: page) {
                overlay = .reasons(title: title, lines: lines, scroll: moved)
                return []
            }
            switch action {
            case .close?, .help?, .reasons?: overlay = nil
            case .quit?:
                overlay = nil
                return requestQuit()
            default: if key == .enter { overlay = nil }
            }
            return []
        case .editor(var editor):
            if editor.confirmingDiscard {
                // Esc again, or y, throws the typing away; n goes back to it.
                if action == .confirmYes || key == .escape { return closeEditor(editor) }
                if action == .confirmNo {
                    editor.confirmingDiscard = false
                    overlay = .editor(editor)
                }
                return []
            }
            if key == .escape {
                guard editor.hasTyping else { return closeEditor(editor) }
                editor.confirmingDiscard = true
                overlay = .editor(editor)
                return []
            }
            if key == .enter { return finishEditing(editor) }
            if editor.field.handle(key) { overlay = .editor(editor) }
            return []
        case .confirmQuit:
            if action == .confirmYes {
                overlay = nil
                return [.quit(.userQuit)]
            }
            if action == .confirmNo || key == .escape { overlay = nil }
            return []
        case .confirmChange(let change):
            if action == .confirmYes {
                overlay = nil
                if change.fromWhatIf { return keepWhatIf(change.response, for: change.questionID) }
                return commit(change.response, to: change.questionID)
            }
            if action == .confirmNo || key == .escape {
                overlay = nil
                message = StatusMessage(text: "Answer not changed.", isError: false)
            }
            return []
        case .confirmReplace(let request):
            if action == .confirmYes {
                overlay = nil
                return [.export(request)]
            }
            if action == .confirmNo || key == .escape { overlay = nil }
            return []
        case .unsavedQuit(let dialog):
            return handleUnsavedQuit(dialog, key: key, action: action)
        }
    }

    /// Closes the editor without saving its text.
    private mutating func closeEditor(_ editor: EditorState) -> [InterviewEffect] {
        overlay = nil
        message = StatusMessage(text: editor.purpose == .note ? "Note not changed." : "Answer not changed.", isError: false)
        return []
    }

    private mutating func finishEditing(_ editor: EditorState) -> [InterviewEffect] {
        switch editor.purpose {
        case .note:
            overlay = nil
            return update(editor.questionID, message: editor.field.isBlank ? "Note removed." : "Note saved.") { record in
                record.note = editor.field.isBlank ? nil : editor.field.text
            }
        case .textAnswer:
            guard !editor.field.isBlank else {
                message = StatusMessage(text: "Type an answer, or press Esc to leave it.", isError: true)
                return []
            }
            overlay = nil
            return answer(.text(editor.field.text), to: editor.questionID)
        }
    }

    /// Asks before quitting when the answers could not be saved, or something typed is not yet saved.
    mutating func requestQuit() -> [InterviewEffect] {
        if saveFailure != nil, let session, writtenCopy?.assessment != session.assessment {
            overlay = .unsavedQuit(UnsavedQuit())
            return []
        }
        if hasUnsavedInput {
            overlay = .confirmQuit
            return []
        }
        return [.quit(.userQuit)]
    }

    /// Whether something typed or toggled has not been saved: a half-typed number, toggles not confirmed,
    /// a new assessment's names not yet started.
    var hasUnsavedInput: Bool {
        switch screen {
        case .start(let form):
            // What was filled in for the user (the command line, the remembered assessor) is not theirs to lose.
            return form.organization.text != (setup.prefill.organization ?? "") || form.assessor.text != (setup.prefill.assessor ?? "")
                || !form.contactName.isBlank || !form.contactRole.isBlank
        case .question(let focus):
            guard let session, let question = session.questionnaire.question(focus.questionID) else { return false }
            let saved = session.assessment.response(to: question.id)
            switch question.kind {
            case .number:
                // Anything typed counts, even text that is not a number yet: it would be lost.
                guard !focus.number.isBlank else { return false }
                return AnswerValidation.parseNumber(focus.number.text).map { saved != .number($0) } ?? true
            case .multiple:
                var savedSelection: Set<String> = []
                if case .choices(let ids)? = saved { savedSelection = Set(ids) }
                return !focus.selection.isEmpty && Set(focus.selection) != savedSelection
            case .scale:
                return focus.scale.map { saved != .scale($0) } ?? false
            default:
                return false
            }
        default:
            return false
        }
    }

    // MARK: - Changes to the open assessment

    /// Opens an assessment at its first unanswered question (or the results when every question is answered).
    mutating func open(_ assessment: Assessment, questionnaire: Questionnaire) {
        let session = OpenAssessment(assessment: assessment, questionnaire: questionnaire)
        self.session = session
        showsLivePane = assessment.mode == .call && !setup.hidesLivePane
        if assessment.mode == .call { callStarted = setup.now() }
        if readOnlyReason != nil {
            screen = .results(ListFocus())
            return
        }
        if let unanswered = session.visibleQuestions.first(where: { session.assessment.response(to: $0.id) == nil }) {
            show(unanswered.id)
            return
        }
        // Every shown question answered: the results. A draft in that state was stopped between its last
        // answer and being marked complete (a kill, a lost terminal): it is finished now, as it would have
        // been, and `initialEffects` or `resume` saves that.
        screen = .results(ListFocus())
        if assessment.status == .draft {
            self.session?.assessment.status = .complete
            self.session?.assessment.updated = setup.now()
        }
    }

    /// Moves to a question, preparing its focus from the saved answer.
    mutating func show(_ questionID: String, returnToReview: Bool = false) {
        var focus = QuestionFocus(questionID: questionID)
        focus.returnToReview = returnToReview
        if let session, let question = session.questionnaire.question(questionID) {
            let saved = session.assessment.response(to: questionID)
            switch (question.kind, saved) {
            case (.single(let options), .choice(let id)?):
                focus.highlight = options.firstIndex { $0.id == id } ?? 0
            case (.multiple, .choices(let ids)?):
                focus.selection = ids
            case (.scale, .scale(let value)?):
                focus.scale = value
            case (.number, _):
                focus.number = numberField(showing: saved)
            default:
                break
            }
        }
        lastQuestionID = questionID
        screen = .question(focus)
    }

    /// Answers a question: asks first when the change would set answered questions aside.
    mutating func answer(_ response: Response, to questionID: String) -> [InterviewEffect] {
        guard let session, let question = session.questionnaire.question(questionID) else { return [] }
        if let reason = readOnlyReason {
            message = StatusMessage(text: "Read-only: \(reason).", isError: true)
            return []
        }
        if let problem = AnswerValidation.problem(with: response, for: question) {
            message = StatusMessage(text: problem.prefix(1).uppercased() + problem.dropFirst() + ".", isError: true)
            return []
        }
        if let asking = confirmIfSettingAside(response, for: questionID) { return asking }
        return commit(response, to: questionID)
    }

    /// Records an answer, saves, and moves on.
    mutating func commit(_ response: Response, to questionID: String) -> [InterviewEffect] {
        var effects = update(questionID, message: nil) { $0.response = response }
        effects += advance(from: questionID)
        return effects
    }

    /// Changes one question's record, stamps the time, rescoring and saving at once.
    mutating func update(_ questionID: String, message text: String?, _ change: (inout AnswerRecord) -> Void) -> [InterviewEffect] {
        guard var session else { return [] }
        if let reason = readOnlyReason {
            message = StatusMessage(text: "Read-only: \(reason).", isError: true)
            return []
        }
        var record = session.assessment.answers[questionID] ?? AnswerRecord()
        change(&record)
        session.assessment.answers[questionID] = record.isEmpty ? nil : record
        session.assessment.updated = setup.now()
        session.result = session.scorer.score(session.assessment)
        // A change that shows a new, unanswered question makes a finished assessment a draft again.
        if session.assessment.status == .complete, session.result.answeredCount < session.result.visibleQuestionIDs.count {
            session.assessment.status = .draft
        }
        self.session = session
        if let text { message = StatusMessage(text: text, isError: false) }
        return [.save(session.assessment)]
    }

    /// The width of the boxes drawn over the screen (help, reasons, editor, confirmations).
    var overlayBoxWidth: Int { max(5, min(size.width - 4, 90)) }
    /// The help box's inner width at the current size, as the layout draws it.
    var helpWidth: Int { max(1, overlayBoxWidth - 4) }
    /// The help box's inner height: the rows above the status line, less the title bar and the frame.
    var helpPageHeight: Int { max(1, size.height - 3 - 1 - 2) }

    /// After an answer: back to the review when the question came from it, on along the ask-next list
    /// when `a` brought the user here, else the next shown question, else the results.
    mutating func advance(from questionID: String) -> [InterviewEffect] {
        if case .question(let focus) = screen, focus.returnToReview {
            openReview(selecting: questionID)
            return []
        }
        if case .question(let focus) = screen, let origin = focus.askNextOrigin {
            return continueAskNext(from: questionID, origin: origin)
        }
        return moveToNextQuestion(after: questionID)
    }

    /// The next shown question after this one, or the results (marking the assessment complete).
    mutating func moveToNextQuestion(after questionID: String) -> [InterviewEffect] {
        guard let session else { return [] }
        let order = session.questionnaire.position(ofQuestion: questionID) ?? -1
        if let next = session.visibleQuestions.first(where: { (session.questionnaire.position(ofQuestion: $0.id) ?? 0) > order }) {
            show(next.id)
            return []
        }
        return finish()
    }

    /// Shows the results; the assessment is complete from here on.
    mutating func finish() -> [InterviewEffect] {
        guard var session else { return [] }
        screen = .results(ListFocus())
        let unanswered = session.visibleQuestions.count - session.result.answeredCount
        if unanswered > 0 {
            message = StatusMessage(
                text: "\(unanswered) unanswered \(unanswered == 1 ? "question counts" : "questions count") as unknown; press r to review.",
                isError: false)
        }
        guard readOnlyReason == nil, unanswered == 0, session.assessment.status != .complete else { return [] }
        session.assessment.status = .complete
        session.assessment.updated = setup.now()
        self.session = session
        return [.save(session.assessment)]
    }

    mutating func openReview(selecting questionID: String?) {
        var focus = ListFocus()
        if let questionID, let index = reviewQuestionIDs.firstIndex(of: questionID) { focus.selected = index }
        screen = .review(focus)
    }

    /// The question ids the review lists, in order, followed by the results row.
    var reviewQuestionIDs: [String] { session?.result.visibleQuestionIDs ?? [] }

}
