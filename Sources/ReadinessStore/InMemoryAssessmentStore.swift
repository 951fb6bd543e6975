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

/// The store's in-memory twin: the same behaviour as the on-disk store, for tests of everything that saves.
///
/// It keeps each assessment as the bytes of its file and reads them back against the questionnaire, as the
/// file store does, so a value that would not survive a save and a load does not survive here either.
final class InMemoryAssessmentStore: AssessmentStore, @unchecked Sendable {
    private let questionnaires: QuestionnaireSource
    private let mutex = ThreadLock()
    private var documents: [String: [UInt8]] = [:]
    private var locks: [String: LockHolder] = [:]
    private var savedLog: [Assessment] = []

    /// Creates a store reading assessments with these questionnaires, holding the given assessments.
    init(questionnaires: QuestionnaireSource, _ initial: [Assessment] = []) {
        self.questionnaires = questionnaires
        for assessment in initial { documents[assessment.id] = encode(assessment) }
    }

    /// Every save and insert in order, so tests can check that each answer was saved when it was given.
    var saveLog: [Assessment] { mutex.withLock { savedLog } }

    /// Writes an assessment, replacing its earlier version.
    func save(_ assessment: Assessment) throws(StoreError) {
        try Self.check(assessment.id)
        let bytes = encode(assessment)
        mutex.withLock {
            documents[assessment.id] = bytes
            savedLog.append(assessment)
        }
    }

    /// Stores a new assessment, refusing an id that is taken.
    func insert(_ assessment: Assessment) throws(StoreError) {
        try Self.check(assessment.id)
        let bytes = encode(assessment)
        let inserted = mutex.withLock {
            guard documents[assessment.id] == nil else { return false }
            documents[assessment.id] = bytes
            savedLog.append(assessment)
            return true
        }
        guard inserted else { throw .alreadyExists(assessment.id) }
    }

    /// Reads an assessment by id.
    func load(_ id: String) throws(StoreError) -> Assessment {
        guard let bytes = mutex.withLock({ documents[id] }) else { throw .notFound(id) }
        return try AssessmentDocument.read(bytes, path: id, id: id, questionnaires: questionnaires).assessment
    }

    /// Every readable assessment as a summary, and the problems of those that are not.
    func listing() -> StoreListing {
        let stored = mutex.withLock { documents }
        var summaries: [AssessmentSummary] = []
        var problems: [StoreProblem] = []
        var scorers = ScorerCache()
        for (id, bytes) in stored.sorted(by: { $0.key < $1.key }) {
            do throws(StoreError) {
                let read = try AssessmentDocument.read(bytes, path: id, id: id, questionnaires: questionnaires)
                summaries.append(AssessmentSummary(read.assessment, scorer: scorers.scorer(for: read.questionnaire)))
            } catch {
                if case .invalid(let problem) = error { problems.append(problem) }
            }
        }
        return StoreListing(summaries: summaries.sorted(by: AssessmentSummary.newestFirst), problems: problems)
    }

    /// Removes an assessment.
    func delete(_ id: String) throws(StoreError) {
        let outcome: StoreError? = mutex.withLock {
            if let holder = locks[id] { return .locked(id: id, holder: holder) }
            return documents.removeValue(forKey: id) == nil ? .notFound(id) : nil
        }
        if let outcome { throw outcome }
    }

    /// Every stored assessment's id.
    func ids() throws(StoreError) -> [String] {
        mutex.withLock { Array(documents.keys) }
    }

    /// Takes the edit lock of an assessment, or says who holds it.
    func lock(_ id: String) throws(StoreError) -> StoreLock {
        try Self.check(id)
        let holder = LockHolder(processID: getpid(), host: "", since: Timestamp.format(Date()))
        let existing: LockHolder? = mutex.withLock {
            if let current = locks[id] { return current }
            locks[id] = holder
            return nil
        }
        if let existing { throw .locked(id: id, holder: existing) }
        return MemoryLock { [weak self] in
            guard let self else { return }
            self.mutex.withLock { _ = self.locks.removeValue(forKey: id) }
        }
    }

    /// Stores bytes under an id as they are, like a damaged or foreign file in the store's folder.
    func storeRaw(_ bytes: [UInt8], id: String) {
        mutex.withLock { documents[id] = bytes }
    }

    private func encode(_ assessment: Assessment) -> [UInt8] {
        let questionnaire = questionnaires.questionnaire(id: assessment.questionnaireID, version: assessment.questionnaireVersion)
        return Array(AssessmentFile.encode(assessment, questionnaire: questionnaire).utf8)
    }

    static func check(_ id: String) throws(StoreError) {
        guard AssessmentID.isValid(id) else {
            throw .invalid(
                StoreProblem(path: id, message: "'\(id)' is not a valid assessment id (lower-case letters, digits, '-' and '_')"))
        }
    }

    private final class MemoryLock: StoreLock {
        private var onRelease: (() -> Void)?
        init(_ onRelease: @escaping () -> Void) { self.onRelease = onRelease }
        func release() {
            onRelease?()
            onRelease = nil
        }
        deinit { release() }
    }
}
