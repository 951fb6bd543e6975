import ReadinessCore
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension InterviewLauncher {
    /// `readiness resume ID --questionnaire OTHER`: the finished assessment `id` carried into `wanted`
    /// (its newest version, or `ID@VERSION`) as a new assessment, not yet saved, with the sentence that
    /// says what was carried. The earlier assessment is only read.
    func continuation(of id: String, into wanted: String, catalog: QuestionnaireCatalog, store: AssessmentStore) throws -> (
        assessment: Assessment, message: String
    ) {
        let earlier = try store.load(id)
        let target = try catalog.questionnaire(id: wanted)
        guard let source = catalog.questionnaire(id: earlier.questionnaireID, version: earlier.questionnaireVersion) else {
            throw CommandFailure(
                message:
                    "cannot continue assessment \(id): it was answered under version \(earlier.questionnaireVersion) of '\(earlier.questionnaireID)', which is not installed",
                code: ExitStatus.usage)
        }
        if let refusal = Continuation.refusal(of: earlier, into: target) {
            let hint = earlier.status == .complete ? "" : " ('readiness resume \(id)' opens it)"
            throw CommandFailure(message: "cannot continue assessment \(id): \(refusal)\(hint)", code: ExitStatus.usage)
        }
        // A second continuation of the same call would be a second full assessment to keep in step.
        if let existing = store.continuation(of: earlier.id, into: target.id) {
            throw CommandFailure(
                message:
                    "cannot continue assessment \(id) into '\(target.id)': already continued as \(existing.id); 'readiness resume \(existing.id)' opens it",
                code: ExitStatus.usage)
        }
        var continuation = Continuation(from: earlier, answeredUnder: source, into: target, id: try store.newID(), now: Date())
        if let mode = request.mode { continuation.assessment.mode = mode }
        return (continuation.assessment, continuation.announcement(from: source, into: target))
    }
}
