import ArgumentParser
import ReadinessCore
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// `readiness delete ID`: removes a saved assessment, after asking.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a saved assessment.",
        discussion: """
            Asks for confirmation on a terminal unless --yes is given; without a terminal it refuses \
            (exit 64) unless --yes is given. An assessment open in an interview elsewhere is not deleted \
            (exit 75), nor one saved again while the question was waiting for an answer (exit 75).
            """)

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions

    @Argument(help: ArgumentHelp("The assessment's id, or a unique start of it.", valueName: "id"))
    var id: String

    @Flag(name: [.short, .long], help: "Delete without asking.")
    var yes = false

    func run() throws {
        try reportingStoreFailures {
            let store = try data.store(questionnaires: questionnaires.catalog())
            let id = try store.resolve(id)
            // What the question describes: if the file changes while the user answers, they agreed to
            // delete something else.
            let asked = try store.revision(of: id)
            // Name what is about to go; a file that cannot be read can still be deleted.
            let description =
                (try? store.load(id)).map { assessment in
                    "\(id) (\(assessment.organization.isEmpty ? "unnamed organization" : assessment.organization), \(assessment.status.rawValue), updated \(Timestamp.format(assessment.updated)))"
                } ?? id
            if !yes {
                guard isatty(0) == 1 else {
                    throw CommandFailure(
                        message: "not deleting \(id) without confirmation: standard input is not a terminal; pass --yes to delete it",
                        code: ExitStatus.usage)
                }
                writeStandardError("Delete assessment \(TerminalText.sanitizedLine(description))? This cannot be undone. [y/N] ")
                let answer = readLine()?.trimmingSpaces().lowercased() ?? ""
                guard answer == "y" || answer == "yes" else {
                    writeStandardError("Nothing deleted.\n")
                    return
                }
            }
            guard try store.revision(of: id) == asked else {
                throw CommandFailure(
                    message:
                        "not deleting \(id): it was saved again while you were asked; nothing deleted ('readiness show \(id)' shows it now; run delete again to delete it)",
                    code: ExitStatus.locked)
            }
            try store.delete(id)
            try StandardOutput.write("Deleted assessment \(TerminalText.sanitizedLine(description)).\n")
        }
    }
}
