/// What the scorer works out once per questionnaire so that trying one answer (`AnswerTrials`) costs a few
/// additions instead of a whole scoring.
struct TrialPlan: Sendable {
    /// For each question in order, whether some `showIf` (its section's or a question's) reads its answer:
    /// an answer to such a question can show or hide others, so its trials are scored from scratch.
    let showsOrHides: [Bool]
    /// For each question in order, the positions of the blockers whose condition reads its answer: under
    /// `seriousAnswers: never-lower` those are the only blockers whose serious answers can change.
    let blockersReading: [[Int]]
    /// For each question in order, the positions of the blockers whose truth an answer to it can change:
    /// those that read it or read scores, or every blocker when it shows or hides other questions.
    let blockersToRecheck: [[Int]]
    /// For each question in order, every answer it allows (`AskNext.possibleResponses`), worked out once:
    /// a number question's stretches come from every condition of the questionnaire.
    let possibleResponses: [[Response]]

    init(questionnaire: Questionnaire) {
        let visibilityConditions = questionnaire.sections.compactMap(\.showIf) + questionnaire.questions.compactMap(\.showIf)
        let readByVisibility = Set(visibilityConditions.flatMap(\.questionIDs))
        let blockerReads = questionnaire.blockers.map { Set($0.when.questionIDs) }
        let showsOrHides = questionnaire.questions.map { readByVisibility.contains($0.id) }
        let blockersReading = questionnaire.questions.map { question in
            blockerReads.indices.filter { blockerReads[$0].contains(question.id) }
        }
        self.showsOrHides = showsOrHides
        self.blockersReading = blockersReading
        possibleResponses = questionnaire.questions.map { AskNext.possibleResponses(for: $0, in: questionnaire) }
        let readingScores = questionnaire.blockers.indices.filter { questionnaire.blockers[$0].when.readsScores }
        blockersToRecheck = questionnaire.questions.indices.map { position in
            showsOrHides[position]
                ? Array(questionnaire.blockers.indices) : Array(Set(blockersReading[position] + readingScores)).sorted()
        }
    }
}

extension Scorer {
    /// Stages 1 to 3 for `baseline`'s answers with one shown question, unanswered or "don't know" there,
    /// given `response`: exactly `evaluate(responses, detailed: false)` for those answers, without
    /// summing every question again.
    ///
    /// When the question can show or hide others, visibility may change and everything is scored again.
    /// Otherwise the question's share of each signal it feeds is taken out of the baseline's sums and the
    /// new one put in (sums of integers, so the result is the same to the last bit); under
    /// `seriousAnswers: never-lower` the answers whose seriousness changes are counted again the same way.
    /// The signal results, the need and the rating decision are then made from the sums as `evaluate` makes them.
    func evaluate(changing position: Int, to response: Response, from baseline: CoreEvaluation, responses: [String: Response])
        -> CoreEvaluation
    {
        let question = questionnaire.questions[position]
        guard !trialPlan.showsOrHides[position], baseline.parts.shown[position] else {
            var trial = responses
            trial[question.id] = response
            return evaluate(trial, detailed: false)
        }
        let semantics = questionnaire.scoring.semantics
        var visibleResponses = baseline.responses
        let before = visibleResponses.updateValue(response, forKey: question.id)
        var accumulators = baseline.parts.accumulators
        var serious = baseline.parts.serious
        if let old = serious {
            let new = old.changing(
                question.id, atQuestion: position, to: response, responses: visibleResponses, questionnaire: questionnaire,
                questionPoints: questionPoints, blockersReading: trialPlan.blockersReading[position], choices: semantics.choices)
            for id in old.questionIDs.symmetricDifference(new.questionIDs) where id != question.id {
                guard let other = questionnaire.position(ofQuestion: id) else { continue }
                recount(
                    other, response: visibleResponses[id], seriousBefore: old.questionIDs.contains(id),
                    seriousAfter: new.questionIDs.contains(id), in: &accumulators)
            }
            serious = new
        }
        let isSerious = serious?.questionIDs.contains(question.id) ?? false
        for (signal, maximum) in questionPoints[position].maxima {
            let signalID = questionnaire.signals[signal].id
            accumulators[signal].apply(
                SignalAccumulator.share(
                    of: before, to: question, signalID: signalID, maximum: maximum, choices: semantics.choices, isSerious: false),
                sign: -1)
            accumulators[signal].apply(
                SignalAccumulator.share(
                    of: response, to: question, signalID: signalID, maximum: maximum, choices: semantics.choices, isSerious: isSerious))
        }
        for index in accumulators.indices {
            accumulators[index].contributions = []
            accumulators[index].primary = nil
        }
        if !semantics.criticalFrom.isEmpty {
            applyPrimaryQuestions(semantics, shown: baseline.parts.shown, responses: visibleResponses, to: &accumulators)
        }
        let signals = zip(questionnaire.signals, accumulators).map { signal, accumulator in
            accumulator.result(for: signal, settings: questionnaire.scoring)
        }
        let need = NeedEstimate(questionnaire: questionnaire, signals: signals, accumulators: accumulators)
        let decided = DecidedRating(questionnaire: questionnaire, responses: visibleResponses, signals: signals, need: need)
        return CoreEvaluation(
            questionnaire: questionnaire, responses: visibleResponses, visibleQuestions: baseline.visibleQuestions,
            signals: signals, need: need, decided: decided,
            parts: CoreEvaluation.Parts(shown: baseline.parts.shown, accumulators: accumulators, serious: serious))
    }

    /// Counts a shown question's known answer again after its seriousness changed.
    private func recount(
        _ position: Int, response: Response?, seriousBefore: Bool, seriousAfter: Bool, in accumulators: inout [SignalAccumulator]
    ) {
        let question = questionnaire.questions[position]
        let choices = questionnaire.scoring.semantics.choices
        for (signal, maximum) in questionPoints[position].maxima {
            let signalID = questionnaire.signals[signal].id
            accumulators[signal].apply(
                SignalAccumulator.share(
                    of: response, to: question, signalID: signalID, maximum: maximum, choices: choices, isSerious: seriousBefore),
                sign: -1)
            accumulators[signal].apply(
                SignalAccumulator.share(
                    of: response, to: question, signalID: signalID, maximum: maximum, choices: choices, isSerious: seriousAfter))
        }
    }
}
