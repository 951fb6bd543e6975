import ReadinessCore

/// The report as plain text that fits 80 columns, for a terminal, an email or `lpr`.
///
/// Everything passes through `TerminalText.sanitizedLine`, so control characters and escape sequences
/// never reach the reader's terminal, and every line is measured by display width, so wide characters
/// cannot push it past the margin.
public enum TextReportRenderer {
    /// Renders the report. `ascii` keeps to ASCII characters, for terminals and printers without UTF-8.
    public static func render(_ report: Report, width: Int = 80, ascii: Bool = false) -> String {
        var out = TextReportWriter(width: width, ascii: ascii)
        let result = report.result
        let fit = result.fit

        // "Prepared for" the organization named under it; "prepared by" the sender, below.
        out.line((report.title + (report.preparedFor == nil ? "" : ", prepared for")).uppercased())
        out.title(report.organizationLabel)
        var facts = ["Date \(report.dateLabel)"]
        if let assessor = report.assessorLabel { facts.append("Assessor \(assessor)") }
        facts.append(report.modeLabel)
        out.line(facts.joined(separator: " | "))
        if let preparedBy = report.sender?.preparedBy { out.line(preparedBy.plain) }
        out.line("Questionnaire: \(report.questionnaireLabel)")
        for notice in report.notices {
            out.blank()
            out.line("** \(notice)")
        }

        out.blank()
        if let headline = report.provisionalHeadline {
            out.labelled("RATING", headline)
            for reason in report.provisionalReasons { out.labelled("", reason) }
        } else {
            out.labelled("RATING", "\(ascii ? fit.rating.asciiGlyph : fit.rating.glyph) \(fit.rating.title)")
            if let reason = report.ratingReason { out.labelled("", reason) }
            if let lift = report.criticalLift { out.labelled("", lift) }
        }
        out.labelled("NEED", report.needLabel)
        out.labelled("", report.confidenceExplanation)
        if let note = report.needNote { out.labelled("", note) }
        if !report.settlingQuestions.isEmpty {
            out.heading(Report.settlingLead)
            for (number, item) in report.settlingQuestions.enumerated() {
                out.bullet("\(item.title) (\(Report.stateLabel(of: item))): \(Report.impact(of: item))", marker: "\(number + 1).")
            }
        }
        if !result.blockers.isEmpty {
            out.heading("Blockers: deal with these first")
            for blocker in result.blockers {
                out.bullet("\(blocker.title). \(blocker.explanation)", marker: ascii ? "!" : "▲")
                if !blocker.evidence.isEmpty { out.indented("Because: \(blocker.evidence.joined(separator: "; "))", by: 4) }
            }
        }

        if !report.whoDoesWhat.isEmpty {
            out.heading("Who does what")
            for (index, sentence) in report.whoDoesWhat.enumerated() {
                if index > 0 { out.blank() }
                out.line("\(sentence.lead) \(sentence.rest)")
            }
        }

        out.heading("Readiness signals")
        let labelWidth = min(26, report.chart.map { DisplayWidth.of(TerminalText.sanitizedLine($0.title)) }.max() ?? 10)
        let barWidth = max(10, width - labelWidth - 25)
        for bar in report.chart {
            out.verbatim("  " + SignalBar.line(for: bar, labelWidth: labelWidth, barWidth: barWidth, ascii: ascii))
        }
        out.indented(
            "Scores out of 100, strongest first; moderate from \(report.moderateAt), high from \(report.highAt). A range follows a score when unknowns leave it open.",
            by: 2)
        if let critical = report.criticalExplanation { out.indented(critical, by: 2) }

        if !report.topNextSteps.isEmpty {
            out.heading("First next steps")
            for (number, step) in report.topNextSteps.enumerated() { out.bullet(step, marker: "\(number + 1).") }
        }

        if !report.customerAsks.isEmpty {
            out.heading(Report.asksTitle)
            for sentence in report.customerAsks { out.bullet("\(sentence.lead) \(sentence.rest)", marker: "-") }
        }

        out.heading("The recommended starting split")
        if let omission = report.splitOmission {
            out.line(omission)
        } else if report.showsSplit {
            out.line(Report.splitIntroduction)
            for group in report.splitGroups {
                out.blank()
                out.line(group.phase.title.uppercased())
                for line in group.lines {
                    let more = line.appendixNumber.map { " [A\($0)]" } ?? ""
                    out.bullet("\(line.row.title) (\(line.owner)): \(line.reason)\(more)", marker: "-")
                }
            }
        }

        if !report.nextSteps.isEmpty {
            out.heading("Next steps for the first 90 days")
            for (number, step) in report.nextSteps.enumerated() { out.bullet(step, marker: "\(number + 1).") }
        }

        out.heading("The signals in detail")
        out.bullets(report.fitReasons)
        for signal in report.signalDetails {
            out.blank()
            out.line("\(signal.title): \(signal.score.map { "\($0)/100" } ?? "no answer")")
            out.indented(Report.arithmetic(of: signal), by: 2)
            let pointsWidth = signal.contributions.map { DisplayWidth.of(Report.pointsLabel(of: $0)) }.max() ?? 0
            for contribution in signal.contributions {
                let points = TextWrap.pad(Report.pointsLabel(of: contribution), width: pointsWidth)
                out.hanging("\(points)  ", "\(contribution.questionTitle): \(contribution.answer)", indent: 4)
            }
        }

        if !result.unknowns.isEmpty || !report.flaggedQuestions.isEmpty {
            out.heading("Verify before deciding")
            for item in result.unknowns {
                out.bullet("\(item.title) (\(Report.stateLabel(of: item))): \(Report.impact(of: item))", marker: "?")
            }
            if !report.flaggedQuestions.isEmpty {
                out.paragraph("Flagged for review during the interview: \(Report.list(report.flaggedQuestions)).")
            }
        }

        if !report.textAnswers.isEmpty || !report.notes.isEmpty {
            out.heading("Notes")
            for answer in report.textAnswers { out.bullet("\(answer.questionTitle) (answer): \(answer.text)", marker: "-") }
            for note in report.notes { out.bullet("\(note.questionTitle) (note): \(note.text)", marker: "-") }
        }

        if !report.talkingPoints.isEmpty {
            out.heading("Talking points")
            for group in report.talkingPoints {
                out.line(group.signalTitle)
                out.bullets(group.points)
            }
        }

        out.heading("Method")
        for (index, paragraph) in report.methodParagraphs.enumerated() {
            if index > 0 { out.blank() }
            out.line(paragraph)
        }

        if !report.splitNotes.isEmpty {
            out.heading(Report.splitAppendixTitle)
            for note in report.splitNotes {
                out.bullet("\(note.title): \(note.reasons.joined(separator: " "))", marker: "A\(note.number).")
            }
        }
        out.paragraph(report.footerLine)
        // The writer transliterated every piece before wrapping it; this pass only guarantees ASCII.
        return ascii ? ASCIITransliteration.transliterate(out.text) : out.text
    }
}

