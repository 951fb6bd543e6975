/// Which one-answer trials are certain to keep the rating decision a prerequisite made, so that a listing
/// works out only their need.
///
/// The rating decision goes through the prerequisites in order and the first that definitely holds decides
/// it. Say prerequisite `k` decided it. An answer that shows and hides nothing changes the answers the
/// conditions read at that one question only; a prerequisite at `k` or before that neither reads that
/// question nor reads anything scored (a signal, the need, the rating, a split or what an area addresses)
/// then comes out exactly as before. So the earlier ones still do not hold, `k` still holds, and the
/// decision is the same: the trial cannot give another rating, and its need is all a listing reads of it.
enum KeptDecision {
    /// For each question in order, the position of the first prerequisite that reads its answer or reads
    /// anything scored; `Int.max` when none does.
    static func firstPrerequisiteReading(_ questionnaire: Questionnaire) -> [Int] {
        let conditions = questionnaire.conditions.prerequisites
        let firstReadingScores = conditions.firstIndex(where: \.readsScores) ?? Int.max
        var first = [Int](repeating: firstReadingScores, count: questionnaire.questions.count)
        for (index, condition) in conditions.enumerated() {
            for position in condition.questionPositions where position < first.count {
                first[position] = min(first[position], index)
            }
        }
        return first
    }

    /// The position of the prerequisite that decided the baseline's rating, or the last one with its id (a
    /// later position only makes the test stricter); nil when the need decided it.
    static func deciding(_ baseline: CoreEvaluation, in questionnaire: Questionnaire) -> Int? {
        baseline.decided.decision.prerequisiteID.flatMap { id in questionnaire.rating.prerequisites.lastIndex { $0.id == id } }
    }
}

extension IndexedCondition {
    /// Whether the condition reads anything beyond the answers: signals, the need, the rating, the split or
    /// what an area addresses.
    var readsScores: Bool {
        switch self {
        case .all(let items), .any(let items): items.contains(where: \.readsScores)
        case .not(let inner): inner.readsScores
        case .answer: false
        case .signal, .need, .rating, .strongest, .addresses, .split: true
        }
    }
}
