import ReadinessCore

/// Boxes drawn over the screen: help, the note editor, confirmations and reasons.
struct OverlayLayout {
    let glyphs: Glyphs
    /// The boxes' width, from the model, which also pages the help and reasons by it.
    let boxWidth: Int

    func draw(_ canvas: inout Canvas, overlay: Overlay, model: InterviewModel) {
        switch overlay {
        case .help(let scroll):
            let lines = HelpContent.lines(for: model, width: boxWidth - 4, ascii: glyphs.ascii)
            drawScrollingBox(&canvas, title: "Help", lines: lines, scroll: scroll)
        case .reasons(let title, let reasonLines, let scroll):
            let lines = ReasonsContent.lines(reasonLines, width: boxWidth - 4)
            drawScrollingBox(&canvas, title: "Why: " + title, lines: lines.map { ($0, StyleRole.normal) }, scroll: scroll)
        case .editor(let editor) where editor.confirmingDiscard:
            let what = editor.purpose == .note ? "note" : "answer"
            drawConfirm(
                &canvas, title: "Discard what you typed?",
                text:
                    "The \(what) you typed is not saved and will be lost; the saved \(what) stays as it was. Discard it? (Esc again discards too.)"
            )
        case .editor(let editor):
            drawEditor(&canvas, editor: editor, model: model)
        case .unsavedQuit(let dialog):
            if let path = dialog.path {
                drawField(&canvas, title: "Write the answers to", field: path, hint: ["Enter writes an assessment file", "Esc goes back"])
            } else {
                drawConfirm(
                    &canvas, title: "Your answers are not saved",
                    text:
                        "Saving failed: \(model.saveFailure ?? "no reason given"). Your answers are only in this window: leaving now loses them. Saving is tried again with every change, and with r.",
                    choices: [("y", "leave without them"), ("r", "try again"), ("w", "write them to a file"), ("n", "stay")])
            }
        case .confirmQuit:
            drawConfirm(
                &canvas, title: "Quit?",
                text: "Something you typed is not saved yet and will be lost. Everything answered so far is saved. Quit anyway?")
        case .confirmChange(let change):
            let names = change.setAside.joined(separator: ", ")
            let one = change.setAside.count == 1
            let hides =
                change.setAside.isEmpty
                ? ""
                : "This change hides \(change.setAside.count) answered \(one ? "question" : "questions"): \(names). \(one ? "Its answer is" : "Their answers are") set aside: kept, but no longer counted. "
            if change.fromWhatIf, let session = model.session, let question = session.questionnaire.question(change.questionID) {
                // What-if's keep replaces a saved answer: say which, and what it was and becomes.
                let old = session.assessment.response(to: question.id).map { AnswerText.describe($0, for: question) } ?? "no answer"
                let new = AnswerText.describe(change.response, for: question)
                drawConfirm(
                    &canvas, title: "Keep this answer?",
                    text: "It replaces the saved answer to \(question.title). Saved now: \(old). Kept instead: \(new). \(hides)Keep it?")
            } else {
                drawConfirm(&canvas, title: "Change this answer?", text: "\(hides)Change it?")
            }
        case .confirmReplace(let request):
            drawConfirm(&canvas, title: "Replace the file?", text: "\(request.path) already exists. Replace it?")
        case .confirmContinue(let continuation):
            let target = model.setup.offered.usable.first { $0.id == continuation.assessment.questionnaireID }
            let source = model.session?.questionnaire
            drawConfirm(
                &canvas, title: "Continue in \(target?.title ?? continuation.assessment.questionnaireID)?",
                text:
                    "A new assessment, \(continuation.assessment.id), for the same organization: "
                    + (source.map { continuation.summary(from: $0) } ?? "")
                    + ". Only what is not yet known is asked. Continue?")
        }
    }

    /// A framed box, centred horizontally, with a title; returns its inner rectangle.
    @discardableResult
    private func drawBox(_ canvas: inout Canvas, title: String, height: Int) -> (x: Int, y: Int, width: Int, height: Int) {
        let width = boxWidth
        let x = (canvas.size.width - width) / 2
        let available = canvas.contentBottom - canvas.contentTop
        let height = max(3, min(height, available))
        let y = canvas.contentTop + max(0, (available - height) / 2)
        // The box's rows, and one above and below, are blanked across the whole width: where the box is
        // narrower than the window (it stops at 90 columns), the screen beneath would otherwise show beside
        // it as cut-off words, stray characters at either edge. (A wide character cut by the blanking loses
        // its other half too: see `Canvas.set`.)
        for row in max(canvas.contentTop, y - 1)...min(canvas.contentBottom, y + height) {
            canvas.fill(x: 0, y: row, width: canvas.size.width, role: .normal)
        }
        for row in y..<(y + height) {
            canvas.fill(x: x, y: row, width: width, role: .normal)
            canvas.write(glyphs.vertical, x: x, y: row, role: .border)
            canvas.write(glyphs.vertical, x: x + width - 1, y: row, role: .border)
        }
        let rule = String(repeating: glyphs.horizontal, count: max(0, width - 2))
        canvas.write((glyphs.ascii ? "+" : "┌") + rule + (glyphs.ascii ? "+" : "┐"), x: x, y: y, role: .border)
        canvas.write((glyphs.ascii ? "+" : "└") + rule + (glyphs.ascii ? "+" : "┘"), x: x, y: y + height - 1, role: .border)
        canvas.write(" \(title) ", x: x + 2, y: y, role: .heading, width: width - 4)
        return (x + 2, y + 1, width - 4, height - 2)
    }

