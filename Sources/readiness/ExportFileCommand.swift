import ArgumentParser
import ReadinessCore
import ReadinessStore

/// `readiness export-file ID -o FILE`: a saved assessment as a portable assessment file.
struct ExportFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-file",
        abstract: "Write a saved assessment as a portable assessment file.",
        discussion: """
            The file is the same JSON the store keeps (see 'readiness template'): it can be emailed, \
            attached to a ticket, kept in git, scored with 'readiness report FILE' and added to another \
            store with 'readiness import FILE'. Written owner-only (0600), whole or not at all; an existing \
            file is only replaced with --force, and a symbolic link is followed and stays a link (a link to \
            nothing, or another user's link in a folder everyone can write, is refused). A device, a named \
            pipe with a reader or a standard stream (-o /dev/stdout, /dev/null, a FIFO) is written into as \
            it is, never replaced. Without -o it is printed.
            """)

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions

    @Argument(help: ArgumentHelp("The assessment's id, or a unique start of it.", valueName: "id"))
    var id: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        try reportingStoreFailures {
            let store = try data.store(questionnaires: questionnaires.catalog())
            let id = try store.resolve(id)
            let read = try store.read(id)
            let text = AssessmentFile.encode(read.assessment, questionnaire: read.questionnaire)
            guard let output else {
                try StandardOutput.write(text)
                return
            }
            let target = try OutputFile.write(Array(text.utf8), to: output, permissions: 0o600, replace: force)
            // Only after writing a file: on -o /dev/stdout the line would end up inside the assessment file.
            if case .file = target { try StandardOutput.write("Wrote \(TerminalText.sanitizedLine(output)).\n") }
        }
    }
}
