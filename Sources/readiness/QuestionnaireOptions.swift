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
        try Self.locateFolder(explicit: folder)
    }

    /// The catalog of the questionnaire folder.
    func catalog() throws -> QuestionnaireCatalog {
        try Self.catalog(explicit: folder)
    }

    /// The questionnaire folder given as `--questionnaires` (nil: not given), else the environment's or
    /// the shipped one.
    static func locateFolder(explicit folder: String?) throws -> String {
        let environment = ProgramEnvironment.variables["READINESS_QUESTIONNAIRES"].flatMap { $0.isEmpty ? nil : $0 }
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

    /// The catalog of the questionnaire folder given as `--questionnaires` (nil: not given), with the
    /// questionnaires read before kept compiled in the cache folder (none without a home folder).
    static func catalog(explicit folder: String?) throws -> QuestionnaireCatalog {
        let cache = DataFolder.cacheFolder(environment: ProgramEnvironment.variables, home: DataFolder.passwordDatabaseHome())
        return try QuestionnaireCatalog(
            directory: locateFolder(explicit: folder),
            compiled: cache.map { CompiledQuestionnaireCache(folder: $0 + "/questionnaires", stamp: StoreOptions.programStamp) })
    }

    /// The path of the running executable, resolved through /proc so symlinks lead to the real file.
    static var executablePath: String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    }

    /// The shipped questionnaires in the source tree this binary was built from: this file is
    /// `Sources/readiness/QuestionnaireOptions.swift` there (cut as bytes: `URL`, or searching the
    /// characters, costs more than the rest of finding the folder).
    static var sourceTreeFolder: String {
        let path = #filePath
        var end = path.utf8.endIndex
        for _ in 0..<3 { end = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) ?? path.utf8.startIndex }
        return String(path[..<end]) + "/questionnaires"
    }
}
