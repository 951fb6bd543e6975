import ArgumentParser
import ReadinessCore
import ReadinessReports
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `readiness list`: the saved assessments, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List saved assessments, newest first.",
        discussion: """
            Shows id, organization (cut to 40 columns; --json gives it whole), questionnaire, mode, \
            status, answered/shown questions, when it was last updated (local time) and, once complete, \
            the rating, the need with its range, and the confidence: the same as 'report' and 'show' give. \
            --csv gives the same rows, whole, with the assessor and both dates, for a spreadsheet or a CRM. \
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

    @Flag(help: "Print CSV (RFC 4180: a header row, then a row per assessment), for a spreadsheet or a CRM.")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv cannot be combined: choose one format") }
    }

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
            if csv {
                try StandardOutput.write(ListingRenderer.csv(shown))
            } else if json {
                try StandardOutput.write(
                    ListingRenderer.json(shown, problems: listing.problems, directory: store.directory, path: store.path(of:)).rendered())
            } else {
                let filtered = needle != nil || status != nil || assessor != nil
                // Local time: a terminal user reads their own clock.
                try StandardOutput.write(ListingRenderer.table(shown, filtered: filtered, directory: store.directory, zone: .current))
            }
            for problem in listing.problems {
                writeStandardError("readiness: warning: skipped \(TerminalText.sanitizedLine(problem.description))\n")
            }
        }
    }
}

extension Assessment.Status: ExpressibleByArgument {}
