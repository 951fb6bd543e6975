import Foundation
import ReadinessCore
import ReadinessInterview
import ReadinessReports
import ReadinessStore

/// The interview's services, done with the real store and the report renderers.
final class StoreInterviewServices: InterviewServices {
    private let store: FileAssessmentStore
    private let questionnaires: [Questionnaire]
    private let rendering: ReportRendering
    private var locks: [String: StoreLock] = [:]

    init(store: FileAssessmentStore, questionnaires: [Questionnaire], rendering: ReportRendering) {
        self.store = store
        self.questionnaires = questionnaires
        self.rendering = rendering
    }

    func save(_ assessment: Assessment) throws {
        try store.save(assessment)
    }

    func beginEditing(_ assessment: Assessment) throws {
        guard locks[assessment.id] == nil else { return }
        locks[assessment.id] = try store.lock(assessment.id)
    }

    /// Writes the summary in a report format, or the answers themselves as a portable assessment file
    /// (`ExportRequest.assessmentFile`, what `export-file` writes).
    func export(_ request: ExportRequest) -> ExportOutcome {
        let format = ReportFormat(rawValue: request.format)
        guard format != nil || request.format == ExportRequest.assessmentFile,
              let questionnaire = questionnaires.first(where: { $0.id == request.assessment.questionnaireID }) else {
            return .failed("Cannot export as \(request.format).")
        }
        // "~/" means the home folder here as in a shell, since people type it.
        var path = request.path
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            path = home + path.dropFirst(1)
        }
        do {
            let bytes: [UInt8]
            if let format {
                let result = Scorer(questionnaire: questionnaire).score(request.assessment)
                bytes = try rendering.render(Report(assessment: request.assessment, questionnaire: questionnaire, result: result), as: format)
            } else {
                bytes = Array(AssessmentFile.encode(request.assessment, questionnaire: questionnaire).utf8)
            }
            try OutputFile.write(bytes, to: path, permissions: 0o600, replace: request.replace)
            return .written("Wrote \(path).")
        } catch let error as FileError {
            if !request.replace, FileManager.default.fileExists(atPath: path) { return .exists(request.path) }
            return .failed(error.description)
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// Releases every lock taken: the interview is over.
    func releaseLocks() {
        for lock in locks.values { lock.release() }
        locks = [:]
    }
}
