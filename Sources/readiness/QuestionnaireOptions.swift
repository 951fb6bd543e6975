import ArgumentParser
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Where questionnaires come from; shared by every command that reads them.
struct QuestionnaireOptions: ParsableArguments {
    @Option(
        name: .customLong("questionnaires"),
        help: ArgumentHelp("The folder of questionnaires (default: the shipped ones).", valueName: "dir"))
    var folder: String?

    /// The questionnaire folder, found as questionnaires/README.md describes.
    func locateFolder() throws -> String {
        let environment = ProcessInfo.processInfo.environment["READINESS_QUESTIONNAIRES"].flatMap { $0.isEmpty ? nil : $0 }
        guard
            let folder = QuestionnaireCatalog.locate(
                explicit: folder ?? environment,
                executablePath: Self.executablePath,
                buildTimeFolder: Self.sourceTreeFolder)
        else {
            throw CommandFailure(
                message: "cannot find the questionnaires folder; pass --questionnaires DIR or set READINESS_QUESTIONNAIRES",
                code: ExitStatus.fileSystem)
        }
        return folder
    }

    /// The catalog of the questionnaire folder.
    func catalog() throws -> QuestionnaireCatalog {
        try QuestionnaireCatalog(directory: locateFolder())
    }

    /// The path of the running executable, resolved through /proc so symlinks lead to the real file.
    static var executablePath: String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    }

    /// The shipped questionnaires in the source tree this binary was built from.
    static var sourceTreeFolder: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("questionnaires").path
    }
}
