/// Whether one changed answer leaves every question shown as it was, found by evaluating only the `showIf`
/// conditions that read that answer rather than working out visibility again for the whole questionnaire.
///
/// Why it is exact: `Visibility` goes through the questions in order, and each condition reads the answers
/// of the shown questions before it. Where every condition that reads the changed answer gives the same
/// shown-or-hidden for the old answer and the new one, no shown flag changes; so, going forward, every
/// other condition reads the same answers as before and gives the same result too.
struct VisibilityReader: Sendable {
    /// The section whose `showIf` reads the answer (by section position), or nil for a question's.
    let section: Int?
    /// The question whose `showIf` reads the answer, or the first question of the section: the
    /// condition sees the answers of the questions before it only.
    let firstPosition: Int
    /// Whether the section has questions (a hidden empty section hides nothing).
    let hidesQuestions: Bool

    /// For each question in order, the `showIf` conditions that read its answer.
    static func readers(of questionnaire: Questionnaire) -> [[VisibilityReader]] {
        let conditions = questionnaire.conditions
        var readers = [[VisibilityReader]](repeating: [], count: questionnaire.questions.count)
        var position = 0
        for (sectionPosition, section) in questionnaire.sections.enumerated() {
            if let condition = conditions.sectionShowIf[sectionPosition] {
                let reader = VisibilityReader(section: sectionPosition, firstPosition: position, hidesQuestions: !section.questions.isEmpty)
                for read in Set(condition.questionPositions) where read < readers.count { readers[read].append(reader) }
            }
            for _ in section.questions {
                if let condition = conditions.questionShowIf[position] {
                    let reader = VisibilityReader(section: nil, firstPosition: position, hidesQuestions: true)
                    for read in Set(condition.questionPositions) where read < readers.count { readers[read].append(reader) }
                }
                position += 1
            }
        }
        return readers
    }
}

extension IndexedCondition {
    /// The positions of the questions whose answers the condition reads.
    var questionPositions: [Int] {
        switch self {
        case .all(let items), .any(let items): items.flatMap(\.questionPositions)
        case .not(let inner): inner.questionPositions
        case .answer(let question, _): question.map { [$0] } ?? []
        case .signal, .need, .rating, .strongest, .addresses, .split: []
        }
    }
}

extension Scorer {
    /// Whether `baseline`'s answers with the shown question at `position` given `response` show exactly the
    /// questions `baseline` shows: true only when that is certain (false may be said of an answer that
    /// changes nothing, such as one that hides an empty section; the caller then works visibility out).
    func keepsVisibility(changing position: Int, to response: Response, from baseline: CoreEvaluation) -> Bool {
        guard baseline.parts.shown[position] else { return false }
        let conditions = questionnaire.conditions
        let answers = baseline.answers
        for reader in trialPlan.visibilityReaders[position] where position < reader.firstPosition {
            let limit = reader.firstPosition
            guard let condition = reader.section.map({ conditions.sectionShowIf[$0] }) ?? conditions.questionShowIf[limit] else {
                continue
            }
            // What `Visibility` has filled in when it reaches the condition: the shown answers before it.
            let before = ConditionEvaluator(
                questionnaire: questionnaire, context: ConditionContext(response: { $0 < limit ? answers[$0] : nil }))
            let after = ConditionEvaluator(
                questionnaire: questionnaire,
                context: ConditionContext(response: { $0 == position ? response : $0 < limit ? answers[$0] : nil }))
            if (before.evaluate(condition) != .no) != (after.evaluate(condition) != .no), reader.hidesQuestions { return false }
        }
        return true
    }
}
