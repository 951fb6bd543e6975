import Foundation
import ReadinessCore
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

    /// A store in `directory`, reading assessments with these questionnaires.
    public init(directory: String, questionnaires: QuestionnaireSource) {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.questionnaires = questionnaires
    }

    /// The path of an assessment's file.
    public func path(of id: String) -> String { "\(directory)/\(id).json" }

    /// The path of an assessment's lock file.
    public func lockPath(of id: String) -> String { "\(directory)/\(id).lock" }

    public func save(_ assessment: Assessment) throws(StoreError) {
        try write(assessment, replace: true)
    }

    public func insert(_ assessment: Assessment) throws(StoreError) {
        try write(assessment, replace: false)
    }

    public func load(_ id: String) throws(StoreError) -> Assessment {
        try read(id).assessment
    }

    /// Loads an assessment together with the questionnaire it was read with.
    public func read(_ id: String) throws(StoreError) -> AssessmentDocument.Read {
        guard AssessmentID.isValid(id) else { throw .notFound(id) }
        let path = path(of: id)
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(atPath: path)
        } catch {
            if access(path, F_OK) != 0 && errno == ENOENT { throw .notFound(id) }
            throw .file(path: error.path, reason: error.reason)
        }
        return try AssessmentDocument.read(bytes, path: path, id: id, questionnaires: questionnaires)
    }

    public func listing() -> StoreListing {
        let names: [String]
        do {
            names = try storedNames()
        } catch {
            return StoreListing(summaries: [], problems: [StoreProblem(path: directory, message: error.reason)])
        }
        // Reading and checking files is most of the work and each file is independent: use every core.
        let outcomes = UnsafeResults<Result<AssessmentSummary, StoreProblem>>(count: names.count)
        let source = questionnaires
        let directory = directory
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, names.count / 64 + 1))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var scorers = ScorerCache()
            var index = worker
            while index < names.count {
                outcomes[index] = Self.summarize(name: names[index], in: directory, questionnaires: source, scorers: &scorers)
                index += workers
            }
        }
        var summaries: [AssessmentSummary] = []
        var problems: [StoreProblem] = []
        summaries.reserveCapacity(names.count)
        for outcome in outcomes.values {
            switch outcome {
            case let .success(summary)?: summaries.append(summary)
            case let .failure(problem)?: problems.append(problem)
            case nil: break
            }
        }
        return StoreListing(summaries: summaries.sorted(by: AssessmentSummary.newestFirst), problems: problems)
    }

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

    public func ids() throws(StoreError) -> [String] {
        do {
            return try storedNames().compactMap(Self.id(ofFileNamed:)).filter(AssessmentID.isValid)
        } catch {
            throw .file(path: error.path, reason: error.reason)
        }
    }

    public func lock(_ id: String) throws(StoreError) -> StoreLock {
        guard AssessmentID.isValid(id) else { throw .notFound(id) }
        try createFolder()
        return try FileEditLock.acquire(path: lockPath(of: id), id: id)
    }

    /// Who is editing an assessment right now, if anyone: without taking the lock.
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

    private static func summarize(
        name: String, in directory: String, questionnaires: QuestionnaireSource, scorers: inout ScorerCache
    ) -> Result<AssessmentSummary, StoreProblem> {
        let path = "\(directory)/\(name)"
        guard let id = id(ofFileNamed: name), AssessmentID.isValid(id) else {
            return .failure(StoreProblem(path: path, message: "the file name is not an assessment id; add the file with 'readiness import \(path)'"))
        }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(atPath: path)
        } catch {
            return .failure(StoreProblem(path: path, message: error.reason))
        }
        do throws(StoreError) {
            let read = try AssessmentDocument.read(bytes, path: path, id: id, questionnaires: questionnaires)
            return .success(AssessmentSummary(read.assessment, scorer: scorers.scorer(for: read.questionnaire)))
        } catch {
            if case let .invalid(problem) = error { return .failure(problem) }
            return .failure(StoreProblem(path: path, message: error.description))
        }
    }
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
