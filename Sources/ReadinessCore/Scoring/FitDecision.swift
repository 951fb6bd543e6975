/// Decides the rating: prerequisites first (an internal team to keep ownership, leadership that wants to keep
/// control), then the need band; and how confident the result is.
struct FitDecision {
    let fit: Fit

    init(questionnaire: Questionnaire, responses: [String: Response], signals: [SignalResult], need: NeedCalculation) {
        let signalsByID = Dictionary(signals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let evaluator = ConditionEvaluator(
            questionnaire: questionnaire,
            context: ConditionContext(
                response: { responses[$0] }, signal: { signalsByID[$0] }, need: need.need, rating: nil,
                settings: questionnaire.scoring, signalRank: ConditionContext.lazyRanks(of: signals)))
        let rules = questionnaire.rating
        var reasons: [String] = []
        var decided: (rating: Rating, rule: String)?
        var unconfirmed: [Prerequisite] = []
        for prerequisite in rules.prerequisites {
            let (truth, evidence) = evaluator.evaluateWithEvidence(prerequisite.when)
            if truth == .yes {
                decided = (prerequisite.rating, "prerequisite:\(prerequisite.id)")
                let facts = evidence.isEmpty ? "" : " (\(evidence.joined(separator: "; ")))"
                reasons.append(prerequisite.reason + facts)
                break
            }
            if truth == .unknown { unconfirmed.append(prerequisite) }
        }
        let bandAtNeed = rules.band(for: need.need)
        let rating: Rating
        if let decided {
            rating = decided.rating
        } else if let band = bandAtNeed {
            rating = band.rating
            reasons.append("\(band.reason) (need \(need.need) is in the \(band.rating.rawValue) band, \(band.minimum)-\(band.maximum))")
        } else {
            rating = .notYet // unreachable for a loaded questionnaire: its bands cover 0 to 100
        }
        reasons.append(contentsOf: need.reasons)

        let settings = questionnaire.scoring
        var confidence = Fit.confidence(ofWidth: need.high - need.low, settings: settings)
        if decided == nil, let lowBand = rules.band(for: need.low), let highBand = rules.band(for: need.high), lowBand.rating != highBand.rating {
            if confidence == .high { confidence = .medium }
            reasons.append("Depending on the unknowns, the rating could be anywhere from \(lowBand.rating.rawValue) to \(highBand.rating.rawValue).")
        }
        if !unconfirmed.isEmpty {
            confidence = .low
            for prerequisite in unconfirmed {
                reasons.append("Not confirmed, and it would decide the rating as \(prerequisite.rating.rawValue): \(prerequisite.reason) Verify before deciding.")
            }
        }
        if !need.hasEvidence {
            confidence = .low
            if decided == nil, need.hasScoredQuestions {
                reasons.insert("Nothing answered feeds a signal yet: this rating is the middle of the range, not a finding.", at: 0)
            }
        }
        let decidedBy = decided?.rule ?? "band:\(rating.rawValue)"
        fit = Fit(rating: rating, need: need.need, low: need.low, high: need.high, confidence: confidence, decidedBy: decidedBy, reasons: reasons)
    }
}

extension Fit {
    /// The confidence a range of this width allows on its own.
    static func confidence(ofWidth width: Int, settings: ScoringSettings) -> Confidence {
        width <= settings.highConfidenceWidth ? .high : width <= settings.mediumConfidenceWidth ? .medium : .low
    }

    /// The fit with its range widened to include needs that single unknown answers lead to by showing or
    /// hiding other questions (which scoring unknowns at their best and worst cannot see). Confidence only
    /// ever goes down.
    func widened(toInclude needs: ClosedRange<Int>, rules: RatingRules, settings: ScoringSettings) -> Fit {
        let newLow = min(low, needs.lowerBound)
        let newHigh = max(high, needs.upperBound)
        guard newLow < low || newHigh > high else { return self }
        var allowed = Fit.confidence(ofWidth: newHigh - newLow, settings: settings)
        if !decidedBy.hasPrefix("prerequisite:"), let lowBand = rules.band(for: newLow), let highBand = rules.band(for: newHigh),
           lowBand.rating != highBand.rating, allowed == .high {
            allowed = .medium
        }
        let order: [Confidence] = [.low, .medium, .high]
        let lowered = order[min(order.firstIndex(of: confidence)!, order.firstIndex(of: allowed)!)]
        let reason = "Some unknown answers would also show or hide other questions; with those, the need could be anywhere from \(newLow) to \(newHigh)."
        return Fit(rating: rating, need: need, low: newLow, high: newHigh, confidence: lowered, decidedBy: decidedBy, reasons: reasons + [reason])
    }
}
