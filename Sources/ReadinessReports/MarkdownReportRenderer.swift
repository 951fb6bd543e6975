import ReadinessCore

/// The report as Markdown, for CRM notes and tickets: readable raw, tidy rendered, tables for the split.
///
/// Every string passes through `MarkdownEscaping.inline`, so nothing typed (or written in a questionnaire)
/// can become a link, an image, emphasis, HTML or a broken table.
enum MarkdownReportRenderer {
    /// Renders the report. `ascii` keeps to ASCII characters: bars of `#` and `.`, plain glyphs.
    static func render(_ report: Report, ascii: Bool = false) -> String {
        var out = MarkdownWriter()
        let result = report.result
        let fit = result.fit

        out.line("# \(report.title): \(md(report.organizationLabel))")
        out.blank()
        var facts = ["**Date** \(md(report.dateLabel))"]
        if let assessor = report.assessorLabel { facts.append("**Assessor** \(md(assessor))") }
        facts.append(md(report.modeLabel))
        out.line(facts.joined(separator: " · ") + "  ")
        let prepared = [report.preparedFor.map { "Prepared for \(md($0))" }, report.sender?.preparedBy.map { md($0.plain) }]
        if !prepared.allSatisfy({ $0 == nil }) { out.line(prepared.compactMap { $0 }.joined(separator: " · ") + "  ") }
        out.line("**Questionnaire** \(md(report.questionnaireLabel))")
        for notice in report.notices {
            out.blank()
            out.line("> **\(md(notice))**")
        }

        out.heading("Summary")
        let glyph = ascii ? fit.rating.asciiGlyph : fit.rating.glyph
        if let headline = report.provisionalHeadline {
            out.line("**\(md(headline))**. " + report.provisionalReasons.map(md).joined(separator: " "))
        } else {
            out.line(
                "**Rating: \(md(glyph)) \(md(fit.rating.title))**" + (report.ratingReason.map { ". \(md($0))" } ?? "")
                    + (report.criticalLift.map { " \(md($0))" } ?? ""))
        }
        out.blank()
        out.line("**Need: \(md(report.needLabel))**. \(md(report.confidenceExplanation))" + (report.needNote.map { " \(md($0))" } ?? ""))
        if !report.settlingQuestions.isEmpty {
            out.heading(Report.settlingLead)
            for (number, item) in report.settlingQuestions.enumerated() {
                out.line("\(number + 1). **\(md(item.title))** (\(md(Report.stateLabel(of: item)))): \(md(Report.impact(of: item)))")
            }
        }
        if !result.blockers.isEmpty {
            out.heading("Blockers: deal with these first")
            for blocker in result.blockers {
                let because = blocker.evidence.isEmpty ? "" : " *Because: \(md(blocker.evidence.joined(separator: "; ")))*"
                out.line("- \(ascii ? "!" : "▲") **\(md(blocker.title)).** \(md(blocker.explanation))\(because)")
            }
        }

        let sentences = report.whoDoesWhat
        if !sentences.isEmpty {
            out.heading("Who does what")
            out.line(sentences.map { "**\(md($0.lead))** \(md($0.rest))" }.joined(separator: "  \n"))
        }

        out.heading("Readiness signals")
        out.line("| Signal | Score | Level | |")
        out.line("| --- | ---: | --- | --- |")
        for bar in report.chart {
            let score = bar.score.map { String($0) + (bar.hasRange ? " (\(bar.low!)-\(bar.high!))" : "") } ?? "no answer"
            let drawn = bar.score.map { SignalBar.bar(score: $0, width: 20, ascii: ascii) } ?? ""
            out.line("| \(md(bar.title)) | \(md(score)) | \(md(bar.level?.rawValue ?? "")) | \(drawn.isEmpty ? "" : "`\(drawn)`") |")
        }

        if let critical = report.criticalExplanation {
            out.blank()
            out.line(md(critical))
        }

        if !report.topNextSteps.isEmpty {
            out.heading("First next steps")
            for (index, step) in report.topNextSteps.enumerated() { out.line("\(index + 1). \(md(step))") }
        }

        if !report.customerAsks.isEmpty {
            out.heading(Report.asksTitle)
            for sentence in report.customerAsks { out.line("- **\(md(sentence.lead))** \(md(sentence.rest))") }
        }

        out.heading("The recommended starting split")
        if let omission = report.splitOmission {
            out.line(md(omission))
        } else if report.showsSplit {
            out.line(md(Report.splitIntroduction))
            for group in report.splitGroups {
                out.blank()
                out.line("### \(md(group.phase.title))")
                out.blank()
                out.line("| Area | Owner | Why |")
                out.line("| --- | --- | --- |")
                for line in group.lines {
                    let more = line.appendixNumber.map { " \\[A\($0)\\]" } ?? ""
                    out.line("| **\(md(line.row.title))** | \(md(line.owner)) | \(md(line.reason))\(more) |")
                }
            }
        }

        if !report.nextSteps.isEmpty {
            out.heading("Next steps for the first 90 days")
            for (index, step) in report.nextSteps.enumerated() { out.line("\(index + 1). \(md(step))") }
        }

        out.heading("The signals in detail")
        for reason in report.fitReasons { out.line("- \(md(reason))") }
        for signal in report.signalDetails {
            out.blank()
            out.line("### \(md(signal.title)): \(md(signal.score.map { "\($0)/100" } ?? "no answer"))")
            out.blank()
            out.line(md(Report.arithmetic(of: signal)))
            guard !signal.contributions.isEmpty else { continue }
            out.blank()
            out.line("| Question | Answer | Points |")
            out.line("| --- | --- | ---: |")
            for contribution in signal.contributions {
                out.line("| \(md(contribution.questionTitle)) | \(md(contribution.answer)) | \(md(Report.pointsLabel(of: contribution))) |")
            }
        }

        if !result.unknowns.isEmpty || !report.flaggedQuestions.isEmpty {
            out.heading("Verify before deciding")
            if !result.unknowns.isEmpty {
                out.line("| Question | State | What it could change |")
                out.line("| --- | --- | --- |")
                for item in result.unknowns {
                    out.line("| \(md(item.title)) | \(md(Report.stateLabel(of: item))) | \(md(Report.impact(of: item))) |")
                }
            }
            if !report.flaggedQuestions.isEmpty {
                out.blank()
                out.line("Flagged for review during the interview: \(md(Report.list(report.flaggedQuestions))).")
            }
        }

        if !report.textAnswers.isEmpty || !report.notes.isEmpty {
            out.heading("Notes")
            for answer in report.textAnswers { out.line("- **\(md(answer.questionTitle))** (answer): \(md(answer.text))") }
            for note in report.notes { out.line("- **\(md(note.questionTitle))** (note): \(md(note.text))") }
        }

        if !report.talkingPoints.isEmpty {
            out.heading("Talking points")
            for group in report.talkingPoints {
                for point in group.points { out.line("- **\(md(group.signalTitle)):** \(md(point))") }
            }
        }

        out.heading("Method")
        for (index, paragraph) in report.methodParagraphs.enumerated() {
            if index > 0 { out.blank() }
            out.line(md(paragraph))
        }

        if !report.splitNotes.isEmpty {
            out.heading(Report.splitAppendixTitle)
            for note in report.splitNotes {
                out.line("- **A\(note.number). \(md(note.title)).** \(note.reasons.map(md).joined(separator: " "))")
            }
        }
        out.blank()
        out.line("---")
        out.blank()
        out.line(md(report.footerLine))
        return ascii ? ASCIITransliteration.transliterate(out.text) : out.text
    }

    private static func md(_ text: String) -> String { MarkdownEscaping.inline(text) }
}

/// Collects Markdown lines with one blank line between blocks.
struct MarkdownWriter {
    private(set) var text = ""

    mutating func line(_ content: String) { text += content + "\n" }

    mutating func blank() { text += "\n" }

    mutating func heading(_ title: String) {
        text += "\n## \(MarkdownEscaping.inline(title))\n\n"
    }
}
