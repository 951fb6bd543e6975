/// Which questions are shown for a set of answers: a question is hidden when its own or its section's
/// `showIf` is definitely false. Answers to hidden questions are set aside: kept, but not read.
public struct Visibility: Sendable {
    /// For each question in order, whether it is shown.
    public let shown: [Bool]
    /// The responses to shown questions: the only ones scoring reads.
    let visibleResponses: [String: Response]
    /// The same responses by question position, as conditions read them.
    let answers: [Response?]

    /// Works out visibility in one pass: conditions only read earlier questions, so order is enough.
    public init(questionnaire: Questionnaire, responses: [String: Response]) {
        let count = questionnaire.questions.count
        var shown = [Bool](repeating: false, count: count)
        // A class, so the evaluator's lookup reads the answers as they are filled in without copying them.
        final class Answers { var byPosition: [Response?] = [] }
        let answers = Answers()
        answers.byPosition = [Response?](repeating: nil, count: count)
        let evaluator = ConditionEvaluator(
            questionnaire: questionnaire, context: ConditionContext(response: { answers.byPosition[$0] }))
        let conditions = questionnaire.conditions
        var position = 0
        var answered = 0
        for (sectionPosition, section) in questionnaire.sections.enumerated() {
            let sectionShown = conditions.sectionShowIf[sectionPosition].map { evaluator.evaluate($0) != .no } ?? true
            for question in section.questions {
                defer { position += 1 }
                guard sectionShown else { continue }
                let isShown = conditions.questionShowIf[position].map { evaluator.evaluate($0) != .no } ?? true
                shown[position] = isShown
                if isShown, let response = responses[question.id] {
                    answers.byPosition[position] = response
                    answered += 1
                }
            }
        }
        self.shown = shown
        self.answers = answers.byPosition
        // Question ids are unique, so when every response is to a shown question the responses are the
        // visible ones as they are (a finished assessment's usual case): no second dictionary is built.
        if answered == responses.count {
            visibleResponses = responses
        } else {
            var visible: [String: Response] = [:]
            visible.reserveCapacity(answered)
            for (position, question) in questionnaire.questions.enumerated() {
                if let response = answers.byPosition[position] { visible[question.id] = response }
            }
            visibleResponses = visible
        }
    }

    /// The shown questions, in order.
    public func questions(of questionnaire: Questionnaire) -> [Question] {
        zip(questionnaire.questions, shown).compactMap { $1 ? $0 : nil }
    }

    /// Answered questions that the given responses hide: what a change would set aside.
    public static func setAside(questionnaire: Questionnaire, before: [String: Response], after: [String: Response]) -> [Question] {
        let old = Visibility(questionnaire: questionnaire, responses: before).shown
        let new = Visibility(questionnaire: questionnaire, responses: after).shown
        return questionnaire.questions.indices.compactMap { index in
            let question = questionnaire.questions[index]
            return old[index] && !new[index] && after[question.id] != nil ? question : nil
        }
    }
}
