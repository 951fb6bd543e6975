import ReadinessCore

/// The question screen: where you are, the question in the mode's voice, its answers, and the live pane.
struct QuestionScreenLayout {
    let glyphs: Glyphs

    /// The live pane goes beside the question from this width; below it, a one-line strip.
    static let sidePaneMinimumWidth = 100
    static let sidePaneWidth = 36

    func draw(_ canvas: inout Canvas, model: InterviewModel, focus: QuestionFocus) {
        guard let session = model.session, let question = session.questionnaire.question(focus.questionID) else { return }
        let width = canvas.size.width
        var top = canvas.contentTop
        drawProgress(&canvas, session: session, question: question, y: top)
        top += 2
        var mainWidth = width - 4
        if model.showsLivePane {
            if width >= Self.sidePaneMinimumWidth {
                mainWidth = width - Self.sidePaneWidth - 5
                LivePaneLayout(glyphs: glyphs).drawSide(
                    &canvas, session: session, x: width - Self.sidePaneWidth - 1, y: top, width: Self.sidePaneWidth,
                    bottom: canvas.contentBottom)
            } else {
                LivePaneLayout(glyphs: glyphs).drawStrip(&canvas, session: session, y: top, width: width)
                top += 2
            }
        }
        drawQuestion(&canvas, model: model, session: session, question: question, focus: focus, x: 2, y: top + 1, width: mainWidth)
    }

    /// "Section 2/6 · Capacity" and "7 of ~24 answered", with a bar.
    private func drawProgress(_ canvas: inout Canvas, session: InterviewModel.OpenAssessment, question: Question, y: Int) {
        let width = canvas.size.width
        let visible = session.visibleQuestions
        let position = session.position(of: question)
        let hasConditions =
            session.questionnaire.questions.contains { $0.showIf != nil } || session.questionnaire.sections.contains { $0.showIf != nil }
        let answered = session.result.answeredCount
        let progress = "\(answered) of \(hasConditions ? "~" : "")\(visible.count) answered"
        let left = " Section \(position.section)/\(position.sections)\(glyphs.separator)\(position.sectionTitle)"
        canvas.write(left, x: 0, y: y, role: .heading, width: width - DisplayWidth.of(progress) - 3)
        canvas.write(progress, x: width - DisplayWidth.of(progress) - 1, y: y, role: .dim)
        let barWidth = width - 2
        // The bar spans the screen: drawn as runs of its one-column glyphs, not as text to measure.
        let (filled, empty) = glyphs.barCells(visible.isEmpty ? 0 : Double(answered) / Double(visible.count), width: barWidth)
        canvas.fill(x: 1, y: y + 1, width: filled, role: .signalLow, character: glyphs.barFull)
        canvas.fill(x: 1 + filled, y: y + 1, width: empty, role: .dim, character: glyphs.barEmpty)
    }

    private func drawQuestion(
        _ canvas: inout Canvas, model: InterviewModel, session: InterviewModel.OpenAssessment, question: Question,
        focus: QuestionFocus, x: Int, y: Int, width: Int
    ) {
        let bottom = canvas.contentBottom
        let record = session.assessment.answers[question.id]
        let number = session.position(of: question).number
        var titleLine = "\(number). \(question.title)"
        if record?.note?.isEmpty == false { titleLine += "  \(glyphs.note) " + (record?.shareNote == true ? "shared note" : "note") }
        if record?.flagged == true { titleLine += "  \(glyphs.flag) flagged" }
        canvas.write(titleLine, x: x, y: y, role: .heading, width: width)
        let mode = session.assessment.mode
        let text = mode == .call ? question.call.ask : question.selfVoice.ask
        var row = canvas.paragraph(text, x: x, y: y + 1, width: width, maxY: bottom, role: .normal)
        row += 1

        // Room for the answers first; the help text goes under them when it fits, else behind `?`.
        let inlineError = model.message?.isError == true ? model.message?.text : nil
        let answerRows = AnswerBlock(glyphs: glyphs, question: question, focus: focus, record: record, inlineError: inlineError)
        let helpText = helpText(for: question, mode: mode)
        let helpLines = TextWrap.lines(helpText, width: width)
        let answerHeight = answerRows.height(width: width)
        let available = bottom - row + 1
        let cursor = answerRows.draw(
            &canvas, x: x, y: row, width: width,
            maxRows: max(1, available - (answerHeight + helpLines.count + 1 <= available ? helpLines.count + 1 : 0)))
        row += min(answerHeight, available) + 1
        if answerHeight + helpLines.count + 1 <= available {
            for line in helpLines where row <= bottom {
                canvas.write(line, x: x, y: row, role: .dim, width: width)
                row += 1
            }
        } else if row <= bottom {
            canvas.write(
                mode == .call ? "Press ? for what to listen for." : "Press ? for why this matters.", x: x, y: min(row, bottom), role: .dim,
                width: width)
        }
        if let cursor { canvas.placeCursor(x: cursor.x, y: cursor.y) }
    }

