import ReadinessCore

/// The store's in-memory twin: the same behaviour as the on-disk store, for tests of everything that saves.
public final class InMemoryAssessmentStore: AssessmentStore, @unchecked Sendable {
    private var assessments: [String: Assessment] = [:]
    private var locks: Set<String> = []
    /// Every save in order, so tests can check that each answer was saved when it was given.
    public private(set) var saveLog: [Assessment] = []

    /// Creates an empty store, or one holding the given assessments.
    public init(_ initial: [Assessment] = []) {
        for assessment in initial { assessments[assessment.id] = assessment }
    }

    public func save(_ assessment: Assessment) throws(StoreError) {
        assessments[assessment.id] = assessment
        saveLog.append(assessment)
    }

    public func load(_ id: String) throws(StoreError) -> Assessment {
        guard let assessment = assessments[id] else { throw .notFound(id) }
        return assessment
    }

    public func listing() -> StoreListing {
        StoreListing(assessments: assessments.values.sorted { ($0.updated, $0.id) > ($1.updated, $1.id) }, problems: [])
    }

    public func delete(_ id: String) throws(StoreError) {
        guard assessments.removeValue(forKey: id) != nil else { throw .notFound(id) }
    }

    public func resolve(_ prefix: String) throws(StoreError) -> String {
        try AssessmentID.resolve(prefix, among: Array(assessments.keys))
    }

    public func lock(_ id: String) throws(StoreError) -> StoreLock {
        guard !locks.contains(id) else { throw .locked(id: id, processID: 0, since: "earlier in this process") }
        locks.insert(id)
        return MemoryLock { [weak self] in self?.locks.remove(id) }
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
