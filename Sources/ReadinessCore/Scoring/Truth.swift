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

/// What conditions can read while scoring: answers of shown questions, and scores once they exist.
struct ConditionContext {
    var response: (String) -> Response?
    var signal: (String) -> SignalResult?
    var need: Int?
    var rating: Rating?
    var settings: ScoringSettings
    /// Each scored signal's rank, 1 for the strongest.
    var signalRank: (String) -> Int? = { _ in nil }
    /// The area whose row is being decided, which `addresses` conditions read.
    var area: Area? = nil
    /// The decided split, which `split` conditions read (nil until the split is built).
    var splitRow: ((String) -> SplitRow?)? = nil

    /// A signal's result by id, for results made in the questionnaire's signal order (as scoring makes
    /// them): the questionnaire's own index, so no dictionary is built for each set of answers.
    static func signalLookup(_ signals: [SignalResult], in questionnaire: Questionnaire) -> (String) -> SignalResult? {
        { id in questionnaire.position(ofSignal: id).flatMap { $0 < signals.count ? signals[$0] : nil } }
    }

    /// The ranks of scored signals: strongest first, ties in questionnaire order.
    static func ranks(of signals: [SignalResult]) -> [String: Int] {
        let scored = signals.enumerated().filter { $0.element.score != nil }
            .sorted { ($0.element.score!, -$0.offset) > ($1.element.score!, -$1.offset) }
        return Dictionary(uniqueKeysWithValues: scored.enumerated().map { ($1.element.id, $0 + 1) })
    }

    /// A rank lookup that ranks the signals the first time a condition asks: most evaluators never do,
    /// and ranking costs as much as evaluating a few rules.
    static func lazyRanks(of signals: [SignalResult]) -> (String) -> Int? {
        final class Memo { var ranks: [String: Int]? }
        let memo = Memo()
        return { id in
            if memo.ranks == nil { memo.ranks = ranks(of: signals) }
            return memo.ranks?[id]
        }
    }
}

/// Evaluates conditions in three-valued logic and collects the facts that made a condition true.
struct ConditionEvaluator {
    let questionnaire: Questionnaire
    var context: ConditionContext

    /// The same evaluator deciding one area's row, so `addresses` reads that area's signals.
    func deciding(_ area: Area) -> ConditionEvaluator {
        var copy = self
        copy.context.area = area
        return copy
    }

    /// The same evaluator reading a decided split, for next steps.
    func reading(_ split: [SplitRow]) -> ConditionEvaluator {
        var copy = self
        let rows = Dictionary(split.map { ($0.areaID, $0) }, uniquingKeysWith: { first, _ in first })
        copy.context.splitRow = { rows[$0] }
        return copy
    }

    /// The truth of a condition.
    func evaluate(_ condition: Condition) -> Truth {
        var ignored: [Fact]? = nil
        return evaluate(condition, evidence: &ignored)
    }

    /// The truth of a condition and, when true, the facts behind it ("After-hours coverage: nobody").
    func evaluateWithEvidence(_ condition: Condition) -> (Truth, [String]) {
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
            sentences[signal.position] = "\(signal.title) is \(signal.predicates.joined(separator: " and ")) (\(signal.score)/100)"
        }
        return sentences
    }

    private func evaluate(_ condition: Condition, evidence: inout [Fact]?) -> Truth {
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
            var result = Truth.no
            for item in items {
                var branch: [Fact]? = evidence == nil ? nil : []
                switch evaluate(item, evidence: &branch) {
                case .yes:
                    evidence?.append(contentsOf: branch ?? [])
                    result = .yes
                case .unknown where result == .no: result = .unknown
                default: break
                }
            }
            return result
        case .not(let inner):
            var ignored: [Fact]? = nil
            return evaluate(inner, evidence: &ignored).negated
        case .answer(let questionID, let test):
            let truth = evaluateAnswer(questionID, test)
            if truth == .yes, let question = questionnaire.question(questionID) {
                let response = context.response(questionID)
                // Typed text stays out of reasons: it may be private, and reports redact it.
                let answer =
                    question.kind.name == "text" && response?.isKnown == true ? "answered" : AnswerText.describe(response, for: question)
                evidence?.append(.sentence("\(question.title): \(answer)"))
            }
            return truth
        case .signal(let id, let test):
            guard let signal = context.signal(id), let score = signal.score, let level = signal.level else { return .unknown }
            let truth: Truth
            switch test {
            case .atLeast(let minimum): truth = Truth(score >= minimum)
            case .levelAtLeast(let minimum): truth = Truth(level >= minimum)
            case .rankAtMost(let maximum): truth = Truth((context.signalRank(id) ?? Int.max) <= maximum)
            }
            if truth == .yes {
                if case .rankAtMost = test, let rank = context.signalRank(id) {
                    let predicate = rank == 1 ? "the strongest signal" : "the \(Self.ordinal(rank)) strongest signal"
                    evidence?.append(.signal(title: signal.title, score: score, predicate: predicate))
                } else {
                    evidence?.append(.signal(title: signal.title, score: score, predicate: level.rawValue))
                }
            }
            return truth
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
        case .named(_, let inner):
            return evaluate(inner, evidence: &evidence)
        case .strongest(let id):
            return evaluateStrongest(id, evidence: &evidence)
        case .addresses(let test):
            guard let area = context.area else { return .unknown }
            let each = area.addresses.map { id in test.map { Condition.signal(id: id, test: $0) } ?? .strongest(signal: id) }
            return evaluate(.any(each), evidence: &evidence)
        case .split(let areaID, let test):
            guard let row = context.splitRow?(areaID) else { return .unknown }
            let truth: Truth
            switch test {
            case .owner(let owners): truth = Truth(owners.contains(row.owner))
            case .phase(let phases): truth = Truth(phases.contains(row.phase))
            }
            if truth == .yes { evidence?.append(.sentence("\(row.title) is \(row.owner.rawValue), \(row.phase.rawValue)")) }
            return truth
        }
    }

    /// Whether a signal is among the strongest as the split policy counts them: at or above its level and
    /// within its count, which is smaller on a possible fit (the partner starts with one trial area).
    private func evaluateStrongest(_ id: String, evidence: inout [Fact]?) -> Truth {
        let policy = questionnaire.splitPolicy.strongest
        guard let signal = context.signal(id), let score = signal.score, let level = signal.level else { return .unknown }
        guard level >= policy.level, let rank = context.signalRank(id) else { return .no }
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

    private func evaluateAnswer(_ questionID: String, _ test: AnswerTest) -> Truth {
        let response = context.response(questionID)
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
