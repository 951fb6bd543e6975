/// Three-valued truth: a condition on a "don't know" or unanswered question is neither true nor false.
enum Truth: Sendable, Equatable {
    case yes
    case no
    case unknown

    /// Kleene negation: not unknown is unknown.
    var negated: Truth {
        switch self {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }

    init(_ flag: Bool) { self = flag ? .yes : .no }
}

/// What conditions can read while scoring: answers of shown questions, and scores once they exist, all
/// by position in the questionnaire (the conditions are indexed the same way, `IndexedCondition`).
struct ConditionContext {
    /// The answer of the question at a position, when it is shown.
    var response: (Int) -> Response?
    /// Each signal's result in questionnaire order; empty before scores exist.
    var signals: [SignalResult] = []
    var need: Int?
    var rating: Rating?
    /// Each signal's rank by position, 1 for the strongest, nil when it has no score.
    var signalRank: (Int) -> Int? = { _ in nil }
    /// The area whose row is being decided (its position), which `addresses` conditions read.
    var area: Int? = nil
    /// The decided split in area order, which `split` conditions read (nil until the split is built).
    var splitRows: [SplitRow]? = nil

    /// The result of the signal at a position, when scores exist.
    func signal(_ position: Int?) -> SignalResult? {
        guard let position, position < signals.count else { return nil }
        return signals[position]
    }

    /// The ranks of scored signals by position: strongest first, ties in questionnaire order.
    static func ranks(of signals: [SignalResult]) -> [Int?] {
        let scored = signals.indices.filter { signals[$0].score != nil }
            .sorted { (signals[$0].score!, -$0) > (signals[$1].score!, -$1) }
        var ranks = [Int?](repeating: nil, count: signals.count)
        for (rank, position) in scored.enumerated() { ranks[position] = rank + 1 }
        return ranks
    }

    /// A rank lookup that ranks the signals the first time a condition asks: most evaluators never do,
    /// and ranking costs as much as evaluating a few rules.
    static func lazyRanks(of signals: [SignalResult]) -> (Int) -> Int? {
        final class Memo { var ranks: [Int?]? }
        let memo = Memo()
        return { position in
            if memo.ranks == nil { memo.ranks = ranks(of: signals) }
            guard let ranks = memo.ranks, position < ranks.count else { return nil }
            return ranks[position]
        }
    }
}

/// Evaluates conditions in three-valued logic and collects the facts that made a condition true.
struct ConditionEvaluator {
    let questionnaire: Questionnaire
    var context: ConditionContext

    /// The same evaluator deciding the row of the area at `position`, so `addresses` reads its signals.
    func deciding(_ position: Int) -> ConditionEvaluator {
        var copy = self
        copy.context.area = position
        return copy
    }

    /// The same evaluator reading a decided split (its rows in area order), for next steps.
    func reading(_ split: [SplitRow]) -> ConditionEvaluator {
        var copy = self
        copy.context.splitRows = split
        return copy
    }

    /// The truth of a condition.
    func evaluate(_ condition: IndexedCondition) -> Truth {
        var ignored: [ConditionFact]? = nil
        return evaluate(condition, evidence: &ignored)
    }

    /// The truth of a condition and, when true, the facts behind it ("After-hours coverage: nobody").
    func evaluateWithEvidence(_ condition: IndexedCondition) -> (Truth, [String]) {
        // One evaluation: the facts are kept as positions on the way, and most rules do not hold, so they
        // are put in words only for those that do.
        var facts: [ConditionFact]? = []
        let truth = evaluate(condition, evidence: &facts)
        guard truth == .yes else { return (truth, []) }
        return (truth, ConditionFact.sentences(facts ?? [], questionnaire: questionnaire, context: context))
    }

    /// The truth of a condition and, when true, the facts behind it as positions (`ConditionFact`), for a
    /// caller that writes them into a reason of its own (`reason(_:facts:)`) or needs no words.
    func evaluateWithFacts(_ condition: IndexedCondition) -> (Truth, [ConditionFact]) {
        var facts: [ConditionFact]? = []
        let truth = evaluate(condition, evidence: &facts)
        return truth == .yes ? (truth, facts ?? []) : (truth, [])
    }

    /// A rule's words with the facts this evaluator found behind it: "Words (fact; fact)".
    func reason(_ words: String, facts: [ConditionFact]) -> String {
        ConditionFact.reason(words, facts: facts, questionnaire: questionnaire, context: context)
    }

