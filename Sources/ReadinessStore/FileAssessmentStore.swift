import ReadinessCore

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

/// Saved assessments on disk: one assessment file (`<id>.json`) per assessment in one folder, with its
/// editing lock beside it (`<id>.lock`) while someone edits it.
///
/// Plain files on purpose: they can be emailed, kept in git and synced through a team's shared folder.
/// The folder is created 0700 and every file written 0600. Each save goes through `AtomicFile`, so a file
/// is always the old version or the new one. The folder is created on the first write; reading a folder
/// that does not exist yet finds nothing.
public final class FileAssessmentStore: AssessmentStore, @unchecked Sendable {
    /// The folder.
    public let directory: String
    private let questionnaires: QuestionnaireSource
    private let cache: ListingCache?
    private let fingerprintMutex = ThreadLock()
    private var knownFingerprints: [String: String?] = [:]

    /// A store in `directory`, reading assessments with these questionnaires, remembering list rows in
    /// `cache` when one is given.
    public init(directory: String, questionnaires: QuestionnaireSource, cache: ListingCache? = nil) {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.questionnaires = questionnaires
        self.cache = cache
    }

    /// The path of an assessment's file.
    public func path(of id: String) -> String { "\(directory)/\(id).json" }

    /// The path of an assessment's lock file.
    func lockPath(of id: String) -> String { "\(directory)/\(id).lock" }

    /// Writes an assessment, replacing its earlier version.
    public func save(_ assessment: Assessment) throws(StoreError) {
        try write(assessment, replace: true)
    }

    /// Stores a new assessment, refusing an id that is taken.
    public func insert(_ assessment: Assessment) throws(StoreError) {
        try write(assessment, replace: false)
    }

    /// Reads an assessment by id.
    public func load(_ id: String) throws(StoreError) -> Assessment {
        try read(id).assessment
    }

