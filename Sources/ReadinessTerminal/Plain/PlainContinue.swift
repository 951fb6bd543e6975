import ReadinessCore
import ReadinessInterview

extension PlainFrontEnd {
    /// `f` on the results menu: says what continuing into the fuller questionnaire carries over, asks,
    /// then goes on with the new assessment's questions (only those not carried over).
    func continueAssessment(into target: Questionnaire) -> PlainExit? {
        if let refusal = model.continuationRefusal(into: target) {
            output.say("Cannot continue: \(refusal).")
            return nil
        }
        guard let current = model.session, let continuation = model.continuation(into: target) else { return nil }
        output.say(
            "Continuing starts \(target.title) as a new assessment for \(current.assessment.organization): \(continuation.summary(from: current.questionnaire))."
        )
        guard
            let line = read(
                "Continue? y or n: ",
                help: "y starts the new assessment and asks what is not yet known; n, or anything else, goes back to the menu.")
        else { return stopped(at: .other) }
        guard line.trimmingSpaces().lowercased().hasPrefix("y") else {
            output.say("Not continued.")
            return nil
        }
        send(.intent(.continueInto(questionnaireID: target.id)))
        if let message = model.message { output.say(message.text) }
        // The new assessment is a new conversation: its questions are announced afresh, and its results
        // are said in full when it is finished.
        announced = nil
        spokenResult = nil
        // What was carried over is not asked again on the way forward.
        goesOnUnanswered = true
        saidMessage = model.message?.text
        return nil
    }
}
