/// The last stage of the fit: how much the unknowns leave open, and why.
///
/// When the need decided the rating, the confidence is what the width of the need's range allows, no more
/// than medium when the range reaches another rating's band, and low while a prerequisite is unconfirmed
/// or nothing answered feeds a signal. When a prerequisite decided it, the need's range does not matter
/// (unless the prerequisite itself tests the need and the range goes past it): the confidence is high
/// unless an open answer could still change the rating.
struct FitConfidence {
    let confidence: Confidence
    let reasons: [FitReason]

    init(range: ClosedRange<Int>, decided: DecidedRating, need: NeedEstimate, trials: AnswerTrials, questionnaire: Questionnaire) {
        if case .prerequisite(let id, let rating) = decided.decision {
            // A prerequisite checked earlier could still hold; it changes the rating only if it gives another.
            let rivals = decided.unconfirmed.filter { $0.rating != rating }
            if rivals.isEmpty, let span = Self.spanPastNeedLimits(of: id, rating: rating, range: range, rules: questionnaire.rating) {
                // A floor on the need (a prerequisite that holds only below some need) stops holding where the
                // range goes past it, and there the band decides: the unknowns can move the rating after all.
                confidence = .medium
                reasons = [.ratingCouldSpan(from: span.from, to: span.to)]
            } else if rivals.isEmpty, !trials.canChangeRating {
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

    /// The ratings the need's range reaches when the deciding prerequisite tests the need itself: past the
    /// need the prerequisite allows, it no longer holds and the band there decides. Nil when the range stays
    /// within what the prerequisite allows (or it does not test the need), so the prerequisite settles it.
    static func spanPastNeedLimits(of id: String, rating: Rating, range: ClosedRange<Int>, rules: RatingRules)
        -> (from: Rating, to: Rating)?
    {
        guard let prerequisite = rules.prerequisites.first(where: { $0.id == id }) else { return nil }
        let allowed = needAllowed(by: prerequisite.when)
        let below = range.lowerBound < allowed.lowerBound ? rules.band(for: range.lowerBound)?.rating : nil
        let above = range.upperBound > allowed.upperBound ? rules.band(for: range.upperBound)?.rating : nil
        let from = below ?? rating
        let to = above ?? rating
        guard from != rating || to != rating else { return nil }
        return from == to ? (from, rating) : (from, to)
    }

    /// The need a condition requires wherever it must hold as a whole: its own need test and those of the
    /// parts of an `all`. Tests under `any` or `not` do not bound it, so they are left out.
    private static func needAllowed(by condition: Condition) -> ClosedRange<Int> {
        switch condition {
        case .need(let atLeast, let atMost):
            return (atLeast ?? Int.min)...(atMost ?? Int.max)
        case .named(_, let inner):
            return needAllowed(by: inner)
        case .all(let parts):
            return parts.map(needAllowed(by:)).reduce(Int.min...Int.max) { $0.clamped(to: $1) }
        default:
            return Int.min...Int.max
        }
    }

    /// The confidence a range of this width allows on its own.
    static func confidence(ofWidth width: Int, settings: ScoringSettings) -> Confidence {
        width <= settings.highConfidenceWidth ? .high : width <= settings.mediumConfidenceWidth ? .medium : .low
    }
}