    /// Loads an assessment together with the questionnaire it was read with.
    public func read(_ id: String) throws(StoreError) -> AssessmentDocument.Read {
        guard AssessmentID.isValid(id) else { throw .notFound(id) }
        let path = path(of: id)
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(atPath: path, followingLinks: false)
        } catch {
            if !FileReader.isLink(path), access(path, F_OK) != 0 && errno == ENOENT { throw .notFound(id) }
            throw .file(path: error.path, reason: error.reason)
        }
        return try AssessmentDocument.read(bytes, path: path, id: id, questionnaires: questionnaires)
    }

    /// Every readable assessment as a summary, and the problems of those that are not.
    public func listing() -> StoreListing {
        let names: [String]
        do {
            names = try storedNames()
        } catch {
            return StoreListing(summaries: [], problems: [StoreProblem(path: directory, message: error.reason)])
        }
        let (remembered, cachedLines) = cache?.load() ?? ([:], 0)
        let fingerprints = Fingerprints(questionnaires)
        // Reading and checking files is most of the work and each file is independent: use every core.
        let outcomes = UnsafeResults<Outcome>(count: names.count)
        let source = questionnaires
        let directory = directory
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, names.count / 64 + 1))
        OwnThreads.perform(workers) { worker in
            var scorers = ScorerCache()
            var index = worker
            while index < names.count {
                let name = names[index]
                let key = ListingCache.FileKey(path: "\(directory)/\(name)")
                if let key, let entry = remembered[name], entry.key == key,
                    entry.fingerprint == fingerprints.current(id: entry.summary.questionnaireID, version: entry.summary.answeredVersion)
                {
                    outcomes[index] = .remembered(entry)
                } else {
                    outcomes[index] = Self.summarize(
                        name: name, key: key, in: directory, questionnaires: source, fingerprints: fingerprints, scorers: &scorers)
                }
                index += workers
            }
        }
        var summaries: [AssessmentSummary] = []
        var problems: [StoreProblem] = []
        // The cache's rows in file name order (the names are sorted): those read now come with their line
        // made on a worker, those remembered are made only if the cache is rewritten.
        var entries: [(name: String, entry: ListingCache.Entry, line: String?)] = []
        var changed = false
        summaries.reserveCapacity(names.count)
        for (name, outcome) in zip(names, outcomes.values) {
            switch outcome {
            case .remembered(let entry)?:
                summaries.append(entry.summary)
                entries.append((name, entry, nil))
            case .read(let summary, let entry)?:
                summaries.append(summary)
                if let entry { entries.append((name, entry.entry, entry.line)) }
                changed = true
            case .unreadable(let problem)?:
                problems.append(problem)
            case nil:
                break
            }
        }
        // Rewrite the cache when it is out of date, or when saves have appended many superseded lines.
        if let cache, changed || entries.count != remembered.count || cachedLines > 2 * entries.count + 64 {
            cache.store(lines: entries.map { $0.line ?? ListingCache.line(name: $0.name, entry: $0.entry) })
        }
        // Sorted by position, from each row's date and id, rather than moving whole rows about: the same
        // comparisons give the same order.
        let keys = summaries.map { (updated: $0.updated, id: $0.id) }
        let order = keys.indices.sorted { AssessmentSummary.newestFirst(keys[$0], keys[$1]) }
        return StoreListing(summaries: order.map { summaries[$0] }, problems: problems)
    }

    /// Removes an assessment.
    public func delete(_ id: String) throws(StoreError) {
        guard AssessmentID.isValid(id), access(path(of: id), F_OK) == 0 else { throw .notFound(id) }
        let lock = try self.lock(id)
        defer { lock.release() }
        guard unlink(path(of: id)) == 0 else {
            if errno == ENOENT { throw .notFound(id) }
            throw .file(path: path(of: id), reason: "cannot delete it: \(String(cString: strerror(errno)))")
        }
        AtomicFile.syncFolder(directory)
    }

    /// Every stored assessment's id.
    public func ids() throws(StoreError) -> [String] {
        do {
            return try storedNames().compactMap(Self.id(ofFileNamed:)).filter(AssessmentID.isValid)
        } catch {
            throw .file(path: error.path, reason: error.reason)
        }
    }

    /// Takes the edit lock of an assessment, or says who holds it.
    public func lock(_ id: String) throws(StoreError) -> StoreLock {
        try InMemoryAssessmentStore.check(id)
        try createFolder()
        return try FileEditLock.acquire(path: lockPath(of: id), id: id)
    }

    /// Who holds an assessment's editing lock right now, if anyone (this process included), without
    /// taking it.
    public func holder(of id: String) -> LockHolder? {
        guard AssessmentID.isValid(id) else { return nil }
        return FileEditLock.holder(at: lockPath(of: id))
    }

    // MARK: - Files

    private func write(_ assessment: Assessment, replace: Bool) throws(StoreError) {
        try InMemoryAssessmentStore.check(assessment.id)
        try createFolder()
        let questionnaire = questionnaires.questionnaire(id: assessment.questionnaireID, version: assessment.questionnaireVersion)
        let bytes = Array(AssessmentFile.encode(assessment, questionnaire: questionnaire).utf8)
        let path = path(of: assessment.id)
        do {
            try AtomicFile.write(bytes, to: path, permissions: 0o600, replace: replace)
        } catch {
            if !replace, access(path, F_OK) == 0 { throw .alreadyExists(assessment.id) }
            throw .file(path: error.path, reason: error.reason)
        }
        if let cache, let questionnaire { remember(assessment, at: path, questionnaire: questionnaire, in: cache) }
    }

    /// Adds the list row of a file just written to the cache, exactly as a listing would read it back
    /// (dates to the second, as the file keeps them), so listing right after saves or imports stays fast.
    private func remember(_ assessment: Assessment, at path: String, questionnaire: Questionnaire, in cache: ListingCache) {
        guard let key = ListingCache.FileKey(path: path), let fingerprint = rememberedFingerprint(of: questionnaire) else { return }
        var stored = assessment
        stored.created = Timestamp.parse(Timestamp.format(assessment.created)) ?? assessment.created
        stored.updated = Timestamp.parse(Timestamp.format(assessment.updated)) ?? assessment.updated
        let summary = AssessmentSummary(stored, scorer: Scorer(questionnaire: questionnaire))
        cache.append(name: "\(assessment.id).json", entry: ListingCache.Entry(key: key, fingerprint: fingerprint, summary: summary))
    }

    /// Questionnaire fingerprints, worked out once per store: a save happens on every answer.
    private func rememberedFingerprint(of questionnaire: Questionnaire) -> String? {
        let key = questionnaire.id + "\u{0}" + questionnaire.version
        return fingerprintMutex.withLock {
            if let known = knownFingerprints[key] { return known }
            let fingerprint = questionnaires.fingerprint(of: questionnaire)
            knownFingerprints[key] = fingerprint
            return fingerprint
        }
    }

    private func createFolder() throws(StoreError) {
        do {
            try DataFolder.create(directory)
        } catch {
            throw .file(path: error.path, reason: error.reason)
        }
    }

    /// The names of the assessment files: `*.json`, not hidden (temporary files of a write in progress
    /// start with a dot). None when the folder does not exist yet.
    private func storedNames() throws(FileError) -> [String] {
        guard FileReader.isDirectory(directory) else {
            if access(directory, F_OK) == 0 { throw FileError(path: directory, reason: "is not a folder") }
            return []
        }
        return try FileReader.names(inDirectory: directory).filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") }
    }

    private static func id(ofFileNamed name: String) -> String? {
        name.hasSuffix(".json") ? String(name.dropLast(5)) : nil
    }

    /// What listing found for one file.
    private enum Outcome {
        /// Taken from the cache.
        case remembered(ListingCache.Entry)
        /// Read from the file, with the entry to remember when it can be and its line in the cache.
        case read(AssessmentSummary, (entry: ListingCache.Entry, line: String)?)
        /// Could not be read.
        case unreadable(StoreProblem)
    }

    private static func summarize(
        name: String, key: ListingCache.FileKey?, in directory: String, questionnaires: QuestionnaireSource,
        fingerprints: Fingerprints, scorers: inout ScorerCache
    ) -> Outcome {
        let path = "\(directory)/\(name)"
        guard let id = id(ofFileNamed: name), AssessmentID.isValid(id) else {
            return .unreadable(
                StoreProblem(path: path, message: "the file name is not an assessment id; add the file with 'readiness import \(path)'"))
        }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(atPath: path, followingLinks: false)
        } catch {
            return .unreadable(StoreProblem(path: path, message: error.reason))
        }
        do throws(StoreError) {
            let read = try AssessmentDocument.read(bytes, path: path, id: id, questionnaires: questionnaires)
            let summary = AssessmentSummary(read.assessment, scorer: scorers.scorer(for: read.questionnaire))
            // Remember it only if the file did not change while it was read.
            let entry = key.flatMap { key in
                fingerprints.of(read.questionnaire).map { ListingCache.Entry(key: key, fingerprint: $0, summary: summary) }
            }
            let unchanged = entry.flatMap { ListingCache.FileKey(path: path) == $0.key ? $0 : nil }
            return .read(summary, unchanged.map { ($0, ListingCache.line(name: name, entry: $0)) })
        } catch {
            if case .invalid(let problem) = error { return .unreadable(problem) }
            return .unreadable(StoreProblem(path: path, message: error.description))
        }
    }
}

