/// What the scorer works out once per questionnaire so that trying one answer (`AnswerTrials`) costs a few
/// additions instead of a whole scoring.
struct TrialPlan: Sendable {
    /// For each question in order, whether some `showIf` (its section's or a question's) reads its answer:
    /// an answer to such a question can show or hide others, so its trials are scored from scratch.
    let showsOrHides: [Bool]
    /// For each question in order, the positions of the blockers whose condition reads its answer: under
    /// `seriousAnswers: never-lower` those are the only blockers whose serious answers can change.
    let blockersReading: [[Int]]
    /// The positions of the blockers whose condition reads something scored, in order.
    let blockersReadingScores: [Int]
    /// How many blockers the questionnaire has.
    let blockerCount: Int
    /// For each question in order, every answer it allows (`AskNext.possibleResponses`), worked out once:
    /// a number question's stretches come from every condition of the questionnaire.
    let possibleResponses: [[Response]]
    /// For each question in order, the `showIf` conditions that read its answer: the only ones a trial of
    /// an answer to it has to evaluate again to know whether visibility holds (`Scorer.keepsVisibility`).
    let visibilityReaders: [[VisibilityReader]]
    /// Which answers' trials a listing may leave out, as far as the questionnaire decides it.
    let withinRange: TrialsWithinRange
    /// For each question in order, the first prerequisite that reads its answer or anything scored
    /// (`KeptDecision`): an answer to it keeps a decision made by an earlier prerequisite.
    let firstPrerequisiteReading: [Int]

    init(questionnaire: Questionnaire, questionPoints: [QuestionPoints]) {
        let visibilityConditions = questionnaire.sections.compactMap(\.showIf) + questionnaire.questions.compactMap(\.showIf)
        let readByVisibility = Set(visibilityConditions.flatMap(\.questionIDs))
        let showsOrHides = questionnaire.questions.map { readByVisibility.contains($0.id) }
        // Each blocker's readers noted from its side: one pass over the blockers, in their order.
        var blockersReading = [[Int]](repeating: [], count: questionnaire.questions.count)
        for (blocker, rule) in questionnaire.blockers.enumerated() {
            for question in Set(rule.when.questionIDs).compactMap(questionnaire.position(ofQuestion:)) {
                blockersReading[question].append(blocker)
            }
        }
        self.showsOrHides = showsOrHides
        self.blockersReading = blockersReading
        let thresholds = AskNext.numberThresholds(in: questionnaire)
        possibleResponses = questionnaire.questions.map { AskNext.possibleResponses(for: $0, thresholds: thresholds[$0.id] ?? []) }
        visibilityReaders = VisibilityReader.readers(of: questionnaire)
        firstPrerequisiteReading = KeptDecision.firstPrerequisiteReading(questionnaire)
        withinRange = TrialsWithinRange(questionnaire: questionnaire, questionPoints: questionPoints, possibleResponses: possibleResponses)
        blockersReadingScores = questionnaire.blockers.indices.filter { questionnaire.blockers[$0].when.readsScores }
        blockerCount = questionnaire.blockers.count
    }

    /// The positions of the blockers whose truth an answer to the question at `position` can change:
    /// those that read it or read scores, or every blocker when it shows or hides other questions. Worked
    /// out when a question is tried, not kept for every question (that grew with questions times blockers).
    func blockersToRecheck(at position: Int) -> [Int] {
        showsOrHides[position] ? Array(0..<blockerCount) : Self.union(blockersReading[position], blockersReadingScores)
    }
}

extension TrialPlan {
    /// Two ascending lists of positions as one, without repeats.
    static func union(_ first: [Int], _ second: [Int]) -> [Int] {
        var merged: [Int] = []
        merged.reserveCapacity(first.count + second.count)
        var (left, right) = (0, 0)
        while left < first.count || right < second.count {
            let next: Int
            if right == second.count || (left < first.count && first[left] <= second[right]) {
                next = first[left]
                left += 1
            } else {
                next = second[right]
                right += 1
            }
            if merged.last != next { merged.append(next) }
        }
        return merged
    }
}

/// What one tried answer leads to: all that "ask next", the range and the confidence read of it.
struct TrialOutcome {
    /// The need.
    let need: Int
    /// The rating decision.
    let decision: RatingDecision
    /// Each signal's result (without the answers in words).
    let signals: [SignalResult]
    /// An evaluator over the trial's answers, signals, need and rating, for the blockers it reveals: made
    /// only when asked for.
    let evaluator: () -> ConditionEvaluator

    /// The outcome of answers scored from scratch.
    init(_ core: CoreEvaluation) {
        need = core.need.need
        decision = core.decided.decision
        signals = core.signals
        evaluator = { core.evaluator }
    }

    init(need: Int, decision: RatingDecision, signals: [SignalResult], evaluator: @escaping () -> ConditionEvaluator) {
        self.need = need
        self.decision = decision
        self.signals = signals
        self.evaluator = evaluator
    }
}

