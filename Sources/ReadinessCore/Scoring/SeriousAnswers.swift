/// Which known answers reveal a blocker or a critical level, for `seriousAnswers: never-lower`: such an
/// answer counts only for the points it gives (see `SignalAccumulator.add`), so it can never score lower
/// than "don't know" on any signal or the need.
struct SeriousAnswers {
    /// The ids of the serious answers' questions.
    let questionIDs: Set<String>
    /// For each blocker in order, the questions whose answers it rests on (empty when it does not hold):
    /// kept apart so a one-answer trial re-checks only the blockers that read the changed question.
    let byBlocker: [Set<String>]
    /// The questions whose own points put a signal at its critical level.
    let byCriticalLevel: Set<String>

    /// An answer is serious when (1) a blocker holds on the answers alone and stops holding with this answer
    /// read as "don't know", or (2) its own points put a signal that has a critical level at that level.
    /// Blockers that read scores are judged on answers alone: a score cannot be read before it is made.
    init(questionnaire: Questionnaire, questionPoints: [QuestionPoints], responses: [String: Response], choices: ScoringSemantics.Choices) {
        let byBlocker = questionnaire.blockers.indices.map { Self.restingOn($0, questionnaire: questionnaire, responses: responses) }
        var byCriticalLevel: Set<String> = []
        for position in questionnaire.questions.indices {
            let id = questionnaire.questions[position].id
            guard let response = responses[id],
                Self.reachesCriticalLevel(response, atQuestion: position, questionnaire, questionPoints, choices)
            else { continue }
            byCriticalLevel.insert(id)
        }
        self.init(byBlocker: byBlocker, byCriticalLevel: byCriticalLevel)
    }

    private init(byBlocker: [Set<String>], byCriticalLevel: Set<String>) {
        self.byBlocker = byBlocker
        self.byCriticalLevel = byCriticalLevel
        questionIDs = byBlocker.reduce(byCriticalLevel) { $0.union($1) }
    }

    /// The serious answers once `questionID` (unanswered or "don't know" here) has `response`: only the
    /// blockers whose condition reads that question are checked again, and only its own points for (2).
    func changing(
        _ questionID: String, atQuestion position: Int, to response: Response, responses: [String: Response],
        questionnaire: Questionnaire, questionPoints: [QuestionPoints], blockersReading: [Int], choices: ScoringSemantics.Choices
    ) -> SeriousAnswers {
        var byBlocker = self.byBlocker
        for index in blockersReading {
            byBlocker[index] = Self.restingOn(index, questionnaire: questionnaire, responses: responses)
        }
        var byCriticalLevel = self.byCriticalLevel
        if Self.reachesCriticalLevel(response, atQuestion: position, questionnaire, questionPoints, choices) {
            byCriticalLevel.insert(questionID)
        }
        return SeriousAnswers(byBlocker: byBlocker, byCriticalLevel: byCriticalLevel)
    }

    /// (1): the known answers a blocker (at `position`) that holds on the answers alone stops holding without.
    private static func restingOn(_ position: Int, questionnaire: Questionnaire, responses: [String: Response]) -> Set<String> {
        let questions = questionnaire.questions
        func evaluator(_ responses: [String: Response]) -> ConditionEvaluator {
            ConditionEvaluator(questionnaire: questionnaire, context: ConditionContext(response: { responses[questions[$0].id] }))
        }
        let condition = questionnaire.conditions.blockers[position]
        guard evaluator(responses).evaluate(condition) == .yes else { return [] }
        var serious: Set<String> = []
        for id in Set(questionnaire.blockers[position].when.questionIDs) where responses[id]?.isKnown == true {
            var without = responses
            without[id] = .unknown
            if evaluator(without).evaluate(condition) != .yes { serious.insert(id) }
        }
        return serious
    }

    /// (2): whether a known answer's own points put a signal that has a critical level at that level.
    private static func reachesCriticalLevel(
        _ response: Response, atQuestion position: Int, _ questionnaire: Questionnaire, _ questionPoints: [QuestionPoints],
        _ choices: ScoringSemantics.Choices
    ) -> Bool {
        guard response.isKnown else { return false }
        let question = questionnaire.questions[position]
        for (signal, maximum) in questionPoints[position].maxima where maximum > 0 {
            guard let critical = questionnaire.signals[signal].criticalAt else { continue }
            let given = QuestionPoints.points(of: response, in: question, for: questionnaire.signals[signal].id, choices: choices)
            if 100 * given >= critical * maximum { return true }
        }
        return false
    }
}
