import ReadinessCore

extension InterviewModel {
    /// Typed text arriving in one piece: inserted into the field being edited, or replayed as keys.
    /// Escape sequences go whole (a field would otherwise drop the ESC and keep "[31m").
    mutating func handleText(_ text: String) -> [InterviewEffect] {
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
    mutating func handlePaste(_ text: String) {
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
}
