import ReadinessCore

/// The engine's sentences as a reader reads them: ratings in words (`Strong fit`), never as ids
/// (`strong-fit`). Ids stay in the JSON, which is for programs.
extension Report {
    /// Every rating id in an engine sentence replaced by the rating's title: `the strong-fit band` reads
    /// `the Strong fit band`. Only for text the engine or the questionnaire wrote, never for what a person
    /// typed, which is printed as typed.
    public static func inWords(_ engineText: String) -> String {
        var text = engineText
        for rating in Rating.allCases where text.contains(rating.rawValue) {
            text = replacingWholeWord(rating.rawValue, with: rating.title, in: text)
        }
        return text
    }

    /// `word` replaced where it stands alone: not inside a longer id such as `not-yet-ready`.
    private static func replacingWholeWord(_ word: String, with replacement: String, in text: String) -> String {
        var out = ""
        var rest = Substring(text)
        func isWordCharacter(_ character: Character?) -> Bool {
            guard let character else { return false }
            return character.isLetter || character.isNumber || character == "-" || character == "_"
        }
        while let range = rest.firstRange(of: word) {
            let before = range.lowerBound == rest.startIndex ? out.last : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            out += rest[..<range.lowerBound]
            out += isWordCharacter(before) || isWordCharacter(after) ? word : replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// How the rating and the need were worked out, in words.
    public var fitReasons: [String] { result.fit.reasons.map(Self.inWords) }

    /// Why the rating is what it is: the rule that decided it, in the questionnaire's words.
    public var ratingReason: String? { fitReasons.first }

    /// What an unknown could change, in words: `could change the rating to Strong fit`.
    public static func impact(of item: UnknownItem) -> String { inWords(item.impact) }

    /// When a critical signal decided the rating by lifting the need, the sentence that says so, for page
    /// one: the need alone would have given another rating.
    public var criticalLift: String? {
        guard case .criticalFloor = result.fit.decision else { return nil }
        for fact in result.fit.facts {
            if case .liftedToCriticalFloor = fact { return Self.inWords(fact.sentence) }
        }
        return nil
    }

    /// What "critical" means, where the word first appears: each signal has its own threshold.
    public var criticalExplanation: String? {
        guard chart.contains(where: { $0.level == .critical }) else { return nil }
        return
            "Critical: a signal at or past its own critical score (each signal sets its own, shown on its bar as a mark). A critical signal lifts the need on its own, so an average never hides it."
    }
}
