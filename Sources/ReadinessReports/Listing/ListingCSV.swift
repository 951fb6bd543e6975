import ReadinessCore
import ReadinessStore

/// `readiness list --csv`: the listing as RFC 4180 CSV, for a spreadsheet or a CRM import.
///
/// A header row, then a row per assessment in the table's order; fields are quoted when they hold a
/// comma, a quote or a line break, and lines end in CRLF. A cell a spreadsheet would take as a formula
/// (one starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so an
/// organization named `=HYPERLINK(...)` stays text. Names pass through `TerminalText.sanitizedLine`, as
/// in the table, so the output is safe to print: no control character or escape sequence gets through,
/// and invisible characters show as `<U+200B>`. The `provisional` column is last, so a script reading
/// the earlier columns by position keeps working; it is `true` when too little is known to state the
/// rating (the rating is then only the likeliest), empty for a draft.
extension ListingRenderer {
    /// The columns, in order.
    static let csvHeader = [
        "id", "organization", "assessor", "questionnaire", "version", "mode", "status", "answered", "shown",
        "created", "updated", "rating", "need", "need_low", "need_high", "confidence", "provisional",
    ]

    /// The rows as CSV: the header alone when there are none. Times are UTC in ISO 8601, like the JSON.
    public static func csv(_ summaries: [AssessmentSummary]) -> String {
        var rows = [csvHeader]
        rows.reserveCapacity(summaries.count + 1)
        for summary in summaries {
            let outcome = summary.outcome
            rows.append([
                summary.id, TerminalText.sanitizedLine(summary.organization), TerminalText.sanitizedLine(summary.assessor),
                summary.questionnaireID, summary.answeredVersion,
                summary.mode.rawValue, summary.status.rawValue, String(summary.answered), String(summary.shown),
                Timestamp.format(summary.created), Timestamp.format(summary.updated), summary.rating?.rawValue ?? "",
                outcome.map { String($0.need) } ?? "", outcome.map { String($0.low) } ?? "", outcome.map { String($0.high) } ?? "",
                outcome?.confidence.rawValue ?? "", outcome.map { $0.provisional ? "true" : "false" } ?? "",
            ])
        }
        return rows.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field: guarded against formulas, then quoted when it must be.
    static func csvField(_ value: String) -> String {
        var field = value
        if let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { field = "'" + field }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
