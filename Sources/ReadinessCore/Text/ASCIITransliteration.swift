/// Text in ASCII for `--ascii` (terminals and printers without UTF-8), as close to what was written as
/// ASCII can be: "Zürich Straße" gives "Zurich Strasse", "Łódź" gives "Lodz", "Ольга" gives "Olga".
///
/// In order: common typography gets its ASCII twin (curly quotes, dashes, `×`, the report's glyphs);
/// letters that are not a base letter with marks get their usual spelling (`ß` to `ss`, `æ` to `ae`,
/// `ø` to `o`, `Ł` to `L`, Greek and Cyrillic letter by letter); accents and other combining marks are
/// taken off the rest. Only what has no spelling in ASCII (Arabic, Hebrew, Chinese, emoji) is left,
/// and each run of it becomes one `?`, so a reader sees that something is missing there without a row
/// of question marks that looks like a broken file.
public enum ASCIITransliteration {
    /// What stands for a run of characters that have no ASCII spelling.
    public static let placeholder = "?"

    /// The text in ASCII; ASCII text comes back as it is.
    public static func transliterate(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = ""
        var inPlaceholder = false
        for scalar in text.withoutDiacritics.unicodeScalars {
            guard let spelled = spelling(of: scalar) else {
                if !inPlaceholder { out += placeholder }
                inPlaceholder = true
                continue
            }
            // A mark left over (one the canonical decomposition does not take off) is dropped, not a placeholder.
            if !spelled.isEmpty || scalar.properties.generalCategory != .nonspacingMark { inPlaceholder = false }
            out += spelled
        }
        return out
    }

    /// A scalar's ASCII spelling: "" for one that is dropped, nil for one that has none.
    private static func spelling(of scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII { return String(scalar) }
        if let symbol = typography[scalar] { return symbol }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format: return ""
        default: break
        }
        let lower = scalar.properties.lowercaseMapping
        guard let spelled = letters[lower] else { return nil }
        // An upper-case letter spells with a capital first: "Ж" gives "Zh", "Æ" gives "Ae".
        guard scalar.properties.isUppercase, let first = spelled.first else { return spelled }
        return first.uppercased() + spelled.dropFirst()
    }

    /// Typography and the report's glyphs.
    private static let typography: [Unicode.Scalar: String] = [
        "×": "x", "·": "-", "•": "*", "–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-", "‑": "-",
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": "\"", "”": "\"", "„": "\"", "«": "\"", "»": "\"", "‹": "'", "›": "'",
        "…": "...", "▲": "!", "█": "#", "░": ".", "●": "#", "○": "-", "◆": "*", "→": "->", "←": "<-",
        "≤": "<=", "≥": ">=", "©": "(c)", "®": "(R)", "™": "(TM)", "€": "EUR", "£": "GBP", "¥": "JPY", "°": " deg",
        "\u{00A0}": " ", "\u{202F}": " ", "\u{2009}": " ", "\u{2007}": " ", "\u{2002}": " ", "\u{2003}": " ",
    ]

    /// Letters by their lower-case form: Latin letters that are not a base letter with marks, then
    /// Greek and Cyrillic in their common romanizations.
    private static let letters: [String: String] = [
        "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
        "ħ": "h", "ŧ": "t", "ŋ": "ng", "ĳ": "ij", "ŀ": "l", "ſ": "s", "ƒ": "f", "ĸ": "k", "ŉ": "n",
        "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl",
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
        "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
        "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya", "і": "i", "є": "ye", "ґ": "g", "ђ": "dj", "ј": "j", "љ": "lj",
        "њ": "nj", "ћ": "c", "џ": "dz", "ѕ": "dz",
    ]
}
