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
        var ignored: [Fact]? = nil
        return evaluate(condition, evidence: &ignored)
    }

    /// The truth of a condition and, when true, the facts behind it ("After-hours coverage: nobody").
    func evaluateWithEvidence(_ condition: IndexedCondition) -> (Truth, [String]) {
        // Most rules do not hold: find that out without writing sentences, and write them only for those that do.
        let truth = evaluate(condition)
        guard truth == .yes else { return (truth, []) }
        var evidence: [Fact]? = []
        _ = evaluate(condition, evidence: &evidence)
        return (truth, Self.sentences(evidence ?? []))
    }

    /// One fact behind a condition that holds. Facts about a signal keep their parts until the end, so that
    /// two of them read as one: "Security depth is high and the strongest signal (80/100)".
    private enum Fact: Equatable {
        case sentence(String)
        case signal(title: String, score: Int, predicate: String)
    }

    /// The facts in words, in order, each once, those about one signal joined.
    private static func sentences(_ facts: [Fact]) -> [String] {
        // Usually one to three facts: comparing them beats hashing.
        var sentences: [String] = []
        sentences.reserveCapacity(facts.count)
        var signals: [(title: String, score: Int, predicates: [String], position: Int)] = []
        for fact in facts {
            switch fact {
            case .sentence(let text):
                if !sentences.contains(text) { sentences.append(text) }
            case .signal(let title, let score, let predicate):
                if let index = signals.firstIndex(where: { $0.title == title && $0.score == score }) {
                    if !signals[index].predicates.contains(predicate) { signals[index].predicates.append(predicate) }
                } else {
                    signals.append((title, score, [predicate], sentences.count))
                    sentences.append("")
                }
            }
        }
        for signal in signals {
            sentences[signal.position] = ReasonText.joining(
                before: [signal.title, " is "], signal.predicates, separator: " and ", after: [" (", String(signal.score), "/100)"])
        }
        return sentences
    }

    private func evaluate(_ condition: IndexedCondition, evidence: inout [Fact]?) -> Truth {
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
            var ignored: [Fact]? = nil
            return evaluate(inner, evidence: &ignored).negated
        case .answer(let position, let test):
            guard let position else { return Self.evaluateAnswer(nil, test) }
            let response = context.response(position)
            let truth = Self.evaluateAnswer(response, test)
            if truth == .yes, evidence != nil {
                let question = questionnaire.questions[position]
                // Typed text stays out of reasons: it may be private, and reports redact it.
                let answer =
                    question.kind.name == "text" && response?.isKnown == true ? "answered" : AnswerText.describe(response, for: question)
                evidence?.append(.sentence(ReasonText.joining([question.title, ": ", answer])))
            }
            return truth
        case .signal(let position, let test):
            return evaluateSignal(position, test, evidence: &evidence)
        case .need(let atLeast, let atMost):
            guard let need = context.need else { return .unknown }
            let truth = Truth((atLeast.map { need >= $0 } ?? true) && (atMost.map { need <= $0 } ?? true))
            if truth == .yes { evidence?.append(.sentence("need is \(need)/100")) }
            return truth
        case .rating(let ratings):
            guard let rating = context.rating else { return .unknown }
            let truth = Truth(ratings.contains(rating))
            if truth == .yes { evidence?.append(.sentence("rating is \(rating.rawValue)")) }
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
            let row = rows[area]
            let truth: Truth
            switch test {
            case .owner(let owners): truth = Truth(owners.contains(row.owner))
            case .phase(let phases): truth = Truth(phases.contains(row.phase))
            }
            if truth == .yes { evidence?.append(.sentence("\(row.title) is \(row.owner.rawValue), \(row.phase.rawValue)")) }
            return truth
        }
    }

    /// `any`: yes when one item holds (with the facts of every item that holds), else unknown when one is
    /// unknown, else no. `item` evaluates the item at an index into the facts it is given.
    private static func any(_ count: Int, evidence: inout [Fact]?, item: (Int, inout [Fact]?) -> Truth) -> Truth {
        var result = Truth.no
        for index in 0..<count {
            var branch: [Fact]? = evidence == nil ? nil : []
            switch item(index, &branch) {
            case .yes:
                evidence?.append(contentsOf: branch ?? [])
                result = .yes
            case .unknown where result == .no: result = .unknown
            default: break
            }
        }
        return result
    }

    /// A test on the score, level or rank of the signal at a position.
    private func evaluateSignal(_ position: Int?, _ test: SignalTest, evidence: inout [Fact]?) -> Truth {
        guard let signal = context.signal(position), let position, let score = signal.score, let level = signal.level else {
            return .unknown
        }
        let truth: Truth
        switch test {
        case .atLeast(let minimum): truth = Truth(score >= minimum)
        case .levelAtLeast(let minimum): truth = Truth(level >= minimum)
        case .rankAtMost(let maximum): truth = Truth((context.signalRank(position) ?? Int.max) <= maximum)
        }
        if truth == .yes {
            if case .rankAtMost = test, let rank = context.signalRank(position) {
                let predicate = rank == 1 ? "the strongest signal" : "the \(Self.ordinal(rank)) strongest signal"
                evidence?.append(.signal(title: signal.title, score: score, predicate: predicate))
            } else {
                evidence?.append(.signal(title: signal.title, score: score, predicate: level.rawValue))
            }
        }
        return truth
    }

    /// Whether a signal is among the strongest as the split policy counts them: at or above its level and
    /// within its count, which is smaller on a possible fit (the partner starts with one trial area).
    private func evaluateStrongest(_ position: Int?, evidence: inout [Fact]?) -> Truth {
        let policy = questionnaire.splitPolicy.strongest
        guard let signal = context.signal(position), let score = signal.score, let level = signal.level else { return .unknown }
        guard level >= policy.level, let position, let rank = context.signalRank(position) else { return .no }
        let truth: Truth
        switch context.rating {
        case .possibleFit?: truth = Truth(rank <= policy.countOnPossibleFit)
        case nil: truth = rank <= policy.countOnPossibleFit ? .yes : (rank <= policy.count ? .unknown : .no)
        default: truth = Truth(rank <= policy.count)
        }
        if truth == .yes {
            let place = rank == 1 ? "the strongest signal" : "the \(Self.ordinal(rank)) strongest signal"
            evidence?.append(.signal(title: signal.title, score: score, predicate: level.rawValue))
            evidence?.append(.signal(title: signal.title, score: score, predicate: place))
        }
        return truth
    }

    /// "second", "third", "fourth", then "5th" and on: for "the second strongest signal".
    static func ordinal(_ number: Int) -> String {
        let words = [2: "second", 3: "third", 4: "fourth"]
        return words[number] ?? "\(number)th"
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
