/// The scoring engine: turns responses into the fit, the signals, blockers, the split, next steps and unknowns.
///
/// Deterministic and free of I/O. Build one per questionnaire and reuse it: the per-question maxima are
/// worked out once.
public struct Scorer: Sendable {
    /// The questionnaire the scorer reads.
    public let questionnaire: Questionnaire
    let questionPoints: [QuestionPoints]
    /// For each signal, how many questions feed it: the most contributions it can list.
    let feedCounts: [Int]
    /// What trying every answer for "ask next" costs (see `AskNext.budget`).
    let askNextWork: Int
    /// What makes trying one answer cheap (see `trial(changing:to:from:responses:)`).
    let trialPlan: TrialPlan
    /// Whether trials start from the baseline's sums (the default) or score every trial from scratch: the
    /// plain road, kept so tests can show both give the same results.
    var trialsAreIncremental = true
    /// Whether a listing's trials use what is proven of an answer instead of working it out: the trials
    /// that cannot widen the range are left out (`TrialsWithinRange`) and those that keep a prerequisite's
    /// decision work out only their need (`KeptDecision`). Off only in tests, to show the results are the
    /// same either way.
    var usesTrialProofs = true

    /// Prepares a scorer for a questionnaire.
    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        let choices = questionnaire.scoring.semantics.choices
        questionPoints = questionnaire.questions.map {
            QuestionPoints($0, choices: choices, signalPosition: questionnaire.position(ofSignal:))
        }
        var feedCounts = [Int](repeating: 0, count: questionnaire.signals.count)
        for points in questionPoints {
            for (signal, _) in points.maxima { feedCounts[signal] += 1 }
        }
        self.feedCounts = feedCounts
        askNextWork = AskNext.work(for: questionnaire)
        trialPlan = TrialPlan(questionnaire: questionnaire, questionPoints: questionPoints)
    }

    /// Scores an assessment's responses.
    public func score(_ assessment: Assessment) -> ScoreResult {
        score(assessment.responses)
    }

    /// Scores a set of responses by question id.
    public func score(_ responses: [String: Response]) -> ScoreResult {
        let pipeline = FitPipeline(scorer: self, responses: responses, detailed: true, findBlockers: true)
        let core = pipeline.core
        // One evaluator for every rule of the result: making one indexes and ranks the signals.
        let evaluator = core.evaluator
        let blockers = triggeredBlockers(core, evaluator: evaluator)
        let split = SplitBuilder(questionnaire: questionnaire, core: core, evaluator: evaluator).rows()
        var steps = blockers.compactMap(\.step)
        // Next steps may read the split, so they are decided after it.
        let stepEvaluator = evaluator.reading(split)
        let stepConditions = questionnaire.conditions.nextSteps
        // By position, a step's text read only when it applies: enumerating copied every step.
        let nextSteps = questionnaire.nextSteps
        for position in nextSteps.indices where stepConditions[position].map({ stepEvaluator.evaluate($0) == .yes }) ?? true {
            let text = nextSteps[position].text
            if !steps.contains(text) { steps.append(text) }
        }
        return ScoreResult(
            fit: pipeline.fit, signals: core.signals, blockers: blockers, split: split, nextSteps: steps,
            unknowns: AskNext(scorer: self).rank(pipeline.trials, baseline: core),
            visibleQuestionIDs: core.visibleQuestions.map(\.id),
            answeredCount: core.answers.reduce(0) { $0 + ($1 == nil ? 0 : 1) })
    }

    /// Stages 1 to 3 of the fit (see `FitPipeline`) and the visibility they rest on: what "ask next" repeats
    /// for every possible answer. Without `detailed`, signals carry no contributions (the answers in words),
    /// which trials and listings never read.
    func evaluate(_ responses: [String: Response], detailed: Bool = true) -> CoreEvaluation {
        let visibility = Visibility(questionnaire: questionnaire, responses: responses)
        let visibleResponses = visibility.visibleResponses
        let semantics = questionnaire.scoring.semantics
        let serious =
            semantics.seriousAnswers == .neverLower
            ? SeriousAnswers(
                questionnaire: questionnaire, questionPoints: questionPoints, responses: visibleResponses, choices: semantics.choices)
            : nil
        var accumulators = [SignalAccumulator](repeating: SignalAccumulator(), count: questionnaire.signals.count)
        if detailed {
            // Each list at its largest size at once, rather than grown and copied as answers are added.
            for signal in accumulators.indices { accumulators[signal].contributions.reserveCapacity(feedCounts[signal]) }
        }
        var visibleQuestions: [Question] = []
        visibleQuestions.reserveCapacity(questionnaire.questions.count)
        for position in questionnaire.questions.indices where visibility.shown[position] {
            let question = questionnaire.questions[position]
            visibleQuestions.append(question)
            let response = visibility.answers[position]
            let isSerious = serious?.questionIDs.contains(question.id) ?? false
            let points = questionPoints[position]
            let maxima = points.maxima
            guard !maxima.isEmpty else { continue }
            // A single choice's option is found once for its words and for every signal it feeds.
            let option = response.flatMap { question.position(ofOption: $0) }
            // The answer in words, once for every signal the question feeds.
            let answer = detailed ? AnswerText.describe(response, for: question, option: option) : ""
            for (feed, (signal, maximum)) in maxima.enumerated() {
                let signalID = questionnaire.signals[signal].id
                let given = response.map {
                    points.points(of: $0, kind: question.kind, feed: feed, option: option, signalID: signalID, choices: semantics.choices)
                }
                accumulators[signal].add(
                    response, to: question, answer: answer, signalID: signalID, maximum: maximum,
                    choices: semantics.choices, isSerious: isSerious, detailed: detailed, given: given)
            }
        }
        if !semantics.criticalFrom.isEmpty {
            applyPrimaryQuestions(semantics, shown: visibility.shown, response: { visibleResponses[$0] }, to: &accumulators)
        }
        // By position: zipping copied every signal and its sums.
        let allSignals = questionnaire.signals
        let signals = accumulators.indices.map { accumulators[$0].result(for: allSignals[$0], settings: questionnaire.scoring) }
        let need = NeedEstimate(questionnaire: questionnaire, signals: signals, accumulators: accumulators)
        let decided = DecidedRating(questionnaire: questionnaire, answers: visibility.answers, signals: signals, need: need)
        return CoreEvaluation(
            questionnaire: questionnaire, responses: visibleResponses, answers: visibility.answers, visibleQuestions: visibleQuestions,
            signals: signals, need: need, decided: decided,
            parts: CoreEvaluation.Parts(shown: visibility.shown, accumulators: accumulators, serious: serious))
    }

    /// `criticalFrom`: a signal whose primary question's answer alone reaches the critical level scores at
    /// least its critical score, whatever its neighbouring questions say.
    func applyPrimaryQuestions(
        _ semantics: ScoringSemantics, shown: [Bool], response: (String) -> Response?, to accumulators: inout [SignalAccumulator]
    ) {
        for (signalID, questionID) in semantics.criticalFrom {
            guard let signal = questionnaire.position(ofSignal: signalID), let critical = questionnaire.signals[signal].criticalAt,
                let position = questionnaire.position(ofQuestion: questionID), shown[position],
                let response = response(questionID), response.isKnown,
                let maximum = questionPoints[position].maxima.first(where: { $0.signal == signal })?.maximum, maximum > 0
            else { continue }
            let question = questionnaire.questions[position]
            let alone =
                100 * Double(QuestionPoints.points(of: response, in: question, for: signalID, choices: semantics.choices)) / Double(maximum)
            // The level is what the primary decides, not the score: lifted to the critical level, the signal
            // still reads higher where its other answers say worse.
            if alone >= Double(critical) {
                accumulators[signal].primary = (question.title, Double(critical))
            }
        }
    }

    /// Blockers whose condition definitely holds, with the facts behind them.
    func triggeredBlockers(_ core: CoreEvaluation, evaluator: ConditionEvaluator? = nil) -> [BlockerResult] {
        let evaluator = evaluator ?? core.evaluator
        let conditions = questionnaire.conditions.blockers
        return questionnaire.blockers.indices.compactMap { position in
            let blocker = questionnaire.blockers[position]
            let (truth, evidence) = evaluator.evaluateWithEvidence(conditions[position])
            guard truth == .yes else { return nil }
            return BlockerResult(
                id: blocker.id, title: blocker.title, explanation: blocker.explanation, step: blocker.step, evidence: evidence)
        }
    }

    /// The ids of the blockers whose condition definitely holds, without the facts (ask-next needs no more):
    /// of all of them, or of those at `positions` (in order).
    func triggeredBlockerIDs(_ core: CoreEvaluation, among positions: [Int]? = nil) -> [String] {
        let positions = positions ?? Array(questionnaire.blockers.indices)
        guard !positions.isEmpty else { return [] }
        return triggeredBlockerIDs(core.evaluator, among: positions)
    }

    /// The ids of the blockers at `positions` whose condition definitely holds for this evaluator.
    func triggeredBlockerIDs(_ evaluator: ConditionEvaluator, among positions: [Int]) -> [String] {
        let conditions = questionnaire.conditions.blockers
        return positions.compactMap { evaluator.evaluate(conditions[$0]) == .yes ? questionnaire.blockers[$0].id : nil }
    }
}

