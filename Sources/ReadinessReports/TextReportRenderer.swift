import ReadinessCore

/// The report as plain text that fits 80 columns, for a terminal, an email or `lpr`.
///
/// Everything a person typed passes through `TerminalText.sanitized`, so control characters and escape
/// sequences never reach the reader's terminal.
public enum TextReportRenderer {
    /// Renders the report.
    public static func render(_ report: Report, width: Int = 80, ascii: Bool = false) -> String {
        var out = TextReportWriter(width: width, ascii: ascii)
        let result = report.result
        let fit = result.fit

        out.title("Co-managed IT readiness: \(report.organizationLabel)")
        out.line("\(report.questionnaireTitle) (\(report.questionnaireID) v\(report.scoredVersion))")
        var facts = ["Date \(report.dateLabel)"]
        if let assessor = report.assessor, !assessor.isEmpty { facts.append("Assessor \(assessor)") }
        facts.append(report.mode == .call ? "Discovery call" : "Self-assessment")
        if report.status == .draft { facts.append("DRAFT: \(result.answeredCount) of \(result.visibleQuestionIDs.count) answered") }
        out.line(facts.joined(separator: " | "))
        if let note = report.versionNote { out.paragraph(note) }
        out.blank()

        let glyph = ascii ? fit.rating.asciiGlyph : fit.rating.glyph
        out.line("Rating:     \(glyph) \(fit.rating.title)")
        out.line("Need:       \(fit.need)/100 (range \(fit.low)-\(fit.high), \(fit.confidence.rawValue) confidence)")
        out.blank()
        out.bullets(fit.reasons.prefix(1).map { $0 })

        if !result.blockers.isEmpty {
            out.heading("Blockers: deal with these first")
            for blocker in result.blockers {
                out.bullet("\(blocker.title). \(blocker.explanation)", marker: ascii ? "!" : "▲")
                if !blocker.evidence.isEmpty { out.indented("Because: \(blocker.evidence.joined(separator: "; "))", by: 4) }
            }
        }

        out.heading("Signals")
        let labelWidth = min(28, result.signals.map { DisplayWidth.of($0.title) }.max() ?? 10)
        for signal in result.signals {
            out.line(SignalBar.line(for: signal, labelWidth: labelWidth, barWidth: max(10, width - labelWidth - 26), ascii: ascii))
        }

        out.heading("The starting split")
        for owner in Report.ownerOrder {
            let rows = report.splitRows(ownedBy: owner)
            guard !rows.isEmpty else { continue }
            out.subheading(Report.heading(for: owner))
            for row in rows {
                let lead = row.lead.map { ", \($0.rawValue) leads" } ?? ""
                out.bullet("\(row.title) [\(row.phase.rawValue)\(lead)]: \(row.reasons.last ?? "")", marker: "-")
            }
        }

        if !result.nextSteps.isEmpty {
            out.heading("Next steps (first 90 days)")
            for (number, step) in result.nextSteps.enumerated() {
                out.bullet(step, marker: "\(number + 1).")
            }
        }

        if !result.unknowns.isEmpty {
            out.heading("Verify before deciding")
            for item in result.unknowns.prefix(10) {
                let state = item.isDontKnow ? "don't know" : "not answered"
                out.bullet("\(item.title) (\(state)): \(item.impact)", marker: "?")
            }
            if result.unknowns.count > 10 { out.indented("... and \(result.unknowns.count - 10) more.", by: 2) }
        }

        if !report.talkingPoints.isEmpty {
            out.heading("Talking points")
            for group in report.talkingPoints {
                out.subheading(group.signalTitle)
                out.bullets(group.points)
            }
        }

        if !report.notes.isEmpty || !report.textAnswers.isEmpty {
            out.heading("Notes")
            for answer in report.textAnswers { out.bullet("\(answer.questionTitle): \(answer.text)", marker: "-") }
            for note in report.notes { out.bullet("\(note.questionTitle): \(note.text)", marker: "-") }
        }

        out.heading("How this was worked out")
        out.bullets(Array(fit.reasons.dropFirst()))
        for signal in result.signals where !signal.contributions.isEmpty {
            let score = signal.score.map { "\($0)/100" } ?? "no known answer"
            out.subheading("\(signal.title): \(signal.points) of \(signal.maximum) points = \(score), weight \(signal.weight)")
            for contribution in signal.contributions {
                let points = contribution.points.map { "\($0)/\(contribution.maximum)" } ?? "?/\(contribution.maximum)"
                out.indented("\(points)  \(contribution.questionTitle): \(contribution.answer)", by: 4)
            }
        }
        out.paragraph("Method: each signal scores the points its answers gave out of the most they could give. The need is the weighted average of the signals; a critical signal lifts it on its own. \"Don't know\" answers are left out and widen the range instead.")
        return out.text
    }
}

/// A horizontal bar for a signal, in characters: readable without colour.
public enum SignalBar {
    /// `Reactive workload      ████████░░░░  62 high`
    public static func line(for signal: SignalResult, labelWidth: Int, barWidth: Int, ascii: Bool) -> String {
        let label = TextWrap.pad(signal.title, width: labelWidth)
        guard let score = signal.score else {
            return "\(label)  \(String(repeating: ascii ? "." : "·", count: barWidth))   -- no answer"
        }
        let filled = Int((Double(score) / 100 * Double(barWidth)).rounded())
        let bar = String(repeating: ascii ? "#" : "█", count: filled) + String(repeating: ascii ? "." : "░", count: barWidth - filled)
        let level = signal.level?.rawValue ?? ""
        let number = String(score)
        return "\(label)  \(bar) \(String(repeating: " ", count: 3 - number.count))\(number) \(level)"
    }
}

/// Collects wrapped lines for the text report.
struct TextReportWriter {
    let width: Int
    let ascii: Bool
    private(set) var text = ""

    init(width: Int, ascii: Bool) {
        self.width = width
        self.ascii = ascii
    }

    mutating func line(_ content: String) {
        for piece in TextWrap.lines(TerminalText.sanitizedLine(content), width: width) { text += piece + "\n" }
    }

    mutating func blank() { text += "\n" }

    mutating func title(_ content: String) {
        line(content)
        text += String(repeating: "=", count: min(width, DisplayWidth.of(TerminalText.sanitizedLine(content)))) + "\n"
    }

    mutating func heading(_ content: String) {
        blank()
        line(content.uppercased())
        text += String(repeating: "-", count: min(width, DisplayWidth.of(content))) + "\n"
    }

    mutating func subheading(_ content: String) {
        line(content)
    }

    mutating func paragraph(_ content: String) {
        blank()
        line(content)
    }

    mutating func bullet(_ content: String, marker: String) {
        let indent = DisplayWidth.of(marker) + 3
        let lines = TextWrap.lines(TerminalText.sanitizedLine(content), width: width - indent)
        for (index, piece) in lines.enumerated() {
            let prefix = index == 0 ? "  " + marker + String(repeating: " ", count: indent - 2 - DisplayWidth.of(marker)) : String(repeating: " ", count: indent)
            text += prefix + piece + "\n"
        }
    }

    mutating func bullets(_ items: [String]) {
        for item in items { bullet(item, marker: "-") }
    }

    mutating func indented(_ content: String, by indent: Int) {
        for piece in TextWrap.lines(TerminalText.sanitizedLine(content), width: width - indent) {
            text += String(repeating: " ", count: indent) + piece + "\n"
        }
    }
}
