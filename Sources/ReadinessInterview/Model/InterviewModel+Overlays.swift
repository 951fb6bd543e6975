import ReadinessCore

extension InterviewModel {
    /// A key while a box is shown over the screen (help, reasons, the editor, a confirmation): the box
    /// takes it, whatever the screen below would do with it.
    mutating func handleOverlay(_ current: Overlay, key: Key, action: Action?) -> [InterviewEffect] {
        switch current {
        case .help(let scroll):
            let count = HelpContent.lines(for: self, width: helpWidth).count
            return handleTextBox(scroll: scroll, lineCount: count, action: action, closes: false) { .help(scroll: $0) }
        case .reasons(let title, let lines, let scroll):
            let count = ReasonsContent.lines(lines, width: helpWidth).count
            return handleTextBox(scroll: scroll, lineCount: count, action: action, closes: key == .enter) {
                .reasons(title: title, lines: lines, scroll: $0)
            }
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
            if key == InterviewModel.shareNoteKey, editor.purpose == .note {
                editor.sharesNote.toggle()
                overlay = .editor(editor)
                return []
            }
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
        case .confirmContinue(let continuation):
            if action == .confirmYes {
                overlay = nil
                return startContinuation(continuation)
            }
            if action == .confirmNo || key == .escape { overlay = nil }
            return []
        }
    }

    /// The help and the reasons: text that scrolls a page at a time, closes with Esc or ? (or the key
    /// given by `closes`), and leaves for the quit question with q.
    private mutating func handleTextBox(
        scroll: Int, lineCount: Int, action: Action?, closes: Bool, scrolledTo: (Int) -> Overlay
    ) -> [InterviewEffect] {
        let page = max(1, helpPageHeight)
        let limit = max(0, lineCount - page)
        if let moved = ListMotion.moved(scroll, by: action, count: limit + 1, page: page) {
            overlay = scrolledTo(moved)
            return []
        }
        switch action {
        case .close?, .help?:
            overlay = nil
        case .quit?:
            overlay = nil
            return requestQuit()
        default:
            if closes { overlay = nil }
        }
        return []
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
            let blank = editor.field.isBlank
            let saved = editor.sharesNote ? "Note saved. Shared with the customer." : "Note saved. Private (internal copy only)."
            return update(editor.questionID, message: blank ? "Note removed." : saved) { record in
                record.note = blank ? nil : editor.field.text
                // A removed note has nothing to share; the next note starts private again.
                record.shareNote = !blank && editor.sharesNote
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

    /// The key that marks the note being edited shared with the customer, or private again. A control
    /// key, so typing or pasting text (even with a tab in it) never changes who sees the note.
    static let shareNoteKey = Key.control("t")

    /// The width of the boxes drawn over the screen (help, reasons, editor, confirmations).
    var overlayBoxWidth: Int { max(5, min(size.width - 4, 90)) }
    /// The help box's inner width at the current size, as the layout draws it.
    var helpWidth: Int { max(1, overlayBoxWidth - 4) }
    /// The help box's inner height: the rows above the status line, less the title bar and the frame.
    var helpPageHeight: Int { max(1, size.height - 3 - 1 - 2) }
}