/// Visibility, signal scores, the need estimate and the rating decision for one set of responses: the
/// first three stages of `FitPipeline`, and what every later stage reads.
struct CoreEvaluation {
    let questionnaire: Questionnaire
    /// Responses to shown questions only.
    let responses: [String: Response]
    /// The same by question position.
    let answers: [Response?]
    let visibleQuestions: [Question]
    let signals: [SignalResult]
    let need: NeedEstimate
    let decided: DecidedRating
    /// What the signals were summed from, kept so a one-answer trial can start from them
    /// (`Scorer.trial(changing:to:from:responses:)`).
    let parts: Parts

    /// Visibility, the sums behind each signal and the serious answers.
    struct Parts {
        /// For each question in order, whether it is shown.
        let shown: [Bool]
        /// Each signal's sums, in questionnaire order.
        let accumulators: [SignalAccumulator]
        /// The serious answers, under `seriousAnswers: never-lower` only.
        let serious: SeriousAnswers?
    }

    /// An evaluator that sees answers, signals, the need and the rating.
    var evaluator: ConditionEvaluator {
        let answers = self.answers
        return ConditionEvaluator(
            questionnaire: questionnaire,
            context: ConditionContext(
                response: { answers[$0] }, signals: signals, need: need.need, rating: decided.decision.rating,
                signalRank: ConditionContext.lazyRanks(of: signals)))
    }
}

