import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The questionnaires in one folder: indexed up front by each file's top-level keys, read and checked
/// one file at a time when first needed, and kept.
///
/// A command needs one questionnaire (or the newest of each for the start screen), and reading and
/// checking a file costs far more than starting the program, so the catalog reads only what is asked
/// for. Every answer is the one reading every file would give: a file is used only when its full read
/// succeeds, and the index (see `Header`) only decides which files to read first. `entries` and
/// `questionnaires` still read every file, for `validate`, `questionnaires` and listings.
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
    /// Every questionnaire file in it, in name order, as its top-level keys give it.
    public let headers: [Header]
    /// Each file's full read, made on first use.
    private let reads: LoadSlots
    /// Where questionnaires read before are kept compiled; nil reads every file from its YAML.
    public let compiled: CompiledQuestionnaireCache?

    /// Lists every `.yaml` and `.yml` file in a folder and scans each one's top-level keys; no file is
    /// read whole yet. With `compiled`, a file read whole before by the same build is taken from its
    /// compiled copy while the file is unchanged (see `CompiledQuestionnaireCache`).
    public init(directory: String, compiled: CompiledQuestionnaireCache? = nil) throws(FileError) {
        self.directory = directory
        self.compiled = compiled
        let paths = try FileReader.names(inDirectory: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { name in directory.hasSuffix("/") ? directory + name : directory + "/" + name }
        headers = paths.map(Header.scan(path:))
        reads = LoadSlots(count: paths.count)
    }

    /// The file at `index` read and checked: read now if it has not been.
    func entry(_ index: Int) -> Entry {
        if let read = reads.value(index) { return read }
        let path = headers[index].path
        return reads.fill(index) {
            Entry(path: path, result: Result { () throws(QuestionnaireFileError) in try Self.load(path: path, compiled: compiled) })
        }
    }

    /// Every file read and checked, in name order; the files not read yet are read several at once on as
    /// many cores as there are (each on its own).
    public var entries: [Entry] {
        let missing = headers.indices.filter { reads.value($0) == nil }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, missing.count))
        OwnThreads.perform(workers) { worker in
            for slot in stride(from: worker, to: missing.count, by: workers) { _ = entry(missing[slot]) }
        }
        return headers.indices.map(entry)
    }

    /// The files read whole so far, in name order (every other file was only indexed).
    var readPaths: [String] {
        headers.indices.filter { reads.value($0) != nil }.map { headers[$0].path }
    }

    /// The questionnaires that loaded, in file order (every file is read).
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

    /// Loads and checks one questionnaire file, or takes it from `compiled` when its copy there can be
    /// trusted (and keeps it there when it loads).
    public static func load(path: String, compiled: CompiledQuestionnaireCache? = nil) throws(QuestionnaireFileError) -> Questionnaire {
        let bytes: [UInt8]
        do { bytes = try FileReader.bytes(atPath: path) } catch { throw .file(error) }
        if let compiled, let kept = compiled.questionnaire(at: path, bytes: bytes) { return kept }
        let included = IncludedFiles()
        let questionnaire: Questionnaire
        do {
            let file = try SourceFile.decoding(path: path, bytes: bytes)
            questionnaire = try QuestionnaireLoader.load(file, includes: compiled == nil ? readInclude : included.read)
        } catch {
            throw .invalid(error)
        }
        if let compiled, let main = CompiledQuestionnaireCache.Source.current(path, bytes: bytes) {
            compiled.keep(questionnaire, from: [main] + included.sources)
        }
        return questionnaire
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

/// One slot per questionnaire file, filled by the first full read of that file and kept. A file is read
/// once: a thread that asks while another is reading it waits for that read (the interview reads the
/// questionnaire it will start on the other core while the start screen lists drafts of the same one).
final class LoadSlots: @unchecked Sendable {
    private var slots: [QuestionnaireCatalog.Entry?]
    private let lock = ThreadLock()
    /// Held while a slot is being filled, one for each slot, so files are still read several at once.
    private let filling: [ThreadLock]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
        filling = (0..<count).map { _ in ThreadLock() }
    }

    func value(_ index: Int) -> QuestionnaireCatalog.Entry? { lock.withLock { slots[index] } }

    /// The slot's entry, made by `read` when the slot is empty; another thread filling it is waited for.
    func fill(_ index: Int, _ read: () -> QuestionnaireCatalog.Entry) -> QuestionnaireCatalog.Entry {
        filling[index].withLock {
            if let kept = value(index) { return kept }
            let entry = read()
            lock.withLock { slots[index] = entry }
            return entry
        }
    }
}
