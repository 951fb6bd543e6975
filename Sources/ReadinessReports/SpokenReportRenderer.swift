import ReadinessCore

/// The report as sentences, for a screen reader: what plain mode says at the end of an interview.
///
/// Words and numbers only: no bars, no rating glyphs, no underlines or bullets, nothing laid out for the
/// eye, and no line broken inside a sentence (a screen reader pauses at every line break). Each heading
/// is a line of its own ending with a colon, so it can be found by reading line by line. A provisional
/// result gives the range and why, never a rating. The arithmetic and the method stay in the full report
/// (`readiness report ID`), which the last line points to.
public enum SpokenReportRenderer {
    /// Renders the report; `ascii` keeps to ASCII characters.
    public static func render(_ report: Report, ascii: Bool = false) -> String {
        var lines: [String] = []
        let result = report.result
        let fit = result.fit
        var facts = ["\(report.title) for \(report.organizationLabel)", report.dateLabel, report.modeLabel.lowercased()]
        if let assessor = report.assessorLabel { facts.append("assessor \(assessor)") }
        lines.append(facts.joined(separator: ", ") + ".")
        if let preparedBy = report.sender?.preparedBy { lines.append(preparedBy.plain + ".") }
        lines += [report.draftLabel, report.versionNote].compactMap { $0 }

        lines.append("")
        if let provisional = fit.provisional {
            lines.append("Too early to tell: the need is likely between \(fit.low) and \(fit.high) out of 100.")
            lines.append("Why: " + provisional.reasons.map(Rating.inWords).joined(separator: " "))
            let settling = result.unknowns.prefix(3).map(\.title)
            if !settling.isEmpty { lines.append("What would settle it first: \(Report.list(settling)).") }
        } else {
            lines.append("Rating: \(fit.rating.title).")
            if let reason = report.ratingReason { lines.append(reason) }
            lines.append("Need: \(needSentence(fit)).")
            lines.append(report.confidenceExplanation)
            if let note = report.needNote { lines.append(note) }
        }
        for blocker in result.blockers {
            var line = "Blocker: \(blocker.title). \(blocker.explanation)"
            if !blocker.evidence.isEmpty { line += " Because: \(blocker.evidence.joined(separator: "; "))." }
            lines.append(line)
        }

        if !report.whoDoesWhat.isEmpty {
            section("Who does what", into: &lines)
            lines += report.whoDoesWhat.map { "\($0.lead) \($0.rest)" }
        }

        section("Readiness signals, strongest first, out of 100", into: &lines)
        lines += report.chart.map(signalSentence)

        if !result.nextSteps.isEmpty {
            section("Next steps for the first 90 days", into: &lines)
            lines += result.nextSteps.enumerated().map { "Step \($0.offset + 1): \($0.element)" }
        }

        if !report.customerAsks.isEmpty {
            section(Report.asksTitle, into: &lines)
            lines += report.customerAsks.map { "\($0.lead) \($0.rest)" }
        }

        section("The recommended starting split", into: &lines)
        if let omission = report.splitOmission { lines.append(omission) }
        for group in report.splitGroups {
            let areas = group.lines.map { "\($0.row.title), \($0.owner.lowercased())" }
            let count = group.lines.count == 1 ? "1 area" : "\(group.lines.count) areas"
            lines.append("\(group.phase.title), \(count): \(areas.joined(separator: "; ")).")
        }

        if !result.unknowns.isEmpty || !report.flaggedQuestions.isEmpty {
            section("Verify before deciding", into: &lines)
            lines += result.unknowns.map { "\($0.title), \(Report.stateLabel(of: $0)): \(impactSentence($0))." }
            if !report.flaggedQuestions.isEmpty { lines.append("Flagged for review: \(Report.list(report.flaggedQuestions)).") }
        }

        if !report.textAnswers.isEmpty || !report.notes.isEmpty {
            section("Notes", into: &lines)
            lines += report.textAnswers.map { "Answer to \($0.questionTitle): \($0.text)" }
            lines += report.notes.map { "Note on \($0.questionTitle): \($0.text)" }
        }

        if !report.talkingPoints.isEmpty {
            section("Talking points", into: &lines)
            lines += report.talkingPoints.map { "\($0.signalTitle): \($0.points.joined(separator: " "))" }
        }

        lines.append("")
        let command = report.assessmentID.map { "'readiness report \($0)'" } ?? "'readiness report'"
        lines.append("The full report, with each signal's arithmetic and the method: \(command).")
        let text = lines.map(TerminalText.sanitizedLine).joined(separator: "\n") + "\n"
        return ascii ? ASCIITransliteration.transliterate(text) : text
    }

    /// `71 out of 100, likely between 60 and 80, medium confidence`.
    static func needSentence(_ fit: Fit) -> String {
        let range = fit.high > fit.low ? "likely between \(fit.low) and \(fit.high)" : "no range, every answer that feeds it is known"
        return "\(fit.need) out of 100, \(range), \(fit.confidence.rawValue) confidence"
    }

    /// `Reactive workload: 85 out of 100, high, between 80 and 90 depending on the unknowns.`
    static func signalSentence(_ bar: Report.ChartBar) -> String {
        guard let score = bar.score else { return "\(bar.title): no answer yet." }
        var text = "\(bar.title): \(score) out of 100"
        if let level = bar.level { text += ", \(level.rawValue)" }
        if bar.hasRange, let low = bar.low, let high = bar.high { text += ", between \(low) and \(high) depending on the unknowns" }
        return text + "."
    }

    /// The unknown's impact with the ratings by their names ("Good fit"), not their ids.
    static func impactSentence(_ item: UnknownItem) -> String {
        if item.isEstimate { return "could move the need by up to about \(item.swing) (estimated from its points)" }
        var parts = [item.swing > 0 ? "could move the need by up to \(item.swing)" : "cannot move the need"]
        if !item.couldChangeRatingTo.isEmpty {
            parts.append("could change the rating to \(item.couldChangeRatingTo.map(\.title).joined(separator: " or "))")
        }
        if !item.couldTriggerBlockers.isEmpty { parts.append("could reveal a blocker") }
        return parts.joined(separator: "; ")
    }

    private static func section(_ title: String, into lines: inout [String]) {
        lines += ["", title + ":"]
    }
}