/// Sums one signal's points over the shown questions.
struct SignalAccumulator {
    var points = 0
    var maximum = 0
    var unknownMaximum = 0
    var contributions: [Contribution] = []
    /// The primary question (`criticalFrom`) whose answer alone puts the signal at its critical level, and
    /// that critical score: the signal never scores below it.
    var primary: (title: String, score: Double)?

    /// Adds one shown question's response (`answer`: the response in words, `AnswerText.describe`, read only
    /// when `detailed`). A serious answer (`seriousAnswers: never-lower`) counts its points
    /// as known at full strength and leaves the rest of the question's maximum open, as "don't know" does.
    mutating func add(
        _ response: Response?, to question: Question, answer: String, signalID: String, maximum questionMaximum: Int,
        choices: ScoringSemantics.Choices = .sum, isSerious: Bool = false, detailed: Bool = true, given: Int? = nil
    ) {
        switch response {
        case .notApplicable?:
            return
        case nil, .unknown?:
            apply(Share(points: 0, maximum: 0, unknownMaximum: questionMaximum))
            guard detailed else { return }
            contributions.append(
                Contribution(
                    questionID: question.id, questionTitle: question.title, answer: answer, points: nil, maximum: questionMaximum))
        case let known?:
            let share = Self.share(
                of: known, to: question.kind, signalID: signalID, maximum: questionMaximum, choices: choices, isSerious: isSerious,
                given: given)
            apply(share)
            guard detailed else { return }
            contributions.append(
                Contribution(
                    questionID: question.id, questionTitle: question.title,
                    answer: answer, points: share.points, maximum: questionMaximum,
                    countsOnlyItsPoints: isSerious))
        }
    }

