import ReadinessCore

/// The live pane of a discovery call: the rating so far, the need with its range and confidence, the
/// strongest signals, blockers as soon as they appear, and what to ask next.
struct LivePaneLayout {
    let glyphs: Glyphs

    /// The pane beside the questions.
    func drawSide(_ canvas: inout Canvas, session: InterviewModel.OpenAssessment, x: Int, y: Int, width: Int, bottom: Int) {
        let result = session.result
        let fit = result.fit
        for row in y...max(y, bottom) { canvas.write(glyphs.vertical, x: x, y: row, role: .border) }
        let left = x + 2
        let inner = width - 2
        var row = y
        func line(_ text: String, role: StyleRole, indent: Int = 0) {
            guard row <= bottom else { return }
            canvas.write(text, x: left + indent, y: row, role: role, width: inner - indent)
            row += 1
        }
        line("SO FAR", role: .heading)
        if LivePaneLayout.isTooEarly(result) {
            // No glyph and no rating: on a shared screen the prospect reads whatever is shown as the verdict.
            line("Too early to tell", role: .dim)
            line(NeedWords.between(fit), role: .normal)
        } else {
            line("\(glyphs.glyph(for: fit.rating)) \(fit.rating.title)", role: RatingStyle.role(for: fit.rating))
            line("Need \(fit.need) (\(NeedWords.range(fit)))", role: .normal)
        }
        line(NeedWords.confidence(fit.confidence), role: .dim)
        row += 1
        line("Strongest signals", role: .heading)
        let strongest = result.strongestSignals.filter { $0.score != nil }.prefix(3)
        if strongest.isEmpty { line("none yet", role: .dim, indent: 1) }
        for signal in strongest {
            let score = signal.score ?? 0
            let labelWidth = max(6, inner - 16)
            let (filled, empty) = glyphs.bar(Double(score) / 100, width: 8)
            guard row <= bottom else { break }
            var column = canvas.write(
                TextWrap.pad(TextWrap.truncate(signal.title, width: labelWidth, ellipsis: glyphs.ellipsis), width: labelWidth), x: left + 1,
                y: row, role: .normal)
            column = canvas.write(" " + filled, x: column, y: row, role: SignalStyle.role(for: signal.level))
            column = canvas.write(empty, x: column, y: row, role: .dim)
            canvas.write(String(format3(score)), x: column + 1, y: row, role: .normal)
            row += 1
        }
        if !result.blockers.isEmpty {
            row += 1
            line("\(glyphs.blocker) Blockers", role: .error)
            for blocker in result.blockers.prefix(3) {
                line(TextWrap.truncate(blocker.title, width: inner - 2, ellipsis: glyphs.ellipsis), role: .error, indent: 1)
            }
        }
        let askNext = result.unknowns.prefix(3)
        if !askNext.isEmpty {
            row += 1
            line("Ask next (a)", role: .heading)
            for item in askNext {
                line(item.title, role: .normal, indent: 1)
                let pieces = TextWrap.lines(LivePaneLayout.shortImpact(item, ascii: glyphs.ascii), width: inner - 3)
                for (index, piece) in pieces.prefix(2).enumerated() {
                    // A cut second line says so.
                    let shown =
                        index == 1 && pieces.count > 2
                        ? TextWrap.truncate(piece + " " + pieces[2], width: inner - 3, ellipsis: glyphs.ellipsis) : piece
                    line(shown, role: .dim, indent: 3)
                }
            }
        }
    }

    /// The pane as one strip under the progress bar when the terminal is too narrow for a side pane.
    func drawStrip(_ canvas: inout Canvas, session: InterviewModel.OpenAssessment, y: Int, width: Int) {
        let result = session.result
        let fit = result.fit
        let tooEarly = LivePaneLayout.isTooEarly(result)
        let rating = tooEarly ? " Too early to tell" : " \(glyphs.glyph(for: fit.rating)) \(fit.rating.title)"
        var x = canvas.write(rating, x: 0, y: y, role: tooEarly ? .dim : RatingStyle.role(for: fit.rating))
        let need = tooEarly ? NeedWords.between(fit).lowercased() : "need \(fit.need) (\(NeedWords.range(fit)))"
        x = canvas.write("\(glyphs.separator)\(need)\(glyphs.separator)\(NeedWords.confidence(fit.confidence))", x: x, y: y, role: .normal)
        if !result.blockers.isEmpty {
            canvas.write(
                "\(glyphs.separator)\(glyphs.blocker) \(result.blockers.count) blocker\(result.blockers.count == 1 ? "" : "s")", x: x, y: y,
                role: .error)
        }
        if let next = result.unknowns.first {
            let text = " Ask next (a): \(next.title) (\(LivePaneLayout.shortImpact(next, ascii: glyphs.ascii)))"
            canvas.write(TextWrap.truncate(text, width: width, ellipsis: glyphs.ellipsis), x: 0, y: y + 1, role: .dim, width: width)
        }
    }

    /// While the core calls the result provisional (too little evidenced, or a range across most ratings),
    /// a rating would be a guess that the next answer may flip.
    static func isTooEarly(_ result: ScoreResult) -> Bool {
        result.fit.isProvisional
    }

    /// "need ±18, may become Strong fit": the impact of an unknown in a few words.
    static func shortImpact(_ item: UnknownItem, ascii: Bool) -> String {
        var text = item.swing > 0 ? "need \(ascii ? "+/-" : "±")\(item.isEstimate ? "~" : "")\(item.swing)" : "no effect on need"
        if !item.couldChangeRatingTo.isEmpty {
            text += ", may become " + item.couldChangeRatingTo.map(\.title).joined(separator: " or ")
        }
        if !item.couldTriggerBlockers.isEmpty { text += ", may reveal a blocker" }
        return text
    }

    private func format3(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, 3 - text.count)) + text
    }
}

/// The role of a rating: its meaning also travels in its glyph and words, never in colour alone.
enum RatingStyle {
    static func role(for rating: Rating) -> StyleRole {
        switch rating {
        case .strongFit, .goodFit: .ratingGood
        case .possibleFit: .ratingMiddle
        case .notYet: .ratingNeutral
        case .fullyManaged: .ratingLow
        }
    }
}

/// The role of a signal level.
enum SignalStyle {
    static func role(for level: SignalLevel?) -> StyleRole {
        switch level {
        case .critical?: .signalCritical
        case .high?: .signalHigh
        case .moderate?: .signalModerate
        default: .signalLow
        }
    }
}