    /// The truth of a condition; with `evidence`, the facts of the parts that hold are appended to it
    /// (those of an `any` item or a `not` that do not make the condition hold are taken out again).
    private func evaluate(_ condition: IndexedCondition, evidence: inout [ConditionFact]?) -> Truth {
        switch condition {
        case .all(let items):
            var result = Truth.yes
            for item in items {
                switch evaluate(item, evidence: &evidence) {
                case .no: return .no
                case .unknown: result = .unknown
                case .yes: break
                }
            }
            return result
        case .any(let items):
            return Self.any(items.count, evidence: &evidence) { evaluate(items[$0], evidence: &$1) }
        case .not(let inner):
            var ignored: [ConditionFact]? = nil
            return evaluate(inner, evidence: &ignored).negated
        case .answer(let position, let test):
            guard let position else { return Self.evaluateAnswer(nil, test) }
            let truth = Self.evaluateAnswer(context.response(position), test)
            if truth == .yes { evidence?.append(.answer(question: position)) }
            return truth
        case .signal(let position, let test):
            return evaluateSignal(position, test, evidence: &evidence)
        case .need(let atLeast, let atMost):
            guard let need = context.need else { return .unknown }
            let truth = Truth((atLeast.map { need >= $0 } ?? true) && (atMost.map { need <= $0 } ?? true))
            if truth == .yes { evidence?.append(.need(need)) }
            return truth
        case .rating(let ratings):
            guard let rating = context.rating else { return .unknown }
            let truth = Truth(ratings.contains(rating))
            if truth == .yes { evidence?.append(.rating(rating)) }
            return truth
        case .strongest(let position):
            return evaluateStrongest(position, evidence: &evidence)
        case .addresses(let test):
            // Any of the area's signals passing the test (or, without one, among the strongest).
            guard let area = context.area else { return .unknown }
            let signals = questionnaire.conditions.areaAddresses[area]
            return Self.any(signals.count, evidence: &evidence) { index, evidence in
                test.map { evaluateSignal(signals[index], $0, evidence: &evidence) }
                    ?? evaluateStrongest(signals[index], evidence: &evidence)
            }
        case .split(let area, let test):
            guard let area, let rows = context.splitRows, area < rows.count else { return .unknown }
            let truth: Truth
            switch test {
            case .owner(let owners): truth = Truth(owners.contains(rows[area].owner))
            case .phase(let phases): truth = Truth(phases.contains(rows[area].phase))
            }
            if truth == .yes { evidence?.append(.split(area: area)) }
            return truth
        }
    }

    /// `any`: yes when one item holds (with the facts of every item that holds), else unknown when one is
    /// unknown, else no. `item` evaluates the item at an index, appending its facts.
    private static func any(
        _ count: Int, evidence: inout [ConditionFact]?, item: (Int, inout [ConditionFact]?) -> Truth
    ) -> Truth {
        var result = Truth.no
        for index in 0..<count {
            let mark = evidence?.count ?? 0
            let truth = item(index, &evidence)
            if truth == .yes {
                result = .yes
                continue
            }
            // An item that does not hold speaks for nothing.
            if evidence != nil && evidence!.count > mark { evidence!.removeSubrange(mark...) }
            if truth == .unknown && result == .no { result = .unknown }
        }
        return result
    }

    /// The result of the signal at a position when it has a score and a level, read in place.
    private func scored(_ position: Int?) -> (score: Int, level: SignalLevel)? {
        guard let position, position < context.signals.count, let score = context.signals[position].score,
            let level = context.signals[position].level
        else { return nil }
        return (score, level)
    }

    /// A test on the score, level or rank of the signal at a position.
    private func evaluateSignal(_ position: Int?, _ test: SignalTest, evidence: inout [ConditionFact]?) -> Truth {
        guard let (score, level) = scored(position), let position else { return .unknown }
        let truth: Truth
        switch test {
        case .atLeast(let minimum): truth = Truth(score >= minimum)
        case .levelAtLeast(let minimum): truth = Truth(level >= minimum)
        case .rankAtMost(let maximum): truth = Truth((context.signalRank(position) ?? Int.max) <= maximum)
        }
        if truth == .yes, evidence != nil {
            if case .rankAtMost = test, let rank = context.signalRank(position) {
                evidence?.append(.signal(position, .rank(rank)))
            } else {
                evidence?.append(.signal(position, .level(level)))
            }
        }
        return truth
    }

    /// Whether a signal is among the strongest as the split policy counts them: at or above its level and
    /// within its count, which is smaller on a possible fit (the partner starts with one trial area).
    private func evaluateStrongest(_ position: Int?, evidence: inout [ConditionFact]?) -> Truth {
        let policy = questionnaire.splitPolicy.strongest
        guard let (_, level) = scored(position) else { return .unknown }
        guard level >= policy.level, let position, let rank = context.signalRank(position) else { return .no }
        let truth: Truth
        switch context.rating {
        case .possibleFit?: truth = Truth(rank <= policy.countOnPossibleFit)
        case nil: truth = rank <= policy.countOnPossibleFit ? .yes : (rank <= policy.count ? .unknown : .no)
        default: truth = Truth(rank <= policy.count)
        }
        if truth == .yes {
            evidence?.append(.signal(position, .level(level)))
            evidence?.append(.signal(position, .rank(rank)))
        }
        return truth
    }

    private static func evaluateAnswer(_ response: Response?, _ test: AnswerTest) -> Truth {
        switch test {
        case .answered: return Truth(response?.isKnown == true)
        case .unknown: return Truth(response == .unknown)
        case .notApplicable: return Truth(response == .notApplicable)
        default: break
        }
        switch response {
        case nil, .unknown?: return .unknown
        case .notApplicable?: return .no
        default: break
        }
        switch (test, response!) {
        case (.isOneOf(let ids), .choice(let id)): return Truth(ids.contains(id))
        case (.includesAny(let ids), .choices(let chosen)): return Truth(chosen.contains(where: ids.contains))
        case (.atLeast(let minimum), .number(let value)), (.atLeast(let minimum), .scale(let value)): return Truth(value >= minimum)
        case (.atMost(let maximum), .number(let value)), (.atMost(let maximum), .scale(let value)): return Truth(value <= maximum)
        default: return .no
        }
    }
}
