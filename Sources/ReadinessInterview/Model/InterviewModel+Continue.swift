import ReadinessCore

extension InterviewModel {
    /// The questionnaires the open assessment can be continued into from its results: those offered for
    /// new assessments that ask every one of its questions, and more (from the discovery call, the full
    /// assessment). Empty where continuing is not offered, and once this run has continued (the new
    /// assessment holds `continuationID`).
    public var continuationTargets: [Questionnaire] {
        guard let session, let id = setup.continuationID, session.assessment.id != id else { return [] }
        return Continuation.fullerQuestionnaires(than: session.questionnaire, among: setup.offered.usable)
    }

    /// Why the open assessment cannot be continued into `target` now, or nil when it can.
    public func continuationRefusal(into target: Questionnaire) -> String? {
        guard let session else { return "no assessment is open" }
        if let refusal = Continuation.refusal(of: session.assessment, into: target) { return refusal }
        if let existing = setup.existingContinuation(session.assessment.id, target.id) {
            return "already continued as \(existing); 'readiness resume \(existing)' opens it"
        }
        // Continuing builds on the assessment as saved: a change the store has not taken would be missing
        // from the earlier record.
        if let saveFailure { return "its last changes are not saved (\(saveFailure))" }
        return nil
    }

    /// What continuing into `target` would carry over, built but not yet opened or saved.
    public func continuation(into target: Questionnaire) -> Continuation? {
        guard let session, let id = setup.continuationID else { return nil }
        return Continuation(from: session.assessment, answeredUnder: session.questionnaire, into: target, id: id, now: setup.now())
    }

    /// `f` on the results: shows what continuing would carry over and asks; says why when it cannot.
    mutating func offerContinuation() {
        guard let target = continuationTargets.first, let continuation = continuation(into: target) else {
            message = StatusMessage(text: "No fuller questionnaire is installed to continue this assessment into.", isError: true)
            return
        }
        if let refusal = continuationRefusal(into: target) {
            message = StatusMessage(text: "Cannot continue: \(refusal).", isError: true)
            return
        }
        overlay = .confirmContinue(continuation)
    }

    /// Continues into the questionnaire with this id, at once (plain mode asks first itself).
    mutating func continueInto(_ questionnaireID: String) -> [InterviewEffect] {
        guard let target = continuationTargets.first(where: { $0.id == questionnaireID }) else {
            message = StatusMessage(text: "This assessment cannot be continued into '\(questionnaireID)'.", isError: true)
            return []
        }
        if let refusal = continuationRefusal(into: target) {
            message = StatusMessage(text: "Cannot continue: \(refusal).", isError: true)
            return []
        }
        guard let continuation = continuation(into: target) else { return [] }
        return startContinuation(continuation)
    }

    /// Opens the continuation as the assessment being answered, at its first question not carried over,
    /// and saves it; the earlier assessment is left as it is.
    mutating func startContinuation(_ continuation: Continuation) -> [InterviewEffect] {
        guard let earlier = session,
            let target = setup.offered.usable.first(where: {
                $0.id == continuation.assessment.questionnaireID && $0.version == continuation.assessment.questionnaireVersion
            })
        else { return [] }
        // The earlier assessment may have been open read-only (edited elsewhere): the new one is this
        // interview's own.
        readOnlyReason = nil
        writtenCopy = nil
        lastQuestionID = nil
        open(continuation.assessment, questionnaire: target)
        message = StatusMessage(text: continuation.announcement(from: earlier.questionnaire, into: target), isError: false)
        guard let opened = session?.assessment else { return [] }
        return [.beginEditing(opened), .save(opened)]
    }
}
