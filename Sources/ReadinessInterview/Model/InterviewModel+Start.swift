import ReadinessCore

extension InterviewModel {
    mutating func handleStart(_ form: StartForm, key: Key, action: Action?) -> [InterviewEffect] {
        var form = form
        defer { if case .start = screen { screen = .start(form) } }
        let row = form.focusedRow
        let isTextRow = row.isText
        if key == .f1 || key == .control("g") || (!isTextRow && key == .character("?")) {
            overlay = .help(scroll: 0)
            return []
        }
        if isTextRow, key != .enter, key != .tab, key != .backTab, key != .up, key != .down {
            form[field: row]?.handle(key)
            return []
        }
        if case .character(let character) = key, !startRowTakes(character, row: row) {
            // Typing on a row without a field (a draft, the mode, Start) is a name being typed in the wrong
            // place: it goes to the empty organization field rather than leaving a later Enter to resume a
            // draft nobody chose.
            if form.organization.isBlank, let field = form.rows.firstIndex(of: .organization) {
                form.focus = field
                form.organization.handle(key)
            } else {
                message = StatusMessage(text: "'\(character)' was not typed: move to a name field with Tab or ↑/↓ first.", isError: true)
            }
            return []
        }
        switch key {
        case .up, .backTab:
            form.focus = max(0, form.focus - 1)
            return []
        case .down, .tab:
            form.focus = min(form.rows.count - 1, form.focus + 1)
            return []
        case .home:
            form.focus = 0
            return []
        case .end:
            form.focus = form.rows.count - 1
            return []
        default:
            break
        }
        switch row {
        case .draft(let index):
            if key == .enter, setup.drafts.indices.contains(index) { return resume(setup.drafts[index]) }
        case .organization, .assessor, .contactName, .contactRole:
            if key == .enter { form.focus = form.rowAfterEnter(from: row) }
        case .mode:
            if key == .enter { form.focus = form.rowAfterEnter(from: row) }
            if key == .space || key == .left || key == .right {
                form.mode = form.mode == .call ? .self : .call
            }
        case .questionnaire:
            if key == .enter { form.focus = form.rowAfterEnter(from: row) }
            if key == .space || key == .right {
                form.questionnaireIndex = (form.questionnaireIndex + 1) % setup.offered.count
            } else if key == .left {
                form.questionnaireIndex = (form.questionnaireIndex + setup.offered.count - 1) % setup.offered.count
            }
        case .start:
            if key == .enter { return begin(&form) }
        }
        if key == .character("q") { return requestQuit() }
        return []
    }

    /// The printable keys a row without a field acts on: Space switches the mode or questionnaire, q quits.
    private func startRowTakes(_ character: Character, row: StartForm.Row) -> Bool {
        character == "q" || (character == " " && (row == .mode || row == .questionnaire))
    }

    mutating func begin(_ form: inout StartForm) -> [InterviewEffect] {
        guard !form.organization.isBlank else {
            message = StatusMessage(text: "Type the organization's name first.", isError: true)
            form.focus = form.rows.firstIndex(of: .organization) ?? 0
            return []
        }
        guard let questionnaire = setup.offered.questionnaire(at: form.questionnaireIndex) else {
            // Offered by its title; its file turned out not to load when it was read whole.
            let choice = setup.offered.choices[form.questionnaireIndex]
            message = StatusMessage(
                text: "The questionnaire '\(choice.id)' cannot be used: its file has problems; 'readiness validate' lists them.",
                isError: true)
            return []
        }
        var assessment = Assessment(
            id: setup.newID, questionnaire: questionnaire,
            organization: form.organization.text.trimmingSpaces(),
            assessor: form.assessor.text.trimmingSpaces(), mode: form.mode, now: setup.now())
        assessment.contact = Assessment.Contact(name: form.contactName.text, role: form.contactRole.text)
        open(assessment, questionnaire: questionnaire)
        return [.beginEditing(assessment), .save(assessment)]
    }

    /// A draft picked from the list: opened only once it is locked and read again (`draftOpened`), so an
    /// interview that saved it since the list was read loses nothing.
    private mutating func resume(_ draft: Assessment) -> [InterviewEffect] {
        guard setup.questionnaire(for: draft) != nil else {
            message = StatusMessage(text: unavailableText(draft), isError: true)
            return []
        }
        return [.openDraft(id: draft.id)]
    }

    /// Opens a draft as it is saved now; says so when it changed since the start screen listed it.
    mutating func draftOpened(_ draft: Assessment) -> [InterviewEffect] {
        guard case .start = screen, session == nil else { return [] }
        guard let questionnaire = setup.questionnaire(for: draft) else {
            message = StatusMessage(text: unavailableText(draft), isError: true)
            return []
        }
        let listed = setup.drafts.first { $0.id == draft.id }
        open(draft, questionnaire: questionnaire)
        guard let opened = session?.assessment else { return [] }
        if let listed, listed != draft {
            message = StatusMessage(
                text: "This draft was saved elsewhere since the list was read; it opened as it is saved now.", isError: false)
        }
        return opened.status != draft.status ? [.save(opened)] : []
    }

    /// Opens an assessment at its first unanswered question (or the results when every question is answered).
    mutating func open(_ assessment: Assessment, questionnaire: Questionnaire) {
        var session = OpenAssessment(assessment: assessment, questionnaire: questionnaire)
        showsLivePane = assessment.mode == .call && !setup.hidesLivePane
        if assessment.mode == .call { callStarted = setup.now() }
        if readOnlyReason != nil {
            self.session = session
            screen = .results(ListFocus())
            return
        }
        if let unanswered = session.visibleQuestions.first(where: { session.assessment.response(to: $0.id) == nil }) {
            self.session = session
            show(unanswered.id)
            return
        }
        // Every shown question answered: the results. A draft in that state was stopped between its last
        // answer and being marked complete (a kill, a lost terminal): it is finished now, as it would have
        // been, and `initialEffects` or `resume` saves that.
        if assessment.status == .draft { session.markComplete(at: setup.now()) }
        self.session = session
        screen = .results(ListFocus())
    }

    private func unavailableText(_ draft: Assessment) -> String {
        let versions = setup.installed.filter { $0.id == draft.questionnaireID }.map { "version \($0.version)" }
        guard !versions.isEmpty else { return "The questionnaire '\(draft.questionnaireID)' of this draft is not available." }
        return
            "This draft was answered under version \(draft.questionnaireVersion) of '\(draft.questionnaireID)', which is not installed (installed: \(versions.joined(separator: ", ")))."
    }
}