/// The fingerprint of each questionnaire a listing meets, worked out once per listing when first needed:
/// a listing of assessments of one questionnaire reads and hashes only that questionnaire's file.
private final class Fingerprints: @unchecked Sendable {
    private let source: QuestionnaireSource
    /// Each id and version's fingerprint once worked out (nil inside: the source has none).
    private var byVersion: [String: String?] = [:]
    private let lock = ThreadLock()

    init(_ source: QuestionnaireSource) {
        self.source = source
    }

    /// The fingerprint of a questionnaire that was read.
    func of(_ questionnaire: Questionnaire) -> String? {
        let key = Self.key(questionnaire.id, questionnaire.version)
        if let known = lock.withLock({ byVersion[key] }) { return known }
        // Worked out outside the lock (it reads a file); two threads doing it at once get the same value.
        let fingerprint = source.fingerprint(of: questionnaire)
        lock.withLock { byVersion[key] = fingerprint }
        return fingerprint
    }

    /// The fingerprint of the questionnaire that would read an assessment of `id` answered under `version` now.
    func current(id: String, version: String) -> String? {
        source.questionnaire(id: id, version: version).flatMap(of)
    }

    private static func key(_ id: String, _ version: String) -> String { id + "\u{0}" + version }
}

/// A fixed number of slots written from several threads, each slot by exactly one of them.
private final class UnsafeResults<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// The slots in order; read once every writer is done.
    var values: [Value?] { Array(storage) }
}
