import Dispatch
import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The questionnaires in one folder, loaded and checked.
public struct QuestionnaireCatalog: Sendable {
    /// One file of the folder: its questionnaire, or why it cannot be used.
    public struct Entry: Sendable {
        /// The file's path.
        public let path: String
        /// The questionnaire or the problems in it.
        public let result: Result<Questionnaire, QuestionnaireFileError>
    }

    /// The id used when none is asked for.
    public static let defaultID = "co-managed-readiness"

    /// The folder read.
    public let directory: String
    /// Every questionnaire file in it, in name order.
    public let entries: [Entry]

    /// Reads every `.yaml` and `.yml` file in a folder, several at once on as many cores as there are
    /// (each file is read and checked on its own; the entries keep the files' name order).
    public init(directory: String) throws(FileError) {
        self.directory = directory
        let paths = try FileReader.names(inDirectory: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { name in directory.hasSuffix("/") ? directory + name : directory + "/" + name }
        let slots = LoadSlots(count: paths.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: paths.count, by: workers) {
                let path = paths[index]
                slots.set(index, Entry(path: path, result: Result { () throws(QuestionnaireFileError) in try Self.load(path: path) }))
            }
        }
        entries = slots.values
    }

    /// The questionnaires that loaded, in file order.
    public var questionnaires: [Questionnaire] {
        entries.compactMap { try? $0.result.get() }
    }

    /// A file holding the same questionnaire id and version as an earlier one: only the first is used.
    public struct Shadowed: Sendable, Equatable {
        /// The file that is not used.
        public let path: String
        /// The earlier file (in name order) that is.
        public let usedPath: String
        /// The id and version both files give.
        public let id: String, version: String

        /// The files among `loaded` (in the order they are read) that repeat an earlier one's id and version.
        public static func find(in loaded: [(path: String, questionnaire: Questionnaire)]) -> [Shadowed] {
            var first: [String: String] = [:]
            var found: [Shadowed] = []
            for (path, questionnaire) in loaded {
                let key = questionnaire.id + "\u{0}" + questionnaire.version
                if let usedPath = first[key] {
                    found.append(Shadowed(path: path, usedPath: usedPath, id: questionnaire.id, version: questionnaire.version))
                } else {
                    first[key] = path
                }
            }
            return found
        }
    }

    /// Files that repeat the id and version of an earlier file, which wins wherever either is asked for.
    public var shadowed: [Shadowed] {
        Shadowed.find(in: entries.compactMap { entry in (try? entry.result.get()).map { (entry.path, $0) } })
    }

    /// The questionnaire new work uses: the newest version of `id` (versions compared as numbers, never by
    /// file name), or exactly the version asked for as `id@version`; else an error that lists what is
    /// available.
    public func questionnaire(id reference: String) throws(CatalogError) -> Questionnaire {
        let (id, version) = Self.split(reference)
        if let version {
            if let found = questionnaire(id: id, version: version) { return found }
            let installed = versions(of: id)
            if !installed.isEmpty { throw .unknownVersion(id: id, version: version, installed: installed) }
        } else if let found = newest(id: id) {
            return found
        }
        if let broken = entries.first(where: { entry in
            if case .failure = entry.result { return entry.path.hasSuffix("/\(id).yaml") || entry.path.hasSuffix("/\(id).yml") }
            return false
        }), case .failure(let error) = broken.result {
            throw .invalid(error)
        }
        throw .unknown(id: id, available: availableIDs, directory: directory)
    }

    /// `id@version` as its id and version; a reference without `@` names the id alone.
    static func split(_ reference: String) -> (id: String, version: String?) {
        guard let at = reference.lastIndex(of: "@") else { return (reference, nil) }
        return (String(reference[..<at]), String(reference[reference.index(after: at)...]))
    }

    /// The newest version of each questionnaire id, in id order: what a new assessment can be started with.
    public var newestVersions: [Questionnaire] {
        availableIDs.sorted().compactMap { newest(id: $0) }
    }

    /// Loads and checks one questionnaire file.
    public static func load(path: String) throws(QuestionnaireFileError) -> Questionnaire {
        let bytes: [UInt8]
        do { bytes = try FileReader.bytes(atPath: path) } catch { throw .file(error) }
        do {
            let file = try SourceFile.decoding(path: path, bytes: bytes)
            return try QuestionnaireLoader.load(file, includes: readInclude)
        } catch {
            throw .invalid(error)
        }
    }

    /// Finds the questionnaire folder: an explicit one, then beside the executable, then the installed
    /// share folder, then the source tree recorded at build time.
    public static func locate(explicit: String?, executablePath: String?, buildTimeFolder: String?) -> String? {
        if let explicit { return explicit }
        var candidates: [String] = []
        if let executablePath {
            let folder = parent(of: executablePath)
            candidates.append(folder + "/questionnaires")
            candidates.append(parent(of: folder) + "/share/readiness/questionnaires")
        }
        if let buildTimeFolder { candidates.append(buildTimeFolder) }
        return candidates.first(where: FileReader.isDirectory)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// Why a questionnaire file cannot be used: it cannot be read (74) or it is invalid (65).
public enum QuestionnaireFileError: Error, Sendable {
    case file(FileError)
    case invalid(DiagnosticsError)
}

/// Why a questionnaire cannot be found.
public enum CatalogError: Error, Sendable {
    case unknown(id: String, available: [String], directory: String)
    case invalid(QuestionnaireFileError)
    /// `id@version` names a version that is not installed; `installed` lists those that are, newest first.
    case unknownVersion(id: String, version: String, installed: [String])
}

/// One slot per questionnaire file, each written by exactly one loading thread and read once all are done.
private final class LoadSlots: @unchecked Sendable {
    private var slots: [QuestionnaireCatalog.Entry?]
    private let lock = ThreadLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ entry: QuestionnaireCatalog.Entry) { lock.withLock { slots[index] = entry } }

    /// The entries in order; read after every writer is done, when each slot is filled.
    var values: [QuestionnaireCatalog.Entry] { lock.withLock { slots.compactMap { $0 } } }
}