/// A signal as a horizontal bar of characters: readable without colour.
enum SignalBar {
    /// `Reactive workload    ████████░░░░  62 high      55-70`
    static func line(for bar: Report.ChartBar, labelWidth: Int, barWidth: Int, ascii: Bool) -> String {
        let label = TextWrap.pad(TerminalText.sanitizedLine(bar.title), width: labelWidth)
        guard let score = bar.score else {
            return "\(label)  \(String(repeating: ascii ? "." : "·", count: barWidth))  --  no answer"
        }
        let number = String(score)
        let level = TextWrap.pad(bar.level?.rawValue ?? "", width: 8)
        let range = bar.hasRange ? " \(bar.low!)-\(bar.high!)" : ""
        let text =
            "\(label)  \(self.bar(score: score, width: barWidth, ascii: ascii)) \(String(repeating: " ", count: max(0, 3 - number.count)))\(number) \(level)\(range)"
        return String(text.reversed().drop { $0 == " " }.reversed())
    }

    /// The bar alone: `width` cells, filled in proportion to the score.
    static func bar(score: Int, width: Int, ascii: Bool) -> String {
        let filled = min(width, max(0, Int((Double(score) / 100 * Double(width)).rounded())))
        return String(repeating: ascii ? "#" : "█", count: filled) + String(repeating: ascii ? "." : "░", count: width - filled)
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

    /// Text as it is printed: sanitized, and in ASCII for `--ascii` before it is measured and wrapped
    /// (a transliteration can be longer or shorter than what was typed: "ß" is "ss").
    private func clean(_ content: String) -> String {
        let line = TerminalText.sanitizedLine(content)
        return ascii ? ASCIITransliteration.transliterate(line) : line
    }

    /// A line, wrapped at the width.
    mutating func line(_ content: String) {
        for piece in TextWrap.lines(clean(content), width: width) { text += piece + "\n" }
    }

    /// A line laid out by the caller (a bar, a table row): sanitized and cut at the width, never re-wrapped.
    mutating func verbatim(_ content: String) {
        text += TextWrap.truncate(clean(content), width: width) + "\n"
    }

    mutating func blank() { text += "\n" }

    /// A title underlined with `=`.
    mutating func title(_ content: String) {
        let cleaned = clean(content)
        line(cleaned)
        text += String(repeating: "=", count: max(1, min(width, DisplayWidth.of(cleaned)))) + "\n"
    }

    /// A section heading in capitals, underlined, after a blank line.
    mutating func heading(_ content: String) {
        blank()
        let cleaned = clean(content).uppercased()
        line(cleaned)
        text += String(repeating: "-", count: min(width, DisplayWidth.of(cleaned))) + "\n"
    }

    /// `LABEL   text wrapped under itself`, with the label in a fixed column.
    mutating func labelled(_ label: String, _ content: String) {
        hanging(TextWrap.pad(label, width: 8), content, indent: 0)
    }

    /// A blank line, then a wrapped paragraph.
    mutating func paragraph(_ content: String) {
        blank()
        line(content)
    }

    /// `  marker text` with the text wrapped under itself.
    mutating func bullet(_ content: String, marker: String) {
        let prefix = "  " + marker + " "
        hanging(prefix, content, indent: 0)
    }

    mutating func bullets(_ items: [String]) {
        for item in items { bullet(item, marker: "-") }
    }

    /// `prefix text`, indented, with continuation lines aligned under the text.
    mutating func hanging(_ prefix: String, _ content: String, indent: Int) {
        let lead = String(repeating: " ", count: indent) + clean(prefix)
        let leadWidth = DisplayWidth.of(lead)
        let lines = TextWrap.lines(clean(content), width: max(10, width - leadWidth))
        for (index, piece) in lines.enumerated() {
            text += (index == 0 ? lead : String(repeating: " ", count: leadWidth)) + piece + "\n"
        }
    }

    /// Text wrapped and indented.
    mutating func indented(_ content: String, by indent: Int) {
        for piece in TextWrap.lines(clean(content), width: width - indent) {
            text += String(repeating: " ", count: indent) + piece + "\n"
        }
    }
}
