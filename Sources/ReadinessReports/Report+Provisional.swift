import ReadinessCore

/// A provisional result on page one: a range of ratings and the questions that would settle it, never a
/// rating on its own, so an all-unknown assessment cannot headline "Good fit".
extension Report {
    /// Whether too little is known to state the rating (the engine's judgement, `Fit.provisional`).
    var isProvisional: Bool { result.fit.isProvisional }

    /// The headline of a provisional result: `Not enough known yet: likely between Not yet and Strong fit`;
    /// nil when the rating can be stated.
    var provisionalHeadline: String? {
        guard isProvisional else { return nil }
        let (lowest, highest) = likelyRatings
        let likely = lowest == highest ? "likely \(lowest.title)" : "likely between \(lowest.title) and \(highest.title)"
        return "Not enough known yet: \(likely)"
    }

    /// The ratings the open answers leave possible, in the order of the need scale: the bands the ends of
    /// the need's range fall in.
    var likelyRatings: (Rating, Rating) {
        let fit = result.fit
        let low = ratingBands.first { $0.minimum <= fit.low && fit.low <= $0.maximum }?.rating ?? fit.rating
        let high = ratingBands.first { $0.minimum <= fit.high && fit.high <= $0.maximum }?.rating ?? fit.rating
        return (low, high)
    }

    /// The three questions that would settle a provisional result, those that could move it most first;
    /// empty when the result is not provisional.
    var settlingQuestions: [UnknownItem] {
        isProvisional ? Array(result.unknowns.prefix(3)) : []
    }

    /// Why the result is provisional, in words.
    var provisionalReasons: [String] { result.fit.provisional?.reasons ?? [] }

    /// The lead-in to the settling questions.
    static let settlingLead = "Answer these first; they would settle it:"
}
