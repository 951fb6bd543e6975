import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessStore

/// `readiness list`: the saved assessments, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List saved assessments, newest first.",
        discussion: """
            Shows id, organization (cut to 40 columns; --json gives it whole), questionnaire, mode, \
            status, answered/shown questions, when it was last updated (local time) and, once complete, \
            the rating, the need with its range, and the confidence: the same as 'report' and 'show' give. \
            A stored file that cannot be read is reported on standard error with its path and \
            what is wrong, and the others are still listed.
            """)

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions

    @Option(help: ArgumentHelp("Only organizations whose name contains this text (any case).", valueName: "text"))
    var org: String?

    @Option(help: ArgumentHelp("Only assessments by this assessor (any case, part of the name).", valueName: "name"))
    var assessor: String?

    @Option(help: ArgumentHelp("Only drafts or only complete ones: draft or complete.", valueName: "status"))
    var status: Assessment.Status?

    @Flag(help: "Print one JSON object, for other programs.")
    var json = false

    func run() throws {
        try reportingStoreFailures {
            let store = try data.store(questionnaires: questionnaires.catalog())
            let listing = store.listing()
            // The folder itself unusable (a file, no permission): an error, not "no saved assessments".
            if let folderProblem = listing.problems.first(where: { $0.path == store.directory }) {
                throw CommandFailure(message: TerminalText.sanitizedLine(folderProblem.description), code: ExitStatus.fileSystem)
            }
            let needle = org.map { $0.lowercased() }
            let shown = listing.summaries.filter { summary in
                (status == nil || summary.status == status)
                    && (needle.map { summary.organization.lowercased().contains($0) } ?? true)
                    && (assessor.map { summary.assessor.lowercased().contains($0.lowercased()) } ?? true)
            }
            if json {
                try StandardOutput.write(Self.json(shown, problems: listing.problems, store: store).rendered())
            } else {
                try StandardOutput.write(Self.table(shown, filtered: needle != nil || status != nil || assessor != nil, store: store))
            }
            for problem in listing.problems {
                writeStandardError("readiness: warning: skipped \(TerminalText.sanitizedLine(problem.description))\n")
            }
        }
    }

    /// The rows as a table, or a sentence when there are none.
    static func table(_ summaries: [AssessmentSummary], filtered: Bool, store: FileAssessmentStore) -> String {
        if summaries.isEmpty {
            return filtered ? "No saved assessment matches.\n" : "No saved assessments in \(store.directory).\n"
        }
        let zone = TimeZone.current // local time: a terminal user reads their own clock
        var rows: [[String]] = [["ID", "ORGANIZATION", "QUESTIONNAIRE", "MODE", "STATUS", "ANSWERED", "UPDATED", "RATING", "NEED", "CONFIDENCE"]]
        rows.reserveCapacity(summaries.count + 1)
        for summary in summaries {
            rows.append([
                summary.id, organizationCell(summary.organization), questionnaireLabel(summary),
                summary.mode.rawValue, summary.status.rawValue, "\(summary.answered)/\(summary.shown)",
                Timestamp.minute(summary.updated, in: zone), summary.rating?.rawValue ?? "-",
                summary.outcome.map { needCell(need: $0.need, low: $0.low, high: $0.high) } ?? "-", summary.outcome?.confidence.rawValue ?? "-",
            ])
        }
        return render(rows)
    }

    /// The need as its table cell: `64 (52-70)`, or `77` when every answer is known.
    static func needCell(need: Int, low: Int, high: Int) -> String {
        high > low ? "\(need) (\(low)-\(high))" : String(need)
    }

    /// The most columns an organization takes in the table. Every row is padded to the widest name, and a
    /// name read from an imported file may be megabytes long (`--json` keeps it whole).
    static let organizationWidth = 40

    /// The most of a name's Unicode scalars looked at for its cell: far more than 40 columns need, even with
    /// escape sequences and combining marks among them, so a name megabytes long costs what a short one does.
    static let organizationScalarsRead = 4096

    /// An organization as its table cell: made safe to print, then cut to `organizationWidth` with "…".
    static func organizationCell(_ organization: String) -> String {
        if organization.isEmpty { return "-" }
        let scalars = organization.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: organizationScalarsRead, limitedBy: scalars.endIndex) ?? scalars.endIndex
        // Sanitized before it is cut, so that a cut can never leave half an escape sequence; tabs become
        // spaces first, as `render` does, since a tab counts no columns but a terminal draws several.
        let clean = TerminalText.fieldLine(String(scalars[..<end]))
        guard end < scalars.endIndex else { return TextWrap.truncate(clean, width: organizationWidth) }
        // Only the start was read, so the name goes on: cut, even if what was read would fit.
        return String(TextWrap.split(Substring(clean), at: organizationWidth - 1).0) + "…"
    }

    /// Left-aligned columns two spaces apart, like `TextTable`, made for thousands of rows: each cell is
    /// measured once, and plain ASCII (nearly every cell) skips sanitizing and width tables.
    static func render(_ rows: [[String]]) -> String {
        let cells: [[(text: String, width: Int)]] = rows.map { row in
            row.map { cell in
                if cell.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return (cell, cell.utf8.count) }
                let clean = TerminalText.fieldLine(cell)
                return (clean, DisplayWidth.of(clean))
            }
        }
        var widths = [Int](repeating: 0, count: rows.first?.count ?? 0)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.width) }
        }
        var out = ""
        out.reserveCapacity(rows.count * (widths.reduce(0, +) + 2 * widths.count + 1))
        for row in cells {
            for (index, cell) in row.enumerated() {
                out += cell.text
                if index < row.count - 1 {
                    out += String(repeating: " ", count: widths[index] - cell.width + 2)
                }
            }
            out += "\n"
        }
        return out
    }

    /// `co-managed-readiness v1`: an assessment is always read with the version it was answered under.
    static func questionnaireLabel(_ summary: AssessmentSummary) -> String {
        "\(summary.questionnaireID) v\(summary.answeredVersion)"
    }

    static func json(_ summaries: [AssessmentSummary], problems: [StoreProblem], store: FileAssessmentStore) -> JSONValue {
        .object([
            ("dataDir", .string(store.directory)),
            ("assessments", .array(summaries.map { summary in
                .object([
                    ("id", .string(summary.id)),
                    ("organization", .string(summary.organization)),
                    ("assessor", .string(summary.assessor)),
                    ("questionnaire", .object([
                        ("id", .string(summary.questionnaireID)),
                        ("version", .string(summary.answeredVersion)),
                        ("readWithVersion", .string(summary.scoredVersion)),
                    ])),
                    ("mode", .string(summary.mode.rawValue)),
                    ("status", .string(summary.status.rawValue)),
                    ("answered", .integer(summary.answered)),
                    ("total", .integer(summary.shown)),
                    ("created", .string(Timestamp.format(summary.created))),
                    ("updated", .string(Timestamp.format(summary.updated))),
                    ("rating", summary.rating.map { .string($0.rawValue) } ?? .null),
                    ("need", summary.outcome.map { .integer($0.need) } ?? .null),
                    ("range", summary.outcome.map { .object([("low", .integer($0.low)), ("high", .integer($0.high))]) } ?? .null),
                    ("confidence", summary.outcome.map { .string($0.confidence.rawValue) } ?? .null),
                    ("path", .string(store.path(of: summary.id))),
                ])
            })),
            ("problems", .array(problems.map { problem in
                var entries: [(String, JSONValue)] = [("path", .string(problem.path))]
                if let location = problem.location {
                    entries.append(("line", .integer(location.line)))
                    entries.append(("column", .integer(location.column)))
                }
                entries.append(("message", .string(problem.message)))
                return .object(entries)
            })),
        ])
    }
}

extension Assessment.Status: ExpressibleByArgument {}
