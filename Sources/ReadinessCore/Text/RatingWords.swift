extension Rating {
    /// Every rating id in an engine sentence replaced by the rating's title: `the strong-fit band` reads
    /// `the Strong fit band`, so a person never reads an id. Only for text the engine or the questionnaire
    /// wrote, never for what a person typed, which is shown as typed. Ids stay in the JSON, for programs.
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
}
