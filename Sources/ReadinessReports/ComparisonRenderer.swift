import ReadinessCore

/// What changed between two assessments (`readiness compare`): text for people (80 columns) and JSON
/// for programs. Ratings read as words in the text and as ids in the JSON, as in every report.
public enum ComparisonRenderer {
    /// The comparison as text; everything typed is sanitized for the terminal.
    public static func text(_ comparison: AssessmentComparison) -> String {
        var lines: [String] = []
        let before = comparison.before
        let after = comparison.after
        lines.append("Comparing \(side(before)) with \(side(after))")
        let organization =
            comparison.differentOrganizations
            ? "\(name(before.organization)) / \(name(after.organization)) (different organizations)"
            : name(after.organization)
        lines.append("\(organization) | \(comparison.questionnaireID) v\(comparison.scoredVersion)")
        let versions = Set([before.answeredVersion, after.answeredVersion, comparison.scoredVersion])
        if versions.count > 1 {
            lines.append(
                "Answered under v\(before.answeredVersion) and v\(after.answeredVersion); both scored under v\(comparison.scoredVersion).")
        }
        lines.append("")
        let rating =
            comparison.ratingChanged
            ? "\(before.fit.rating.title) -> \(after.fit.rating.title)"
            : "\(after.fit.rating.title) (unchanged)"
        lines.append("Rating:     \(rating)")
        lines.append("Need:       \(before.fit.need) -> \(after.fit.need) (\(signed(comparison.needDifference)))")
        lines.append("Confidence: \(before.fit.confidence.rawValue) -> \(after.fit.confidence.rawValue)")

        heading("Signals", into: &lines)
        let width = min(30, comparison.signals.map { DisplayWidth.of($0.title) }.max() ?? 10)
        for signal in comparison.signals {
            let difference = signal.difference.map(signed) ?? (signal.changed ? "new" : "")
            lines.append("  \(TextWrap.pad(signal.title, width: width))  \(score(signal.before)) -> \(score(signal.after))  \(difference)")
        }

        heading("Split rows that moved", into: &lines)
        if comparison.split.isEmpty { lines.append("  None: every row has the same owner and phase.") }
        for row in comparison.split {
            lines.append("  \(row.title): \(row.before) -> \(row.after)")
        }

        if !comparison.blockersAdded.isEmpty || !comparison.blockersCleared.isEmpty {
            heading("Blockers", into: &lines)
            for title in comparison.blockersAdded { lines.append("  + \(title) (new)") }
            for title in comparison.blockersCleared { lines.append("  - \(title) (cleared)") }
        }

        heading("Answers that changed", into: &lines)
        if comparison.answers.isEmpty { lines.append("  None.") }
        for answer in comparison.answers {
            lines.append("  \(answer.title): \(answer.before) -> \(answer.after)")
        }
        return lines.map(TerminalText.sanitizedLine).joined(separator: "\n") + "\n"
    }

    /// The comparison as one JSON object.
    public static func json(_ comparison: AssessmentComparison) -> JSONValue {
        .object([
            ("questionnaire", .object([("id", .string(comparison.questionnaireID)), ("version", .string(comparison.scoredVersion))])),
            ("before", side(comparison.before)),
            ("after", side(comparison.after)),
            ("differentOrganizations", .bool(comparison.differentOrganizations)),
            (
                "rating",
                .object([
                    ("before", .string(comparison.before.fit.rating.rawValue)),
                    ("after", .string(comparison.after.fit.rating.rawValue)),
                    ("changed", .bool(comparison.ratingChanged)),
                ])
            ),
            (
                "need",
                .object([
                    ("before", .integer(comparison.before.fit.need)),
                    ("after", .integer(comparison.after.fit.need)),
                    ("difference", .integer(comparison.needDifference)),
                ])
            ),
            (
                "signals",
                .array(
                    comparison.signals.map { signal in
                        .object([
                            ("id", .string(signal.id)),
                            ("title", .string(signal.title)),
                            ("before", signal.before.map(JSONValue.integer) ?? .null),
                            ("after", signal.after.map(JSONValue.integer) ?? .null),
                            ("difference", signal.difference.map(JSONValue.integer) ?? .null),
                            ("beforeLevel", signal.beforeLevel.map { .string($0.rawValue) } ?? .null),
                            ("afterLevel", signal.afterLevel.map { .string($0.rawValue) } ?? .null),
                        ])
                    })
            ),
            (
                "split",
                .array(
                    comparison.split.map { row in
                        .object([
                            ("area", .string(row.areaID)),
                            ("title", .string(row.title)),
                            ("before", placement(row.before)),
                            ("after", placement(row.after)),
                        ])
                    })
            ),
            (
                "blockers",
                .object([
                    ("added", .array(comparison.blockersAdded.map(JSONValue.string))),
                    ("cleared", .array(comparison.blockersCleared.map(JSONValue.string))),
                ])
            ),
            (
                "answers",
                .array(
                    comparison.answers.map { answer in
                        .object([
                            ("question", .string(answer.questionID)),
                            ("title", .string(answer.title)),
                            ("before", .string(answer.before)),
                            ("after", .string(answer.after)),
                        ])
                    })
            ),
        ])
    }

    private static func side(_ side: AssessmentComparison.Side) -> String {
        "\(side.id) (\(Timestamp.day(side.updated)), \(side.status.rawValue))"
    }

    private static func side(_ side: AssessmentComparison.Side) -> JSONValue {
        .object([
            ("id", .string(side.id)),
            ("organization", .string(side.organization)),
            ("status", .string(side.status.rawValue)),
            ("updated", .string(Timestamp.format(side.updated))),
            ("answeredVersion", .string(side.answeredVersion)),
            ("rating", .string(side.fit.rating.rawValue)),
            ("need", .integer(side.fit.need)),
            ("range", .object([("low", .integer(side.fit.low)), ("high", .integer(side.fit.high))])),
            ("confidence", .string(side.fit.confidence.rawValue)),
            ("answered", .integer(side.answered)),
            ("total", .integer(side.shown)),
        ])
    }

    private static func placement(_ placement: AssessmentComparison.Placement) -> JSONValue {
        .object([
            ("owner", .string(placement.owner.rawValue)),
            ("lead", placement.lead.map { .string($0.rawValue) } ?? .null),
            ("phase", .string(placement.phase.rawValue)),
        ])
    }

    private static func heading(_ title: String, into lines: inout [String]) {
        lines.append("")
        lines.append(title.uppercased())
    }

    private static func name(_ organization: String) -> String {
        organization.allSatisfy(\.isWhitespace) ? "Unnamed organization" : organization
    }

    private static func score(_ value: Int?) -> String {
        let text = value.map(String.init) ?? "--"
        return String(repeating: " ", count: max(0, 3 - text.count)) + text
    }

    private static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : String(value)
    }
}
