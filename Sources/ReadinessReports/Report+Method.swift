import ReadinessCore

/// How the result was worked out, in a few paragraphs that are the same in every format.
extension Report {
    /// The rule that decided the rating, in words.
    var decidedByLabel: String {
        switch result.fit.decision {
        case .prerequisite(let id, _):
            "the prerequisite '\(id)'"
        case .band(let rating):
            "the need band for \(rating.title)"
        case .criticalFloor(let rating, let floor):
            "the need band for \(rating.title), after a critical signal lifted the need to \(floor)"
        case .middleOfRange(let rating):
            "the need band for \(rating.title) at the middle of the need's range, since nothing answered feeds a signal yet"
        }
    }

    /// A short account of the method, the same in every format: how every questionnaire is scored, then
    /// what this questionnaire says of its own rules (its prerequisites, its split).
    var methodParagraphs: [String] {
        // A provisional result names no band: the report gives the likely range and what would settle it.
        let decided =
            isProvisional
            ? "Here too little is known yet to decide the rating, so this report gives the ratings the open answers leave possible and the questions that would settle it."
            : "Here the rating was decided by \(decidedByLabel)."
        return [
            "Each answer gives points to one or more readiness signals. A signal's score is the points its answers gave out of the most they could give, from 0 to 100; from \(moderateAt) its level is moderate and from \(highAt) high, and some signals are critical from a score of their own.",
            "The need is the weighted average of the signal scores. A critical signal lifts the need on its own, so averaging never hides a critical gap, and blockers are reported first whatever the number says.",
            "\"Don't know\" and unanswered questions are left out of the score. They give the range instead (scored once at their best and once at their worst), lower the confidence and are listed under \"Verify before deciding\".",
            hasPrerequisites ? "Prerequisites are checked before the need, and one that holds decides the rating. \(decided)" : decided,
        ] + questionnaireMethod
    }
}
