@testable import ReadinessCore
@testable import ReadinessInterview
@testable import ReadinessStore

/// The interview's services backed by the in-memory store, with switches to make saving fail and a log
/// of exports, so session tests can check what reached the store after each key.
final class StoreServices: InterviewServices {
    let store: InMemoryAssessmentStore
    /// While set, every save throws this.
    var saveFailure: StoreError?
    /// What `export` answers, in turn; `.written` once they run out.
    var exportOutcomes: [ExportOutcome] = []
    /// Every export asked for.
    private(set) var exports: [ExportRequest] = []
    /// Every save attempted, successful or not.
    private(set) var attempts = 0
    /// The locks taken, kept so they stay held.
    private(set) var locks: [StoreLock] = []

    init(_ initial: [Assessment] = []) {
        store = InMemoryAssessmentStore(questionnaires: QuestionnaireShelf([TestQuestionnaire.questionnaire]), initial)
    }

    func save(_ assessment: Assessment) throws {
        attempts += 1
        if let saveFailure { throw saveFailure }
        try store.save(assessment)
    }

    func beginEditing(_ assessment: Assessment) throws {
        locks.append(try store.lock(assessment.id))
    }

    func openForEditing(_ id: String) throws -> Assessment {
        locks.append(try store.lock(id))
        return try store.load(id)
    }

    func export(_ request: ExportRequest) -> ExportOutcome {
        exports.append(request)
        return exportOutcomes.isEmpty ? .written("Wrote \(request.path)") : exportOutcomes.removeFirst()
    }
}