    /// "Listen for: ..." in call mode, "Why this matters: ..." in self mode.
    func helpText(for question: Question, mode: Assessment.Mode) -> String {
        switch mode {
        case .call:
            question.call.listenFor.isEmpty ? "" : "Listen for: " + question.call.listenFor.joined(separator: "; ")
        case .self:
            "Why this matters: " + question.selfVoice.why
        }
    }
}

/// The answer area of a question, for every answer kind.
struct AnswerBlock {
    let glyphs: Glyphs
    let question: Question
    let focus: QuestionFocus
    let record: AnswerRecord?
    /// A refused answer's message, shown beside the field it is about.
    let inlineError: String?

    /// Rows the block needs at a width.
    func height(width: Int) -> Int {
        var rows = 0
        switch question.kind {
        case .single(let options), .multiple(let options):
            rows = options.reduce(0) { $0 + optionLines($1, width: width).count }
        case .scale: rows = 3
        case .number: rows = inlineError == nil ? 2 : 3
        case .text: rows = 1 + min(4, textLines(width: width).count)
        }
        return rows + (question.allowsUnknown || question.allowsNotApplicable ? 2 : 0)
    }

    /// Where option labels start: after the marker, the number and the radio or check box.
    static let labelIndent = 8

    /// An option's label wrapped to the room beside its marker.
    private func optionLines(_ option: AnswerOption, width: Int) -> [String] {
        TextWrap.lines(option.label, width: max(1, width - Self.labelIndent))
    }

    /// The options to show in `rows` rows, given each option's height, keeping `focus` in view. One row is
    /// kept for each "more" line that is needed.
    static func window(heights: [Int], keeping focus: Int, rows: Int) -> Range<Int> {
        guard !heights.isEmpty else { return 0..<0 }
        let focus = min(max(0, focus), heights.count - 1)
        if heights.reduce(0, +) <= rows { return 0..<heights.count }
        var start = 0
        var end = focus + 1
        func used(_ range: Range<Int>) -> Int {
            heights[range].reduce(0, +) + (range.lowerBound > 0 ? 1 : 0) + (range.upperBound < heights.count ? 1 : 0)
        }
        // Move the start down until the focused option fits, then grow downwards, then upwards.
        while start < focus, used(start..<end) > rows { start += 1 }
        while end < heights.count, used(start..<(end + 1)) <= rows { end += 1 }
        while start > 0, used((start - 1)..<end) <= rows { start -= 1 }
        return start..<end
    }

    private func textLines(width: Int) -> [String] {
        guard case .text(let text)? = record?.response else { return [] }
        return TextWrap.lines(text, width: max(1, width - 2))
    }

