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
#elseif canImport(Darwin)
    import Darwin
#endif

/// `readiness import FILE...`: checks portable assessment files and copies them into the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Check assessment files and add them to the saved assessments.",
        discussion: """
            Each file is checked against its questionnaire first; an invalid one is reported like \
            'readiness report' reports it (exit 65) and not added. A file keeps its id unless that id is \
            taken, is not a valid id (lower-case letters, digits, '-' and '_') or is the template's \
            placeholder 'template'; then it gets a new one. \
            '-' reads one file from standard input. The original files are left as they are.
            """)

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions

    @Argument(help: ArgumentHelp("Assessment files ('-' for standard input).", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one assessment file to import") }
    }

    func run() throws {
        try reportingStoreFailures {
            let catalog = try questionnaires.catalog()
            let store = try data.store(questionnaires: catalog)
            var worst: Int32 = 0
            for file in files {
                do {
                    let (path, bytes) = try Self.read(file)
                    let read = try AssessmentDocument.read(bytes, path: path, questionnaires: catalog)
                    var incoming = read.assessment
                    let isPlaceholder = incoming.id == Self.templateID
                    if isPlaceholder { incoming.id = try store.newID() }
                    let stored = try store.add(incoming)
                    let why =
                        isPlaceholder
                        ? "is the template's placeholder" : AssessmentID.isValid(read.assessment.id) ? "was taken" : "is not a valid id"
                    let renamed = stored.id == read.assessment.id ? "" : " (its id '\(read.assessment.id)' \(why))"
                    try StandardOutput.write(TerminalText.sanitizedLine("Imported \(path) as \(stored.id)\(renamed).") + "\n")
                } catch {
                    // Report this file and go on with the others; the exit code is the worst one seen.
                    do {
                        try reportingStoreFailures { throw error }
                    } catch let exit as ExitCode {
                        worst = max(worst, exit.rawValue)
                    }
                }
            }
            if worst != 0 { throw ExitCode(worst) }
        }
    }

    /// The id `readiness template` writes: a placeholder, never kept.
    static let templateID = "template"

    /// The bytes of a file, or of standard input for `-`.
    static func read(_ file: String) throws -> (path: String, bytes: [UInt8]) {
        guard file == "-" else { return (file, try FileReader.bytes(atPath: file, acceptingStreams: true)) }
        return ("<stdin>", readStandardInput())
    }
}

/// Everything on standard input, to its end (outside the command, where `read` is the C library's).
private func readStandardInput() -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
        if count > 0 { bytes += buffer[..<count] } else if count == 0 || errno != EINTR { break }
    }
    return bytes
}
