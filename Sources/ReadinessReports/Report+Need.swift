import ReadinessCore

/// The rating and the need on page one: the glyph, the scale key, the need with its range and how far to
/// trust it.
extension Report {
    /// The rating's glyph: filled and empty dots for the four fit ratings, a diamond for fully managed.
    var ratingGlyph: String { result.fit.rating.glyph }

    /// A rating's title short enough for a narrow band of the need scale: `Possible`, `Not yet`.
    static func shortTitle(of rating: Rating) -> String {
        switch rating {
        case .strongFit: "Strong"
        case .goodFit: "Good"
        case .possibleFit: "Possible"
        case .notYet: "Not yet"
        case .fullyManaged: "Fully managed"
        }
    }

    /// The glyphs of every fit rating, so a reader can place this one, and what the questionnaire adds:
    /// `Scale: ○○○ Not yet · ●○○ Possible fit ...; ◆ Fully managed when ...`.
    var ratingScaleKey: String {
        let scale =
            "Scale: " + [Rating.notYet, .possibleFit, .goodFit, .strongFit].map { "\($0.glyph) \($0.title)" }.joined(separator: " · ")
        return scale + (ratingKeyEnd.map { "; \($0)" } ?? ".")
    }

    /// The need in words: `89/100 (range 79-90, medium confidence)`. When a prerequisite settled the rating
    /// the confidence is the rating's, not the need's, and the label says so. A provisional result
    /// gives only the range (`likely between 32 and 100 (low confidence)`): a single need would read as the verdict.
    var needLabel: String {
        let fit = result.fit
        if isProvisional, fit.high > fit.low {
            return "likely between \(fit.low) and \(fit.high) (\(fit.confidence.rawValue) confidence)"
        }
        let range = fit.high > fit.low ? "range \(fit.low)-\(fit.high)" : "no range: every answer known"
        let inRating = isSettledByPrerequisite && fit.high > fit.low ? " in the rating" : ""
        return "\(fit.need)/100 (\(range), \(fit.confidence.rawValue) confidence\(inRating))"
    }

    /// What the confidence means, for readers who did not run the program.
    var confidenceExplanation: String {
        let fit = result.fit
        if fit.high == fit.low, fit.confidence == .high {
            return "High confidence: every question that feeds the need is answered."
        }
        if fit.decision.prerequisiteID != nil {
            return fit.confidence == .high
                ? "High confidence in the rating: a prerequisite decided it and no open answer can change that; the unknowns move only the need, so verify them before planning the work."
                : "Low confidence: an open answer could still change the rating the prerequisite gave; verify it before deciding."
        }
        return switch fit.confidence {
        case .high: "High confidence: the unknowns cannot move the need much."
        case .medium: "Medium confidence: the unknowns could move the need noticeably; verify them before deciding."
        case .low: "Low confidence: the unknowns could change the result; verify them before deciding."
        }
    }

    /// Whether a prerequisite decided the rating and no open answer can change it.
    var isSettledByPrerequisite: Bool {
        result.fit.decision.prerequisiteID != nil && result.fit.confidence == .high
    }

    /// When a prerequisite decided the rating, a sentence saying the need did not, so the need scale does
    /// not seem to contradict the rating.
    var needNote: String? {
        result.fit.decision.prerequisiteID != nil
            ? "A prerequisite decided the rating, not the need; the need still shows how much added coverage the signals call for."
            : nil
    }
}
