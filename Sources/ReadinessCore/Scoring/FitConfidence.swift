/// The last stage of the fit: how much the unknowns leave open, and why.
///
/// When the need decided the rating, the confidence is what the width of the need's range allows, no more
/// than medium when the range reaches another rating's band, and low while a prerequisite is unconfirmed
/// or nothing answered feeds a signal. When a prerequisite decided it, the need's range does not matter:
/// the confidence is high unless an open answer could still change the rating.
struct FitConfidence {
    let confidence: Confidence
    let reasons: [FitReason]

    init(range: ClosedRange<Int>, decided: DecidedRating, need: NeedEstimate, trials: AnswerTrials, questionnaire: Questionnaire) {
        if case .prerequisite(_, let rating) = decided.decision {
            // A prerequisite checked earlier could still hold; it changes the rating only if it gives another.
            let rivals = decided.unconfirmed.filter { $0.rating != rating }
            if rivals.isEmpty, !trials.canChangeRating {
                confidence = .high
                let open = range.lowerBound < range.upperBound || !trials.outcomes.isEmpty
                reasons = open ? [.prerequisiteSettlesRating] : []
            } else {
                confidence = .low
                reasons = rivals.map { .unconfirmedPrerequisite(rating: $0.rating, reason: $0.reason) }
            }
            return
        }
        let rules = questionnaire.rating
        var confidence = Self.confidence(ofWidth: range.upperBound - range.lowerBound, settings: questionnaire.scoring)
        var reasons: [FitReason] = []
        if let lowBand = rules.band(for: range.lowerBound), let highBand = rules.band(for: range.upperBound),
            lowBand.rating != highBand.rating
        {
            if confidence == .high { confidence = .medium }
            reasons.append(.ratingCouldSpan(from: lowBand.rating, to: highBand.rating))
        }
        if !decided.unconfirmed.isEmpty {
            confidence = .low
            reasons += decided.unconfirmed.map { .unconfirmedPrerequisite(rating: $0.rating, reason: $0.reason) }
        }
        if !need.hasEvidence { confidence = .low }
        self.confidence = confidence
        self.reasons = reasons
    }

    /// The confidence a range of this width allows on its own.
    static func confidence(ofWidth width: Int, settings: ScoringSettings) -> Confidence {
        width <= settings.highConfidenceWidth ? .high : width <= settings.mediumConfidenceWidth ? .medium : .low
    }
}
