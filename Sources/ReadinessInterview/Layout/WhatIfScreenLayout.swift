import ReadinessCore

/// What-if: a list on the left (questions, or the answers to try), and on the right (or below) what
/// would change: rating, need, confidence, blockers and the split rows that move.
struct WhatIfScreenLayout {
    let glyphs: Glyphs

    func draw(_ canvas: inout Canvas, model: InterviewModel, focus: WhatIfFocus) {
        guard let session = model.session else { return }
        let width = canvas.size.width
        let questions = session.visibleQuestions
        let top = canvas.contentTop + 1
        let bottom = canvas.contentBottom
        let sideBySide = width >= 100
        let listWidth = sideBySide ? width / 2 - 3 : width - 4
        let listBottom = sideBySide ? bottom : top + (bottom - top) / 2
        guard questions.indices.contains(focus.question) else { return }
        let question = questions[focus.question]

        var rows: [(text: String, selected: Bool)] = []
        let title: String
        if let alternatives = focus.alternatives {
            title = "What if \(question.title) were..."
            let current = session.assessment.response(to: question.id)
            rows = alternatives.enumerated().map { index, response in
                let mark = response == current ? glyphs.radioOn : glyphs.radioOff
                return (mark + " " + AnswerText.describe(response, for: question), index == focus.alternative)
            }
        } else {
            title = "What if... pick an answer to change"
            rows = questions.enumerated().map { index, entry in
                ("\(entry.title): \(AnswerText.describe(session.assessment.response(to: entry.id), for: entry))", index == focus.question)
            }
        }
        canvas.write(title, x: 2, y: top, role: .heading, width: width - 4)
        let listTop = top + 2
        let height = max(1, listBottom - listTop + 1)
        let selected = rows.firstIndex { $0.selected } ?? 0
        let scroll = max(0, min(selected - height / 2, rows.count - height))
        // "↑ N more" and "↓ N more" take the first and last rows of the window when the list goes on that
        // way; the selection is kept in the middle, so they never cover it (a window of three rows or more).
        let above = height >= 3 ? scroll : 0
        let below = height >= 3 ? max(0, rows.count - scroll - height) : 0
        for (offset, row) in rows.dropFirst(scroll).prefix(height).enumerated() {
            let y = listTop + offset
            if offset == 0, above > 0 {
                canvas.write("\(glyphs.ascii ? "^" : "↑") \(above + 1) more", x: 4, y: y, role: .dim)
                continue
            }
            if offset == height - 1, below > 0 {
                canvas.write("\(glyphs.ascii ? "v" : "↓") \(below + 1) more", x: 4, y: y, role: .dim)
                continue
            }
            if row.selected {
                canvas.fill(x: 2, y: y, width: listWidth, role: .selected)
                canvas.placeCursor(x: 2, y: y)
            }
            canvas.write(
                (row.selected ? glyphs.selectedMarker : " ") + " " + row.text, x: 2, y: y, role: row.selected ? .selected : .normal,
                width: listWidth)
        }

        let previewX = sideBySide ? width / 2 + 1 : 2
        let previewTop = sideBySide ? listTop : listBottom + 2
        let previewWidth = sideBySide ? width - previewX - 2 : width - 4
        guard let alternatives = focus.alternatives, alternatives.indices.contains(focus.alternative) else {
            canvas.paragraph(
                "Enter opens a question; then try its answers with the arrows and see what would change. Nothing is saved unless you keep an answer.",
                x: previewX, y: previewTop, width: previewWidth, maxY: bottom, role: .dim)
            return
        }
        guard let comparison = model.whatIfComparison(for: question.id, response: alternatives[focus.alternative]) else { return }
        drawPreview(&canvas, comparison: comparison, x: previewX, y: previewTop, width: previewWidth, bottom: bottom)
    }

    private func drawPreview(_ canvas: inout Canvas, comparison: AssessmentComparison, x: Int, y: Int, width: Int, bottom: Int) {
        var row = y
        func line(_ text: String, role: StyleRole = .normal) {
            guard row <= bottom else { return }
            row = canvas.paragraph(text, x: x, y: row, width: width, maxY: bottom, role: role)
        }
        let before = comparison.before.fit
        let after = comparison.after.fit
        line(
            "Now:     \(glyphs.glyph(for: before.rating)) \(before.rating.title), need \(before.need) (\(NeedWords.range(before))), \(NeedWords.confidence(before.confidence))"
        )
        let change =
            comparison.needDifference == 0
            ? "no change" : (comparison.needDifference > 0 ? "+\(comparison.needDifference)" : "\(comparison.needDifference)")
        line(
            "Then:    \(glyphs.glyph(for: after.rating)) \(after.rating.title), need \(after.need) (\(NeedWords.range(after))), \(NeedWords.confidence(after.confidence))",
            role: comparison.ratingChanged ? .notice : .normal)
        line("Need:    \(change)\(comparison.ratingChanged ? "; the rating changes" : "; the rating stays")", role: .dim)
        row += 1
        for title in comparison.blockersAdded { line("\(glyphs.blocker) New blocker: \(title)", role: .error) }
        for title in comparison.blockersCleared { line("Cleared blocker: \(title)", role: .notice) }
        if comparison.split.isEmpty {
            line("The split stays the same.", role: .dim)
        } else {
            line("The split would change:", role: .heading)
            for change in comparison.split {
                line("\(change.title): \(change.before) \(glyphs.ascii ? "->" : "→") \(change.after)")
            }
        }
        row += 1
        line("Enter asks before keeping this answer in place of the saved one; Esc goes back without saving.", role: .dim)
    }
}
