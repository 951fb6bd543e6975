/// "Ask next": for every shown question that is unanswered or "don't know", how far its possible answers
/// could move the need and whether any would change the rating or reveal a blocker.
///
/// Exact, not sampled: it ranks what `AnswerTrials` found by scoring every allowed answer (for numbers, one
/// value from each stretch on which scores and conditions are constant), so a question that cannot change
/// anything gets swing 0. That costs one scoring per possible answer of every open question; for a
/// questionnaire so large that this would pass `budget` (thousands of questions, or many multiple choices
/// whose options combine), the swing is estimated from the points instead, and the items say so.
public struct AskNext: Sendable {
    /// The most "possible answers × (questions + signals + condition terms)" tried after each answer: about
    /// half a second on these machines. The full shipped questionnaire needs about 13,000.
    static let budget = 500_000

    /// The scorer used to re-score each possible answer.
    public let scorer: Scorer

    /// Creates the ranking for a scorer.
    init(scorer: Scorer) { self.scorer = scorer }

    /// The unknown questions in the order a consultant would ask them, by what an answer could actually do:
    /// first those that could settle the rating through a prerequisite (in questionnaire order), then those
    /// that could reveal a blocker (strongest first by what follows), then by the expected change of rating (how
    /// many bands an answer moves it, averaged over the answers), then by weight times spread (what the
    /// question's points weigh in the need: each signal's weight times the points the question can give
    /// it), then by swing, then in questionnaire order. Reads what the trials found; the range they widen is
    /// the fit's business (`FitPipeline`), not the ranking's.
    func rank(_ trials: AnswerTrials, baseline: CoreEvaluation) -> [UnknownItem] {
        guard trials.isTried else { return estimate(baseline) }
        let need = baseline.need.need
        let baseDecidedByPrerequisite = baseline.decided.decision.prerequisiteID != nil
        var ranked: [(item: UnknownItem, key: RankKey)] = []
        for outcome in trials.outcomes {
            let item = UnknownItem(
                questionID: outcome.question.id, title: outcome.question.title, isDontKnow: outcome.isDontKnow,
                swing: max(need - outcome.needs.lowerBound, outcome.needs.upperBound - need),
                couldChangeRatingTo: outcome.otherRatings, couldTriggerBlockers: outcome.newBlockers,
                couldDecideRating: !baseDecidedByPrerequisite && outcome.reachesPrerequisite)
            let position = scorer.questionnaire.position(ofQuestion: outcome.question.id) ?? 0
            ranked.append(
                (
                    item,
                    RankKey(
                        decides: item.couldDecideRating, revealsBlocker: !item.couldTriggerBlockers.isEmpty,
                        ratingChange: outcome.expectedRatingChange, weightTimesSpread: weightTimesSpread(ofQuestionAt: position),
                        swing: item.swing, position: position)
                ))
        }
        ranked.sort { $0.key < $1.key }
        return ranked.map(\.item)
    }

    /// What orders "ask next", most consequential first (`<` means asked earlier).
    struct RankKey: Comparable {
        let decides: Bool
        let revealsBlocker: Bool
        let ratingChange: Double
        let weightTimesSpread: Int
        let swing: Int
        let position: Int

        static func < (lhs: RankKey, rhs: RankKey) -> Bool {
            if lhs.decides != rhs.decides { return lhs.decides }
            // Questions that settle the rating are asked in the questionnaire's order, which is the order
            // its prerequisites are checked in (who owns IT before what leadership wants).
            if lhs.decides { return lhs.position < rhs.position }
            if lhs.revealsBlocker != rhs.revealsBlocker { return lhs.revealsBlocker }
            // Averages of a few answers: differences below a hundredth of a band are ties, not findings.
            if abs(lhs.ratingChange - rhs.ratingChange) > 0.005 { return lhs.ratingChange > rhs.ratingChange }
            if lhs.weightTimesSpread != rhs.weightTimesSpread { return lhs.weightTimesSpread > rhs.weightTimesSpread }
            if lhs.swing != rhs.swing { return lhs.swing > rhs.swing }
            return lhs.position < rhs.position
        }
    }

    /// Each signal's weight times the most points the question can give it, summed: how much of the need
    /// rides on the question whatever else is known.
    func weightTimesSpread(ofQuestionAt position: Int) -> Int {
        scorer.questionPoints[position].maxima.reduce(0) { $0 + scorer.questionnaire.signals[$1.signal].weight * $1.maximum }
    }

    /// The ranking without trials, for a questionnaire past the budget: each open question's swing is the
    /// most its points could move the need (its share of each signal's possible points, weighted).
    private func estimate(_ baseline: CoreEvaluation) -> [UnknownItem] {
        let questionnaire = scorer.questionnaire
        let totalWeight = baseline.signals.filter { $0.maximum + $0.unknownMaximum > 0 }.reduce(0) { $0 + $1.weight }
        var ranked: [(item: UnknownItem, position: Int)] = []
        for question in baseline.visibleQuestions {
            let current = baseline.responses[question.id]
            guard current == nil || current == .unknown, question.kind.name != "text",
                let position = questionnaire.position(ofQuestion: question.id)
            else { continue }
            var share = 0.0
            for (signal, maximum) in scorer.questionPoints[position].maxima {
                let result = baseline.signals[signal]
                let possible = result.maximum + result.unknownMaximum
                guard possible > 0, totalWeight > 0 else { continue }
                share += Double(result.weight) / Double(totalWeight) * Double(maximum) / Double(possible)
            }
            let swing = Int((share * 100).rounded())
            ranked.append(
                (
                    UnknownItem(
                        questionID: question.id, title: question.title, isDontKnow: current == .unknown, swing: swing,
                        couldChangeRatingTo: [], couldTriggerBlockers: [], isEstimate: true), position
                ))
        }
        ranked.sort { ($0.item.swing, -$0.position) > ($1.item.swing, -$1.position) }
        return ranked.map(\.item)
    }

