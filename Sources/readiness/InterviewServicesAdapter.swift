import ReadinessCore
import ReadinessInterview
import ReadinessReports
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The interview's services, done with the real store and the report renderers.
final class StoreInterviewServices: InterviewServices {
    private let store: FileAssessmentStore
    private let questionnaires: QuestionnaireSource
    private let rendering: ReportRendering
    private var locks: [String: StoreLock] = [:]
    /// Each assessment's file as this interview last read or wrote it: a save over anything else is refused.
    private var revisions: [String: AssessmentRevision] = [:]
    /// Why the last lock could not be taken, kept whole so plain mode can exit with its code (75 or 74).
    private(set) var refusal: StoreError?

    /// `questionnaires` holds every installed version: an export is scored with the one its assessment
    /// names (read from its file only then).
    init(store: FileAssessmentStore, questionnaires: QuestionnaireSource, rendering: ReportRendering) {
        self.store = store
        self.questionnaires = questionnaires
        self.rendering = rendering
    }

    func save(_ assessment: Assessment) throws {
        // An assessment this interview never read is new: its file must not exist yet.
        let result = Result { () throws(StoreError) in try store.save(assessment, expecting: revisions[assessment.id] ?? .absent) }
        switch result {
        case .success(let revision):
            revisions[assessment.id] = revision
        case .failure(.file(let path, let reason)):
            // Said reason first: a status line is cut at the screen's edge, and a data folder's path is long.
            throw SaveFailure(description: "\(reason) (\(path))")
        case .failure(let error):
            throw error
        }
    }

    func beginEditing(_ assessment: Assessment) throws {
        guard locks[assessment.id] == nil else { return }
        do {
            locks[assessment.id] = try store.lock(assessment.id)
        } catch {
            refusal = error
            throw error
        }
    }

    func openForEditing(_ id: String) throws -> Assessment {
        let taken = locks[id] == nil
        if taken {
            do {
                locks[id] = try store.lock(id)
            } catch {
                refusal = error
                throw error
            }
        }
        do {
            // Read under the lock, so no other interview can save between this read and our first save.
            let revision = try store.revision(of: id)
            let assessment = try store.load(id)
            revisions[id] = revision
            return assessment
        } catch {
            if taken { locks.removeValue(forKey: id)?.release() }
            throw error
        }
    }

    /// Writes the summary in a report format, or the answers themselves as a portable assessment file
    /// (`ExportRequest.assessmentFile`, what `export-file` writes).
    func export(_ request: ExportRequest) -> ExportOutcome {
        let format = ReportFormat(rawValue: request.format)
        guard format != nil || request.format == ExportRequest.assessmentFile,
            let questionnaire = questionnaires.questionnaire(
                id: request.assessment.questionnaireID, version: request.assessment.questionnaireVersion)
        else {
            return .failed("Cannot export as \(request.format).")
        }
        let path = expandingHome(request.path)
        do {
            let bytes: [UInt8]
            if let format {
                let result = Scorer(questionnaire: questionnaire).score(request.assessment)
                let report = Report(
                    assessment: request.assessment, questionnaire: questionnaire, result: result,
                    options: Report.Options(
                        includeTalkingPoints: request.talkingPoints && request.audience == .internal, audience: request.audience,
                        sender: try ReportConfiguration.sender(warning: false)))
                bytes = try rendering.render(report, as: format)
            } else {
                bytes = Array(AssessmentFile.encode(request.assessment, questionnaire: questionnaire).utf8)
            }
            try OutputFile.write(bytes, to: path, permissions: 0o600, replace: request.replace)
            return .written("Wrote \(path).")
        } catch let error as FileError {
            if !request.replace, FileManager.default.fileExists(atPath: path) { return .exists(request.path) }
            return .failed(error.description)
        } catch let failure as CommandFailure {
            return .failed(failure.message)
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

/// A path a person typed in the interview, with "~/" meaning the home folder as in a shell.
func expandingHome(_ path: String) -> String {
    guard path.hasPrefix("~/"), let home = ProgramEnvironment.variables["HOME"] else { return path }
    return home + path.dropFirst(1)
}

/// Why a save failed, in the words the interview shows.
struct SaveFailure: Error, CustomStringConvertible {
    let description: String
}
