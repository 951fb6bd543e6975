/// Which known answers reveal a blocker or a critical level, for `seriousAnswers: never-lower`: such an
/// answer counts only for the points it gives (see `SignalAccumulator.add`), so it can never score lower
/// than "don't know" on any signal or the need.
struct SeriousAnswers {
    /// The ids of the serious answers' questions.
    let questionIDs: Set<String>

    /// An answer is serious when (1) a blocker holds on the answers alone and stops holding with this answer
    /// read as "don't know", or (2) its own points put a signal that has a critical level at that level.
    /// Blockers that read scores are judged on answers alone: a score cannot be read before it is made.
    init(questionnaire: Questionnaire, questionPoints: [QuestionPoints], responses: [String: Response], choices: ScoringSemantics.Choices) {
        var serious: Set<String> = []
        func evaluator(_ responses: [String: Response]) -> ConditionEvaluator {
            ConditionEvaluator(
                questionnaire: questionnaire,
                context: ConditionContext(
                    response: { responses[$0] }, signal: { _ in nil }, need: nil, rating: nil, settings: questionnaire.scoring))
        }
        let all = evaluator(responses)
        for blocker in questionnaire.blockers where all.evaluate(blocker.when) == .yes {
            for id in Set(blocker.when.questionIDs) where responses[id]?.isKnown == true && !serious.contains(id) {
                var without = responses
                without[id] = .unknown
                if evaluator(without).evaluate(blocker.when) != .yes { serious.insert(id) }
            }
        }
        for (position, question) in questionnaire.questions.enumerated() where !serious.contains(question.id) {
            guard let response = responses[question.id], response.isKnown else { continue }
            for (signal, maximum) in questionPoints[position].maxima where maximum > 0 {
                guard let critical = questionnaire.signals[signal].criticalAt else { continue }
                let given = QuestionPoints.points(of: response, in: question, for: questionnaire.signals[signal].id, choices: choices)
                if 100 * given >= critical * maximum {
                    serious.insert(question.id)
                    break
                }
            }
        }
        questionIDs = serious
    }
}
