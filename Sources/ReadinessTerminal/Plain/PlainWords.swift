import ReadinessCore

/// The result in words for plain mode's sentences: rating names, never ids or glyphs.
enum PlainWords {
    /// "Strong fit, need 71 out of 100 (likely between 60 and 80), medium confidence", or
    /// "too early to tell, need likely between 5 and 90" while the result is provisional.
    static func fit(_ fit: Fit) -> String {
        if fit.isProvisional { return "too early to tell, need likely between \(fit.low) and \(fit.high)" }
        let range = fit.high > fit.low ? " (likely between \(fit.low) and \(fit.high))" : ""
        return "\(fit.rating.title), need \(fit.need) out of 100\(range), \(fit.confidence.rawValue) confidence"
    }

    /// What an answer tried in what-if would change, a sentence each.
    static func comparison(_ comparison: AssessmentComparison) -> [String] {
        var sentences = ["Now: \(fit(comparison.before.fit)).", "With this answer: \(fit(comparison.after.fit))."]
        if comparison.before.fit.isProvisional == comparison.after.fit.isProvisional {
            sentences.append(comparison.ratingChanged ? "The rating changes." : "The rating stays the same.")
        }
        sentences += comparison.blockersAdded.map { "New blocker: \($0)." }
        sentences += comparison.blockersCleared.map { "Blocker cleared: \($0)." }
        if comparison.split.isEmpty {
            sentences.append("The split stays the same.")
        } else {
            sentences += comparison.split.map { "\($0.title) moves from \($0.before) to \($0.after)." }
        }
        return sentences
    }
}
