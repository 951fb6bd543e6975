@testable import ReadinessCore
@testable import ReadinessInterview

/// The interview's services in memory: saves kept by id, exports recorded and answered in turn.
final class MemoryServices: InterviewServices {
    private(set) var saved: [String: Assessment] = [:]
    /// Every export asked for.
    private(set) var exports: [ExportRequest] = []
    /// What `export` answers, in turn; `.written` once they run out.
    var exportOutcomes: [ExportOutcome] = []

    init(_ initial: [Assessment] = []) {
        for assessment in initial { saved[assessment.id] = assessment }
    }

    func save(_ assessment: Assessment) throws { saved[assessment.id] = assessment }
    func beginEditing(_ assessment: Assessment) throws {}

    func openForEditing(_ id: String) throws -> Assessment {
        guard let assessment = saved[id] else { throw MemoryServicesError.missing(id) }
        return assessment
    }

    func export(_ request: ExportRequest) -> ExportOutcome {
        exports.append(request)
        return exportOutcomes.isEmpty ? .written("Wrote \(request.path).") : exportOutcomes.removeFirst()
    }
}

enum MemoryServicesError: Error {
    case missing(String)
}
