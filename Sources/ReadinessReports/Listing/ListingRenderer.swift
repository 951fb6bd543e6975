import ReadinessCore
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `readiness list`'s output: the saved assessments as a table for people or one JSON object for programs.
public enum ListingRenderer {
    /// The rows as a table, or a sentence when there are none. `filtered` says whether a filter left
    /// nothing, `directory` names the data folder when it is empty; times are in `zone`.
    public static func table(_ summaries: [AssessmentSummary], filtered: Bool, directory: String, zone: TimeZone) -> String {
        if summaries.isEmpty {
            return filtered ? "No saved assessment matches.\n" : "No saved assessments in \(directory).\n"
        }
        var rows: [[String]] = [
            ["ID", "ORGANIZATION", "QUESTIONNAIRE", "MODE", "STATUS", "ANSWERED", "UPDATED", "RATING", "NEED", "CONFIDENCE"]
        ]
        rows.reserveCapacity(summaries.count + 1)
        for summary in summaries {
            rows.append([
                summary.id, TableCell.name(summary.organization), questionnaireLabel(summary),
                summary.mode.rawValue, summary.status.rawValue, "\(summary.answered)/\(summary.shown)",
                Timestamp.minute(summary.updated, in: zone), ratingCell(summary.outcome),
                summary.outcome.map { TableCell.need($0.need, low: $0.low, high: $0.high) } ?? "-",
                summary.outcome?.confidence.rawValue ?? "-",
            ])
        }
        return TextTable.render(rows)
    }

    /// The table's rating: the id, "too early" while the result is provisional (`report` and `show` then
    /// say "Not enough known yet" and state no rating), "-" for a draft.
    static func ratingCell(_ outcome: AssessmentSummary.Outcome?) -> String {
        guard let outcome else { return "-" }
        return outcome.provisional ? "too early" : outcome.rating.rawValue
    }

    /// `co-managed-readiness v1`: an assessment is always read with the version it was answered under.
    static func questionnaireLabel(_ summary: AssessmentSummary) -> String {
        "\(summary.questionnaireID) v\(summary.answeredVersion)"
    }

    /// The listing as JSON: the data folder, each assessment with its file's `path(id)`, and the files that
    /// could not be read, each with its place when it has one.
    public static func json(
        _ summaries: [AssessmentSummary], problems: [StoreProblem], directory: String, path: (String) -> String
    ) -> JSONValue {
        .object([
            ("dataDir", .string(directory)),
            (
                "assessments",
                .array(
                    summaries.map { summary in
                        .object([
                            ("id", .string(summary.id)),
                            ("organization", .string(summary.organization)),
                            ("assessor", .string(summary.assessor)),
                            (
                                "questionnaire",
                                .object([
                                    ("id", .string(summary.questionnaireID)),
                                    ("version", .string(summary.answeredVersion)),
                                    ("readWithVersion", .string(summary.scoredVersion)),
                                ])
                            ),
                            ("mode", .string(summary.mode.rawValue)),
                            ("status", .string(summary.status.rawValue)),
                            ("answered", .integer(summary.answered)),
                            ("total", .integer(summary.shown)),
                            ("created", .string(Timestamp.format(summary.created))),
                            ("updated", .string(Timestamp.format(summary.updated))),
                            // The rating stays for the contract; `provisional` says whether it may be stated.
                            ("rating", summary.rating.map { .string($0.rawValue) } ?? .null),
                            ("provisional", summary.outcome.map { .bool($0.provisional) } ?? .null),
                            ("need", summary.outcome.map { .integer($0.need) } ?? .null),
                            ("range", summary.outcome.map { .object([("low", .integer($0.low)), ("high", .integer($0.high))]) } ?? .null),
                            ("confidence", summary.outcome.map { .string($0.confidence.rawValue) } ?? .null),
                            ("path", .string(path(summary.id))),
                        ])
                    })
            ),
            (
                "problems",
                .array(
                    problems.map { problem in
                        var entries: [(String, JSONValue)] = [("path", .string(problem.path))]
                        if let location = problem.location {
                            entries.append(("line", .integer(location.line)))
                            entries.append(("column", .integer(location.column)))
                        }
                        entries.append(("message", .string(problem.message)))
                        return .object(entries)
                    })
            ),
        ])
    }
}
