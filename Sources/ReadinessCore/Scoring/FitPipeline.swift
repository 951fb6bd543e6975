/// The one road from answers to a fit, in four stages:
///
/// 1. **signal scores**: each signal's points from the shown questions (`Scorer.evaluate`);
/// 2. **the need estimate with its range**: the weighted average, lifted by a critical signal, and the
///    range from scoring the unknowns at best and at worst (`NeedEstimate`), widened to every need that
///    trying each open question's answers reaches (`AnswerTrials`): an answer that shows or hides other
///    questions can go past the arithmetic, and then that is the range, and a reason says so;
/// 3. **the rating decision**: a prerequisite, else the need's band (`DecidedRating`);
/// 4. **confidence**: from the range, the decision and what is still unconfirmed (`FitConfidence`), and
///    whether the result is only **provisional** (`Provisional`).
///
/// `Scorer.score` (reports, `show`, the live pane) and `Scorer.progress` (`list`) both run it, so they
/// cannot give different ranges or confidences for the same answers.
struct FitPipeline {
    /// Stages 1 to 3 (and the visibility they rest on).
    let core: CoreEvaluation
    /// What each open question's answers lead to.
    let trials: AnswerTrials
    /// The result.
    let fit: Fit

    /// Runs every stage. `detailed` keeps each signal's answers in words (a listing needs none);
    /// `findBlockers` has the trials look for blockers an answer would reveal (only "ask next" needs them).
    init(scorer: Scorer, responses: [String: Response], detailed: Bool, findBlockers: Bool) {
        core = scorer.evaluate(responses, detailed: detailed)
        // Without "ask next" (a listing), the trials need give only what the range and confidence read.
        trials = AnswerTrials(
            scorer: scorer, responses: responses, baseline: core, findBlockers: findBlockers,
            forRangeOnly: !findBlockers && scorer.trialsAreIncremental)
        let need = core.need
        var low = need.low
        var high = need.high
        var rangeReasons: [FitReason] = []
        if let tried = trials.needs, tried.lowerBound < low || tried.upperBound > high {
            low = min(low, tried.lowerBound)
            high = max(high, tried.upperBound)
            rangeReasons.append(.openAnswersWidenRange(low: low, high: high))
        }
        let confidence = FitConfidence(
            range: low...high, decided: core.decided, need: need, trials: trials, questionnaire: scorer.questionnaire)
        fit = Fit(
            need: need.need, low: low, high: high, confidence: confidence.confidence, decision: core.decided.decision,
            facts: core.decided.reasons + need.reasons + rangeReasons + confidence.reasons,
            provisional: Provisional(
                low: low, high: high, signals: core.signals, decision: core.decided.decision,
                confidence: confidence.confidence))
    }
}
