/// A condition with the questions, signals and areas it names resolved to their positions in the
/// questionnaire, so that evaluating it reads arrays rather than hashing ids. Made once, when the
/// questionnaire is built (`ConditionIndex`); `ConditionEvaluator` evaluates only this form.
///
/// A name the questionnaire does not have resolves to nil and reads as the unresolved id did: no answer,
/// no signal, no split row.
indirect enum IndexedCondition: Sendable {
    case all([IndexedCondition])
    case any([IndexedCondition])
    case not(IndexedCondition)
    case answer(question: Int?, test: AnswerTest)
    case signal(Int?, test: SignalTest)
    case need(atLeast: Int?, atMost: Int?)
    case rating([Rating])
    case strongest(signal: Int?)
    case addresses(SignalTest?)
    case split(area: Int?, test: SplitTest)

    /// Resolves a condition; a named condition is its condition (the name only matters for warnings).
    init(
        _ condition: Condition, question: (String) -> Int?, signal: (String) -> Int?, area: (String) -> Int?
    ) {
        func resolve(_ inner: Condition) -> IndexedCondition {
            IndexedCondition(inner, question: question, signal: signal, area: area)
        }
        switch condition {
        case .all(let items): self = .all(items.map(resolve))
        case .any(let items): self = .any(items.map(resolve))
        case .not(let inner): self = .not(resolve(inner))
        case .answer(let id, let test): self = .answer(question: question(id), test: test)
        case .signal(let id, let test): self = .signal(signal(id), test: test)
        case .need(let atLeast, let atMost): self = .need(atLeast: atLeast, atMost: atMost)
        case .rating(let ratings): self = .rating(ratings)
        case .named(_, let inner): self = resolve(inner)
        case .strongest(let id): self = .strongest(signal: signal(id))
        case .addresses(let test): self = .addresses(test)
        case .split(let id, let test): self = .split(area: area(id), test: test)
        }
    }
}

/// Every condition of a questionnaire in the indexed form, in the questionnaire's own order: built with
/// the questionnaire, read by every evaluation (a class, so handing it on is one retain).
final class ConditionIndex: Sendable {
    /// Each section's `showIf`, by section position.
    let sectionShowIf: [IndexedCondition?]
    /// Each question's `showIf`, by question position.
    let questionShowIf: [IndexedCondition?]
    /// Each blocker's condition.
    let blockers: [IndexedCondition]
    /// Each rating prerequisite's condition.
    let prerequisites: [IndexedCondition]
    /// Each area's rules (the first form), by area position.
    let areaRules: [[IndexedCondition]]
    /// Each area's exceptions, by area position.
    let areaExceptions: [[IndexedCondition]]
    /// The split policy's rows.
    let policyRules: [IndexedCondition]
    /// Each area's addressed signals, by area position.
    let areaAddresses: [[Int?]]
    /// Each next step's condition.
    let nextSteps: [IndexedCondition?]
    /// The areas each area requires in the partner's lane, by area position (ids no area has left out).
    let areaRequires: [[Int]]

    init(
        sections: [Section], questions: [Question], questionIndex: [String: Int], signalIndex: [String: Int], blockers: [Blocker],
        rating: RatingRules, areas: [Area], splitPolicy: SplitPolicy, nextSteps: [NextStep]
    ) {
        // The first area of an id answers for it, as a lookup by id always did.
        let areaIndex = Dictionary(areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func resolve(_ condition: Condition) -> IndexedCondition {
            IndexedCondition(condition, question: { questionIndex[$0] }, signal: { signalIndex[$0] }, area: { areaIndex[$0] })
        }
        sectionShowIf = sections.map { $0.showIf.map(resolve) }
        questionShowIf = questions.map { $0.showIf.map(resolve) }
        self.blockers = blockers.map { resolve($0.when) }
        prerequisites = rating.prerequisites.map { resolve($0.when) }
        areaRules = areas.map { $0.rules.map { resolve($0.when) } }
        areaExceptions = areas.map { $0.exceptions.map { resolve($0.when) } }
        policyRules = splitPolicy.rules.map { resolve($0.when) }
        areaAddresses = areas.map { $0.addresses.map { signalIndex[$0] } }
        self.nextSteps = nextSteps.map { $0.when.map(resolve) }
        areaRequires = areas.map { $0.requires.compactMap { areaIndex[$0] } }
    }
}
