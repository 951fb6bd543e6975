#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Folds text to ASCII for `--ascii`: terminals and printers without UTF-8.
///
/// Common typography gets its ASCII twin (`×` to `x`, curly quotes to straight ones, dashes to `-`),
/// accented letters lose their accents, and anything else becomes `?`, so the output is pure ASCII.
enum ASCIIFolding {
    private static let replacements: [Unicode.Scalar: String] = [
        "×": "x", "·": "-", "•": "*", "–": "-", "—": "-", "‒": "-", "−": "-",
        "‘": "'", "’": "'", "‚": "'", "“": "\"", "”": "\"", "„": "\"", "…": "...",
        "▲": "!", "█": "#", "░": ".", "●": "#", "○": "-", "◆": "*", "→": "->", "≤": "<=", "≥": ">=",
        "\u{00A0}": " ", "\u{202F}": " ", "\u{2009}": " ",
    ]

    /// The text in ASCII.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if let replacement = replacements[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                let base = String(scalar).withoutDiacritics.unicodeScalars.filter(\.isASCII)
                if base.isEmpty { out.append("?") } else { out.append(contentsOf: base) }
            }
        }
        return String(out)
    }
}
