import ReadinessCore

/// The engine's sentences as a reader reads them: ratings in words (`Strong fit`), never as ids
/// (`strong-fit`). Ids stay in the JSON, which is for programs.
extension Report {
    /// How the rating and the need were worked out, in words.
    var fitReasons: [String] { result.fit.reasons.map(Rating.inWords) }

    /// Why the rating is what it is: the rule that decided it, in the questionnaire's words.
    var ratingReason: String? { fitReasons.first }

    /// What an unknown could change, in words: `could change the rating to Strong fit`.
    static func impact(of item: UnknownItem) -> String { Rating.inWords(item.impact) }

    /// When a critical signal decided the rating by lifting the need, the sentence that says so, for page
    /// one: the need alone would have given another rating.
    var criticalLift: String? {
        guard case .criticalFloor = result.fit.decision, !isProvisional else { return nil }
        for fact in result.fit.facts {
            if case .liftedToCriticalFloor = fact { return Rating.inWords(fact.sentence) }
        }
        return nil
    }

    /// What "critical" means, where the word first appears: each signal has its own threshold.
    var criticalExplanation: String? {
        guard chart.contains(where: { $0.level == .critical }) else { return nil }
        return
            "Critical: at or past the signal's own critical score (the mark on its bar); it lifts the need on its own, so an average never hides it."
    }

    /// Items joined as `a, b and c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// A title as it reads inside a sentence: `business alignment`, but `IT policy` and `MSP tools` kept.
    static func inSentence(_ title: String) -> String {
        guard let first = title.first else { return title }
        if let second = title.dropFirst().first, second.isUppercase { return title }
        return first.lowercased() + title.dropFirst()
    }
}