    /// Draws the block and returns where the cursor belongs (the focused option or the field).
    func draw(_ canvas: inout Canvas, x: Int, y: Int, width: Int, maxRows: Int) -> (x: Int, y: Int)? {
        var cursor: (x: Int, y: Int)?
        var row = y
        let last = y + maxRows - 1
        switch question.kind {
        case .single(let options), .multiple(let options):
            let isMultiple: Bool = {
                if case .multiple = question.kind { return true }
                return false
            }()
            let saved = record?.response
            let labels = options.map { optionLines($0, width: width) }
            // The window of options, in rows (labels wrap): it always holds the highlighted option, with a
            // line saying how many are above or below when they do not all fit.
            let extrasRows = question.allowsUnknown || question.allowsNotApplicable ? 2 : 0
            let window = Self.window(heights: labels.map(\.count), keeping: focus.highlight, rows: max(1, last - row + 1 - extrasRows))
            if window.lowerBound > 0 {
                canvas.write("\(glyphs.ascii ? "^" : "↑") \(window.lowerBound) more", x: x + 4, y: row, role: .dim)
                row += 1
            }
            for index in window {
                let option = options[index]
                let highlighted = index == focus.highlight
                let chosen = isMultiple ? focus.selection.contains(option.id) : saved == .choice(option.id)
                let marker = isMultiple ? (chosen ? glyphs.checked : glyphs.unchecked) : (chosen ? glyphs.radioOn : glyphs.radioOff)
                let role: StyleRole = highlighted ? .selected : .normal
                for (offset, line) in labels[index].enumerated() {
                    if highlighted { canvas.fill(x: x, y: row + offset, width: width, role: .selected) }
                    canvas.write(line, x: x + Self.labelIndent, y: row + offset, role: role, width: width - Self.labelIndent)
                }
                canvas.write(highlighted ? glyphs.selectedMarker : " ", x: x, y: row, role: role)
                canvas.write(index < 9 ? "\(index + 1)" : " ", x: x + 2, y: row, role: highlighted ? .selected : .key)
                canvas.write(marker, x: x + 4, y: row, role: role)
                if highlighted { cursor = (x, row) }
                row += labels[index].count
            }
            if window.upperBound < options.count {
                canvas.write("\(glyphs.ascii ? "v" : "↓") \(options.count - window.upperBound) more", x: x + 4, y: row, role: .dim)
                row += 1
            }
        case .scale(let scale):
            let saved: Int? = {
                if case .scale(let value)? = record?.response { return value }
                return nil
            }()
            let current = focus.scale ?? saved
            var column = x + 2
            for value in Scale.values {
                let isCurrent = value == current
                let text = isCurrent ? "[\(value)]" : " \(value) "
                // The cursor sits on the chosen value, or on 1 before anything is chosen.
                if isCurrent || (current == nil && value == 1) { cursor = (column + 1, row) }
                column = canvas.write(text, x: column, y: row, role: isCurrent ? .selected : .key)
                if value < 5 { column = canvas.write(" \(glyphs.horizontal)\(glyphs.horizontal) ", x: column, y: row, role: .dim) }
            }
            row += 1
            canvas.write("1 = \(scale.lowLabel)", x: x + 2, y: row, role: .dim, width: width - 2)
            row += 1
            canvas.write("5 = \(scale.highLabel)", x: x + 2, y: row, role: .dim, width: width - 2)
            row += 1
        case .number(let spec):
            let fieldWidth = min(18, width - 4)
            canvas.write("[", x: x + 2, y: row, role: .dim)
            canvas.fill(x: x + 3, y: row, width: fieldWidth, role: .fieldFocused)
            let shown = focus.number.text
            canvas.write(shown, x: x + 3, y: row, role: .fieldFocused, width: fieldWidth)
            canvas.write("]", x: x + 3 + fieldWidth, y: row, role: .dim)
            if let unit = spec.unit { canvas.write(unit, x: x + 5 + fieldWidth, y: row, role: .normal) }
            let cursorColumn = DisplayWidth.of(String(focus.number.characters.prefix(focus.number.cursor)))
            cursor = (x + 3 + min(cursorColumn, fieldWidth - 1), row)
            row += 1
            canvas.write(
                "A whole number from \(spec.minimum) to \(spec.maximum); Enter to save.", x: x + 2, y: row, role: .dim, width: width - 2)
            row += 1
            if let inlineError, row <= last {
                canvas.write((glyphs.ascii ? "! " : "✗ ") + inlineError, x: x + 2, y: row, role: .error, width: width - 2)
                row += 1
            }
        case .text:
            let lines = textLines(width: width)
            if lines.isEmpty {
                canvas.write("No answer yet: press Enter to type one.", x: x + 2, y: row, role: .dim, width: width - 2)
                row += 1
            } else {
                for line in lines.prefix(4) {
                    canvas.write(line, x: x + 2, y: row, role: .normal, width: width - 2)
                    row += 1
                }
                canvas.write("Press Enter to change it.", x: x + 2, y: row, role: .dim, width: width - 2)
                row += 1
            }
            cursor = (x + 2, row - 1)
        }
        // "Don't know" and "not applicable": shown where allowed, marked when chosen.
        var extras: [String] = []
        if question.allowsUnknown { extras.append((record?.response == .unknown ? glyphs.radioOn : "d") + " Don't know") }
        if question.allowsNotApplicable { extras.append((record?.response == .notApplicable ? glyphs.radioOn : "x") + " Not applicable") }
        if !extras.isEmpty, row <= last {
            row += 1
            let chosen = record?.response == .unknown || record?.response == .notApplicable
            canvas.write(extras.joined(separator: "    "), x: x + 2, y: min(row, last), role: chosen ? .marker : .dim, width: width - 2)
        }
        return cursor
    }
}
