import ArgumentParser
import ReadinessReports
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// Where saved assessments live; shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "The folder of saved assessments (default: READINESS_DATA_DIR, else $XDG_DATA_HOME/readiness/assessments, else ~/.local/share/readiness/assessments).",
            valueName: "dir"))
    var dataDirectory: String?

    /// The data folder, found as README.md ("Where data lives") describes.
    func directory() throws -> String {
        try Self.directory(explicit: dataDirectory)
    }

    /// The store in the data folder, reading assessments with the catalog's questionnaires.
    func store(questionnaires: QuestionnaireCatalog) throws -> FileAssessmentStore {
        try Self.store(explicit: dataDirectory, questionnaires: questionnaires)
    }

    /// The data folder given as `--data-dir` (nil: not given), else the environment's or the default.
    static func directory(explicit dataDirectory: String?) throws -> String {
        let environment = ProgramEnvironment.variables
        guard let folder = DataFolder.locate(explicit: dataDirectory, environment: environment, home: DataFolder.passwordDatabaseHome())
        else {
            throw CommandFailure(
                message: "cannot find a home folder for saved assessments; pass --data-dir DIR or set READINESS_DATA_DIR",
                code: ExitStatus.usage)
        }
        return folder
    }

    /// The store in the data folder given as `--data-dir` (nil: not given), reading assessments with the
    /// catalog's questionnaires.
    static func store(explicit dataDirectory: String?, questionnaires: QuestionnaireCatalog) throws -> FileAssessmentStore {
        let folder = try directory(explicit: dataDirectory)
        let environment = ProgramEnvironment.variables
        let cache = DataFolder.listingCachePath(forDataFolder: folder, environment: environment, home: DataFolder.passwordDatabaseHome())
            .map { ListingCache(path: $0, stamp: Self.programStamp) }
        return FileAssessmentStore(directory: folder, questionnaires: questionnaires, cache: cache)
    }

    /// What `report ID|FILE` reads: an existing file wins; otherwise a saved assessment's id or unique
    /// prefix. Something that is neither is reported as a missing file (74), as before ids were accepted.
    func assessmentOrFile(_ source: String, catalog: QuestionnaireCatalog) throws -> AssessmentDocument.Read {
        if access(source, F_OK) == 0 || !AssessmentID.isValid(source) {
            let loaded = try AssessmentFileLoader.load(path: source, catalog: catalog)
            return AssessmentDocument.Read(assessment: loaded.assessment, questionnaire: loaded.questionnaire)
        }
        let store = try store(questionnaires: catalog)
        do throws(StoreError) {
            return try store.read(store.resolve(source))
        } catch .notFound {
            throw CommandFailure(
                message: "\(source): no such file, and no saved assessment with that id ('readiness list' shows them)",
                code: ExitStatus.fileSystem)
        } catch let .invalid(problem) where problem.details != nil {
            writeStandardError(problem.details ?? "")
            throw ExitCode(ExitStatus.invalidData)
        } catch {
            throw CommandFailure(error)
        }
    }

    /// This build of the program: the version and the executable's size and time, so remembered list rows
    /// are never reused by a build that might count or score them differently.
    /// Worked out once: the catalog's compiled copies and the listing cache both ask for it.
    static let programStamp: String = {
        var stamp = ProgramIdentity.version
        if let path = QuestionnaireOptions.executablePath {
            var info = stat()
            if stat(path, &info) == 0 {
                stamp += " \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
            }
        }
        return stamp
    }()
}
