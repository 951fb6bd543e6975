/// The third stage of the fit: the rating decision. Prerequisites first (an internal team to keep
/// ownership, leadership that wants to keep control), in order, the first that holds deciding; else the band
/// the need falls in.
struct DecidedRating {
    /// What decided.
    let decision: RatingDecision
    /// Why, in order: the deciding rule with its facts.
    let reasons: [FitReason]
    /// Prerequisites checked before the deciding rule that the unknowns leave open: each could still decide.
    let unconfirmed: [Prerequisite]

    init(questionnaire: Questionnaire, answers: [Response?], signals: [SignalResult], need: NeedEstimate) {
        self.init(questionnaire: questionnaire, response: { answers[$0] }, signals: signals, need: need, explained: true)
    }

    /// Decides from answers read through `response` (by question position). Without `explained` the decision and the unconfirmed
    /// prerequisites are the same but no reasons are written: what a trial of one answer needs.
    init(
        questionnaire: Questionnaire, response: @escaping (Int) -> Response?, signals: [SignalResult], need: NeedEstimate,
        explained: Bool
    ) {
        let evaluator = ConditionEvaluator(
            questionnaire: questionnaire,
            context: ConditionContext(
                response: response, signals: signals, need: need.need, rating: nil, signalRank: ConditionContext.lazyRanks(of: signals)))
        let rules = questionnaire.rating
        var unconfirmed: [Prerequisite] = []
        let conditions = questionnaire.conditions.prerequisites
        for (position, prerequisite) in rules.prerequisites.enumerated() {
            let condition = conditions[position]
            let (truth, evidence) = explained ? evaluator.evaluateWithEvidence(condition) : (evaluator.evaluate(condition), [])
            if truth == .yes {
                decision = .prerequisite(id: prerequisite.id, rating: prerequisite.rating)
                reasons = explained ? [.prerequisiteHolds(reason: prerequisite.reason, evidence: evidence)] : []
                self.unconfirmed = unconfirmed
                return
            }
            if truth == .unknown { unconfirmed.append(prerequisite) }
        }
        self.unconfirmed = unconfirmed
        // A loaded questionnaire's bands cover 0 to 100, so a band is always found.
        guard let band = rules.band(for: need.need) else {
            decision = .band(.notYet)
            reasons = []
            return
        }
        var reasons: [FitReason] =
            explained
            ? [.needInBand(reason: band.reason, need: need.need, rating: band.rating, minimum: band.minimum, maximum: band.maximum)] : []
        if !need.hasEvidence, need.hasScoredQuestions {
            decision = .middleOfRange(band.rating)
            if explained { reasons.insert(.ratingIsMiddleOfRange, at: 0) }
        } else if need.isLiftedToFloor {
            decision = .criticalFloor(band.rating, floor: need.need)
        } else {
            decision = .band(band.rating)
        }
        self.reasons = reasons
    }
}