    private func drawScrollingBox(_ canvas: inout Canvas, title: String, lines: [(String, StyleRole)], scroll: Int) {
        let box = drawBox(&canvas, title: title, height: lines.count + 2)
        let start = max(0, min(scroll, lines.count - box.height))
        for (offset, line) in lines.dropFirst(start).prefix(box.height).enumerated() {
            canvas.write(line.0, x: box.x, y: box.y + offset, role: line.1, width: box.width)
        }
        if start + box.height < lines.count {
            canvas.write(glyphs.ascii ? "v more" : "↓ more", x: box.x + box.width - 6, y: box.y + box.height, role: .dim)
        }
        canvas.placeCursor(x: box.x, y: box.y)
    }

    private func drawEditor(_ canvas: inout Canvas, editor: EditorState, model: InterviewModel) {
        let title = model.session?.questionnaire.question(editor.questionID)?.title ?? ""
        let heading = editor.purpose == .note ? "Note: \(title)" : "Answer: \(title)"
        let count = "\(editor.field.characters.count) characters"
        guard editor.purpose == .note else {
            drawField(&canvas, title: heading, field: editor.field, hint: ["Enter saves", "Esc cancels", "Ctrl-U clears", count])
            return
        }
        // Who will read the note, in words next to the box, so a private remark is never sent by surprise.
        let sharing =
            editor.sharesNote
            ? "\(glyphs.checked) share with the customer (the client copy prints it)"
            : "\(glyphs.unchecked) share with the customer (private: internal copy only)"
        drawField(
            &canvas, title: heading, field: editor.field, status: sharing,
            hint: ["Enter saves", "Esc cancels", "Ctrl-T shares", "Ctrl-U clears", "\(editor.field.characters.count) chars"])
    }

    /// A box with a text field, wrapped and scrolled to the cursor, an optional status line under it
    /// (the note's sharing), and a hint line of its keys.
    private func drawField(_ canvas: inout Canvas, title heading: String, field: TextField, status: String? = nil, hint hints: [String]) {
        let inner = boxWidth - 4
        let wrapped = field.wrapped(width: inner)
        let statusRows = status == nil ? 0 : 1
        let box = drawBox(&canvas, title: heading, height: min(wrapped.lines.count, 8) + 4 + statusRows)
        let textHeight = max(1, box.height - 2 - statusRows)
        if let status {
            canvas.write(
                TextWrap.truncate(status, width: box.width, ellipsis: glyphs.ellipsis), x: box.x, y: box.y + box.height - 2, role: .normal,
                width: box.width)
        }
        let first = max(0, wrapped.cursorLine - textHeight + 1)
        for (offset, line) in wrapped.lines.dropFirst(first).prefix(textHeight).enumerated() {
            canvas.write(line, x: box.x, y: box.y + offset, role: .fieldFocused, width: box.width)
        }
        let hint = hints.joined(separator: glyphs.separator)
        canvas.write(
            TextWrap.truncate(hint, width: box.width, ellipsis: glyphs.ellipsis), x: box.x, y: box.y + box.height - 1, role: .dim,
            width: box.width)
        canvas.placeCursor(x: box.x + wrapped.cursorColumn, y: box.y + wrapped.cursorLine - first)
    }

    private func drawConfirm(
        _ canvas: inout Canvas, title: String, text: String, choices: [(key: String, summary: String)] = [("y", "yes"), ("n", "no")]
    ) {
        let inner = boxWidth - 4
        let lines = TextWrap.lines(text, width: inner)
        let box = drawBox(&canvas, title: title, height: lines.count + 4)
        for (offset, line) in lines.prefix(box.height - 2).enumerated() {
            canvas.write(line, x: box.x, y: box.y + offset, role: .normal, width: box.width)
        }
        var x = box.x
        for choice in choices {
            x = canvas.write(choice.key, x: x, y: box.y + box.height - 1, role: .key)
            x = canvas.write(" \(choice.summary)   ", x: x, y: box.y + box.height - 1, role: .normal)
        }
        canvas.placeCursor(x: box.x, y: box.y + box.height - 1)
    }
}