    /// What one shown question's response adds to a signal's sums.
    struct Share {
        var points: Int
        var maximum: Int
        var unknownMaximum: Int
    }

    /// The share of a response, as `add` counts it: nothing for "not applicable", the whole maximum open
    /// for no answer or "don't know", and for a serious answer its points as known and the rest open.
    static func share(
        of response: Response?, to kind: AnswerKind, signalID: String, maximum questionMaximum: Int,
        choices: ScoringSemantics.Choices, isSerious: Bool, given: Int? = nil
    ) -> Share {
        switch response {
        case .notApplicable?:
            return Share(points: 0, maximum: 0, unknownMaximum: 0)
        case nil, .unknown?:
            return Share(points: 0, maximum: 0, unknownMaximum: questionMaximum)
        case let known?:
            let given = given ?? QuestionPoints.points(of: known, kind: kind, for: signalID, choices: choices)
            return isSerious
                ? Share(points: given, maximum: given, unknownMaximum: questionMaximum - given)
                : Share(points: given, maximum: questionMaximum, unknownMaximum: 0)
        }
    }

    /// Adds a share (`sign` 1) or takes it back out (`sign` -1): the sums are integers, so taking a share
    /// out and adding another gives exactly the sums of adding the other in the first place.
    mutating func apply(_ share: Share, sign: Int = 1) {
        points += sign * share.points
        maximum += sign * share.maximum
        unknownMaximum += sign * share.unknownMaximum
    }

    /// The score from known answers, 0 to 100, unrounded; nil without evidence.
    var exactScore: Double? { maximum > 0 ? lifted(100 * Double(points) / Double(maximum)) : nil }
    /// The score with unknowns at their best.
    var exactLow: Double? { maximum + unknownMaximum > 0 ? lifted(100 * Double(points) / Double(maximum + unknownMaximum)) : nil }
    /// The score with unknowns at their worst.
    var exactHigh: Double? {
        maximum + unknownMaximum > 0 ? lifted(100 * Double(points + unknownMaximum) / Double(maximum + unknownMaximum)) : nil
    }

    /// A score raised to what the primary question's answer gives alone, when that is critical.
    private func lifted(_ score: Double) -> Double { primary.map { max(score, $0.score) } ?? score }

    /// The signal's result; without `detailed`, without the answers in words (a trial's sums may still
    /// hold the baseline's).
    func result(for signal: Signal, settings: ScoringSettings, detailed: Bool = true) -> SignalResult {
        SignalResult(
            id: signal.id, title: signal.title, weight: signal.weight,
            score: exactScore.map(Self.round), low: exactLow.map(Self.round), high: exactHigh.map(Self.round),
            level: exactScore.map { settings.level(of: $0, for: signal) },
            points: points, maximum: maximum, unknownMaximum: unknownMaximum, contributions: detailed ? contributions : [],
            lift: scoreLift)
    }

    /// The primary question's lift of the score from known answers, when it raised it (the report shows it
    /// so the score adds up by hand).
    var scoreLift: ScoreLift? {
        guard let primary, maximum > 0 else { return nil }
        let from = Self.round(100 * Double(points) / Double(maximum))
        let to = Self.round(primary.score)
        return from < to ? ScoreLift(questionTitle: primary.title, from: from, to: to) : nil
    }

    /// Rounds half up, the way a reader checking by hand would.
    static func round(_ value: Double) -> Int { Int((value + 0.5).rounded(.down)) }
}
