import ReadinessCore

/// The start screen: resume a draft, or name a new assessment and choose the mode.
struct StartScreenLayout {
    let glyphs: Glyphs

    func draw(_ canvas: inout Canvas, form: StartForm, setup: InterviewSetup) {
        let width = canvas.size.width
        var y = canvas.contentTop + 1
        canvas.write("Is co-managed IT a fit, and how should the work be split?", x: 2, y: y, role: .heading, width: width - 4)
        y += 2
        let hasDrafts = form.rows.contains {
            if case .draft = $0 { return true }
            return false
        }
        if hasDrafts {
            canvas.write("Resume a draft", x: 2, y: y, role: .heading)
            y += 1
        }
        let labelWidth = 15
        // The form needs about ten rows under the drafts; the drafts get the rest, scrolling with the focus.
        let draftCount = setup.drafts.count
        let draftRoom = max(1, canvas.contentBottom - y - 10)
        let firstDraft = draftCount <= draftRoom ? 0 : max(0, min(form.focus - draftRoom / 2, draftCount - draftRoom))
        let shownDrafts = firstDraft..<min(draftCount, firstDraft + draftRoom)
        for (index, row) in form.rows.enumerated() {
            guard y <= canvas.contentBottom else { break }
            let focused = index == form.focus
            switch row {
            case .draft(let draftIndex) where !shownDrafts.contains(draftIndex):
                if draftIndex == shownDrafts.upperBound {
                    canvas.write("\(glyphs.ascii ? "v" : "↓") \(draftCount - draftIndex) more", x: 4, y: y, role: .dim)
                    y += 1
                }
                if draftIndex == draftCount - 1 {
                    y += 1
                    canvas.write("Or start a new assessment", x: 2, y: y, role: .heading)
                    y += 1
                }
            case .draft(let draftIndex):
                let draft = setup.drafts[draftIndex]
                let date = Timestamp.format(draft.updated).prefix(16).replacing("T", with: " ") + " UTC"
                // Answers set aside by a later change do not count.
                let answered =
                    setup.questionnaire(for: draft).map { questionnaire in
                        Visibility(questionnaire: questionnaire, responses: draft.answers.compactMapValues(\.response))
                            .questions(of: questionnaire).filter { draft.response(to: $0.id) != nil }.count
                    } ?? draft.answers.values.filter { $0.response != nil }.count
                let name = draft.organization.isEmpty ? "Unnamed organization" : draft.organization
                // Two drafts of one organization (the call and its full assessment) differ by questionnaire;
                // it comes before the counts so a narrow window cuts the date, not what tells them apart.
                let questionnaire = setup.questionnaire(for: draft)?.title ?? draft.questionnaireID
                if focused { canvas.fill(x: 2, y: y, width: width - 4, role: .selected) }
                canvas.write(
                    "\(focused ? glyphs.selectedMarker : " ") \(name)\(glyphs.separator)\(questionnaire)\(glyphs.separator)\(answered) answered\(glyphs.separator)updated \(date)",
                    x: 2, y: y, role: focused ? .selected : .normal, width: width - 4)
                if focused { canvas.placeCursor(x: 2, y: y) }
                y += 1
                if draftIndex == setup.drafts.count - 1 {
                    y += 1
                    canvas.write("Or start a new assessment", x: 2, y: y, role: .heading)
                    y += 1
                }
            case .organization, .assessor, .contactName, .contactRole:
                let field = form[field: row] ?? TextField("")
                let label =
                    switch row {
                    case .organization: "Organization"
                    case .assessor: "Assessor"
                    case .contactName: "Contact"
                    default: "Their role"
                    }
                canvas.write(label, x: 4, y: y, role: focused ? .heading : .normal)
                let fieldX = 4 + labelWidth
                let fieldWidth = max(10, min(48, width - fieldX - 4))
                canvas.field(field, x: fieldX, y: y, width: fieldWidth, focused: focused)
                y += 1
            case .mode:
                canvas.write("Mode", x: 4, y: y, role: focused ? .heading : .normal)
                let call = (form.mode == .call ? glyphs.radioOn : glyphs.radioOff) + " discovery call"
                let selfMode = (form.mode == .self ? glyphs.radioOn : glyphs.radioOff) + " self-assessment"
                canvas.write(
                    call + "   " + selfMode, x: 4 + labelWidth, y: y, role: focused ? .selected : .normal, width: width - labelWidth - 6)
                if focused { canvas.placeCursor(x: 4 + labelWidth + (form.mode == .call ? 1 : DisplayWidth.of(call) + 4), y: y) }
                y += 1
            case .questionnaire:
                canvas.write("Questionnaire", x: 4, y: y, role: focused ? .heading : .normal)
                let choice = setup.offered.choices[form.questionnaireIndex]
                canvas.write(
                    "< \(choice.title) >", x: 4 + labelWidth, y: y, role: focused ? .selected : .normal,
                    width: width - labelWidth - 6)
                if focused { canvas.placeCursor(x: 4 + labelWidth, y: y) }
                y += 1
            case .start:
                y += 1
                canvas.write("[ Start the interview ]", x: 4 + labelWidth, y: y, role: focused ? .selected : .key)
                if focused { canvas.placeCursor(x: 4 + labelWidth + 2, y: y) }
                y += 1
            }
        }
        if y + 1 <= canvas.contentBottom {
            let hint =
                "↑/↓ or Tab to move, Enter to go on, Space to switch the mode; F1 (or ? off the name fields) for help; Ctrl-C to leave."
            canvas.paragraph(
                glyphs.ascii ? hint.replacing("↑/↓", with: "Up/Down") : hint, x: 4, y: y + 1, width: width - 8, maxY: canvas.contentBottom,
                role: .dim)
        }
    }
}