extension Scorer {
    /// What `baseline`'s answers lead to with one shown question, unanswered or "don't know" there, given
    /// `response`: exactly what `evaluate(responses, detailed: false)` gives for those answers (the need,
    /// the decision, the signals and the conditions read over them), without summing every question again.
    ///
    /// When the question can show or hide others, visibility may change and everything is scored again.
    /// Otherwise the question's share of each signal it feeds is taken out of the baseline's sums and the
    /// new one put in (sums of integers, so the result is the same to the last bit); under
    /// `seriousAnswers: never-lower` the answers whose seriousness changes are counted again the same way.
    /// The signal results, the need and the rating decision are then made from the sums as `evaluate` makes
    /// them, without their reasons in words, and the answers are read through the baseline's with the one
    /// change rather than a copy.
    func trial(changing position: Int, to response: Response, from baseline: CoreEvaluation, responses: [String: Response])
        -> TrialOutcome
    {
        guard let (accumulators, lookup) = trialSums(changing: position, to: response, from: baseline, responses: responses) else {
            var trial = responses
            trial[questionnaire.questions[position].id] = response
            return TrialOutcome(evaluate(trial, detailed: false))
        }
        // By position, each signal read in place: zipping copied every signal (its strings and lists).
        let signals = accumulators.indices.map { index in
            accumulators[index].result(for: questionnaire.signals[index], settings: questionnaire.scoring, detailed: false)
        }
        let need = NeedEstimate(questionnaire: questionnaire, signals: signals, accumulators: accumulators, explained: false)
        let decided = DecidedRating(questionnaire: questionnaire, response: lookup, signals: signals, need: need, explained: false)
        let read = questionnaire
        let rating = decided.decision.rating
        return TrialOutcome(need: need.need, decision: decided.decision, signals: signals) {
            ConditionEvaluator(
                questionnaire: read,
                context: ConditionContext(
                    response: lookup, signals: signals, need: need.need, rating: rating, signalRank: ConditionContext.lazyRanks(of: signals)
                ))
        }
    }

    /// The need alone of the same trial: what a listing's range needs when no prerequisite decided the
    /// rating (the need comes from the sums only, so no signal result or condition is made).
    func trialNeed(changing position: Int, to response: Response, from baseline: CoreEvaluation, responses: [String: Response]) -> Int {
        guard let (accumulators, _) = trialSums(changing: position, to: response, from: baseline, responses: responses) else {
            var trial = responses
            trial[questionnaire.questions[position].id] = response
            return evaluate(trial, detailed: false).need.need
        }
        return NeedEstimate(questionnaire: questionnaire, signals: [], accumulators: accumulators, explained: false).need
    }

    /// The signals' sums for the trial, and the trial's answers read through the baseline's; nil when the
    /// answer shows or hides other questions (then the trial is scored from scratch).
    private func trialSums(changing position: Int, to response: Response, from baseline: CoreEvaluation, responses: [String: Response])
        -> (accumulators: [SignalAccumulator], lookup: (Int) -> Response?)?
    {
        guard baseline.parts.shown[position] else { return nil }
        if trialPlan.showsOrHides[position] {
            // The question can show or hide others: this answer may not. With the same questions shown, the
            // shown answers are the baseline's with this one, and the sums hold.
            guard keepsVisibility(changing: position, to: response, from: baseline) else { return nil }
        }
        let semantics = questionnaire.scoring.semantics
        let changedID = questionnaire.questions[position].id
        let base = baseline.responses
        let lookup: (String) -> Response? = { $0 == changedID ? response : base[$0] }
        let baseAnswers = baseline.answers
        let byPosition: (Int) -> Response? = { $0 == position ? response : baseAnswers[$0] }
        var accumulators = baseline.parts.accumulators
        var serious = baseline.parts.serious
        if let old = serious {
            let blockers = trialPlan.blockersReading[position]
            var changed = blockers.isEmpty ? [:] : base
            if !blockers.isEmpty { changed[changedID] = response }
            let new = old.changing(
                changedID, atQuestion: position, to: response, responses: changed, questionnaire: questionnaire,
                questionPoints: questionPoints, blockersReading: blockers, choices: semantics.choices)
            for id in old.questionIDs.symmetricDifference(new.questionIDs) where id != changedID {
                guard let other = questionnaire.position(ofQuestion: id) else { continue }
                recount(
                    other, response: lookup(id), seriousBefore: old.questionIDs.contains(id), seriousAfter: new.questionIDs.contains(id),
                    in: &accumulators)
            }
            serious = new
        }
        let isSerious = serious?.questionIDs.contains(changedID) ?? false
        recount(position, response: base[changedID], to: response, seriousBefore: false, seriousAfter: isSerious, in: &accumulators)
        if !semantics.criticalFrom.isEmpty {
            for index in accumulators.indices { accumulators[index].primary = nil }
            applyPrimaryQuestions(semantics, shown: baseline.parts.shown, response: lookup, to: &accumulators)
        }
        return (accumulators, byPosition)
    }

    /// Counts a shown question again: its share for `response` (serious or not) taken out of each signal it
    /// feeds, and its share for `new` (the same response by default) put in.
    private func recount(
        _ position: Int, response: Response?, to new: Response?? = nil, seriousBefore: Bool, seriousAfter: Bool,
        in accumulators: inout [SignalAccumulator]
    ) {
        let choices = questionnaire.scoring.semantics.choices
        let after = new ?? response
        for (signal, maximum) in questionPoints[position].maxima {
            let signalID = questionnaire.signals[signal].id
            let kind = questionnaire.questions[position].kind
            accumulators[signal].apply(
                SignalAccumulator.share(
                    of: response, to: kind, signalID: signalID, maximum: maximum, choices: choices, isSerious: seriousBefore),
                sign: -1)
            accumulators[signal].apply(
                SignalAccumulator.share(
                    of: after, to: kind, signalID: signalID, maximum: maximum, choices: choices, isSerious: seriousAfter))
        }
    }
}