    /// How much trying every answer costs for a questionnaire: possible answers × (questions + signals +
    /// condition terms that every trial evaluates). Numbers count two answers a band, a bound of the
    /// stretches the exact ranking tries.
    static func work(for questionnaire: Questionnaire) -> Int {
        let answers = questionnaire.questions.reduce(0) { total, question in
            let count: Int
            switch question.kind {
            case .single(let options): count = options.count
            case .multiple(let options):
                let combinable = options.filter { !$0.exclusive }.count
                count = options.count - combinable + (combinable <= 10 ? (1 << combinable) - 1 : combinable + 1)
            case .scale: count = 5
            case .number(let spec): count = 2 + 2 * spec.bands.count
            case .text: count = 0
            }
            return total + count + (question.allowsNotApplicable ? 1 : 0)
        }
        let conditions =
            questionnaire.questions.compactMap(\.showIf) + questionnaire.sections.compactMap(\.showIf)
            + questionnaire.rating.prerequisites.map(\.when) + questionnaire.blockers.map(\.when)
        let terms = conditions.reduce(0) { $0 + $1.termCount }
        let (product, overflow) = answers.multipliedReportingOverflow(
            by: questionnaire.questions.count + questionnaire.signals.count + terms)
        return overflow ? Int.max : product
    }

    /// Every answer a question allows (other than "don't know"), with numbers reduced to one value per
    /// stretch where neither points nor any condition can change.
    public static func possibleResponses(for question: Question, in questionnaire: Questionnaire) -> [Response] {
        possibleResponses(for: question, thresholds: numberThresholds(in: questionnaire)[question.id] ?? [])
    }

    /// Every answer a question allows, `thresholds` being the values the questionnaire's conditions
    /// compare its answer with (`numberThresholds`).
    static func possibleResponses(for question: Question, thresholds: [Int]) -> [Response] {
        var responses: [Response]
        switch question.kind {
        case .single(let options):
            responses = options.map { .choice($0.id) }
        case .multiple(let options):
            responses = selections(of: options).map(Response.choices)
        case .scale:
            responses = Scale.values.map(Response.scale)
        case .number(let spec):
            responses = breakpoints(spec: spec, thresholds: thresholds).map(Response.number)
        case .text:
            responses = [.text("answered")]
        }
        if question.allowsNotApplicable { responses.append(.notApplicable) }
        return responses
    }

    /// Every allowed selection of a multiple choice: each exclusive option alone, and every non-empty
    /// combination of the others (bounded: past 10 combinable options, each option alone and all together).
    static func selections(of options: [AnswerOption]) -> [[String]] {
        let combinable = options.filter { !$0.exclusive }.map(\.id)
        var selections = options.filter(\.exclusive).map { [$0.id] }
        if combinable.count <= 10 {
            for mask in 1..<(1 << combinable.count) {
                selections.append(combinable.indices.filter { mask & (1 << $0) != 0 }.map { combinable[$0] })
            }
        } else {
            selections += combinable.map { [$0] }
            selections.append(combinable)
        }
        return selections
    }

    /// One value from each stretch of a number question on which bands and conditions are constant,
    /// `thresholds` being the values its conditions compare it with.
    static func breakpoints(spec: NumberSpec, thresholds: [Int]) -> [Int] {
        var values: Set<Int> = [spec.minimum, spec.maximum]
        for band in spec.bands {
            values.insert(band.atLeast)
            values.insert(band.atLeast - 1)
        }
        for threshold in thresholds {
            values.insert(threshold - 1)
            values.insert(threshold)
            values.insert(threshold + 1)
        }
        return values.filter { (spec.minimum...spec.maximum).contains($0) }.sorted()
    }

    /// For each question some condition compares with a number (`atLeast`, `atMost`), those numbers:
    /// found in one pass over every condition of the questionnaire, not one pass per question.
    static func numberThresholds(in questionnaire: Questionnaire) -> [String: [Int]] {
        var conditions = questionnaire.questions.compactMap(\.showIf) + questionnaire.sections.compactMap(\.showIf)
        conditions += questionnaire.rating.prerequisites.map(\.when) + questionnaire.blockers.map(\.when)
        // Every split row, in either form: an exception or policy row reads answers as a rule did.
        conditions += questionnaire.areas.flatMap { ($0.rules + $0.exceptions).map(\.when) } + questionnaire.splitPolicy.rules.map(\.when)
        conditions += questionnaire.nextSteps.compactMap(\.when)
        var found: [String: [Int]] = [:]
        func collect(_ condition: Condition) {
            switch condition {
            case .all(let items), .any(let items): items.forEach(collect)
            case .not(let inner), .named(_, let inner): collect(inner)
            case .answer(let id, .atLeast(let value)), .answer(let id, .atMost(let value)): found[id, default: []].append(value)
            default: break
            }
        }
        conditions.forEach(collect)
        return found
    }
}
