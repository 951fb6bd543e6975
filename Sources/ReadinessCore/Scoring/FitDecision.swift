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
                settings: questionnaire.scoring))
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

        var confidence: Confidence
        let width = need.high - need.low
        let settings = questionnaire.scoring
        confidence = width <= settings.highConfidenceWidth ? .high : width <= settings.mediumConfidenceWidth ? .medium : .low
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
        }
        let decidedBy = decided?.rule ?? "band:\(rating.rawValue)"
        fit = Fit(rating: rating, need: need.need, low: need.low, high: need.high, confidence: confidence, decidedBy: decidedBy, reasons: reasons)
    }
}
