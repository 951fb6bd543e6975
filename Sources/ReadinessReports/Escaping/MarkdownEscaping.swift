import ReadinessCore

/// Makes any string inert inside Markdown (CommonMark and GitHub Flavored Markdown): it always renders
/// as the literal text, never as emphasis, a link, an image, raw HTML, a heading, a list or a table cell
/// boundary.
///
/// Control characters and escape sequences are removed first, because Markdown is read raw in terminals
/// and ticket systems as often as it is rendered.
///
/// One thing no escape prevents: GitHub-flavoured renderers turn a bare email address into a `mailto:`
/// link whatever is escaped around it (checked with cmark-gfm). That link shows its own target and runs
/// nothing, so it is left as it is rather than disguised with invisible characters.
enum MarkdownEscaping {
    /// Characters escaped wherever they appear: they open emphasis, code, links, images, HTML, entities,
    /// table cells, strikethrough, headings and math.
    private static let alwaysEscaped: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!", "{", "}", "$",
    ]
    /// Characters that start a block (a list, a thematic break, a setext underline) at the start of a line.
    private static let escapedAtStart: Set<Unicode.Scalar> = ["-", "+", "=", ":"]

    /// The text as inline Markdown on one line: runs of white space (line breaks included) become one
    /// space, so the text cannot start a new block or end a table row.
    static func inline(_ text: String) -> String {
        let words = TerminalText.sanitized(text).split(whereSeparator: { $0.isWhitespace })
        let line = words.joined(separator: " ")
        let scalars = Array(line.unicodeScalars)
        var out = ""
        for (index, scalar) in scalars.enumerated() {
            if alwaysEscaped.contains(scalar) || (index == 0 && escapedAtStart.contains(scalar)) {
                out += "\\"
            } else if isOrderedListMarker(scalars, at: index) || isAutolinkTrigger(scalars, at: index) {
                out += "\\"
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// `1.` or `1)` at the very start would begin an ordered list: the punctuation is escaped.
    private static func isOrderedListMarker(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == "." || scalars[index] == ")", index > 0 else { return false }
        return scalars[..<index].allSatisfy { ("0"..."9").contains($0) }
    }

    /// GitHub turns `scheme://host` and `www.host` into links on its own; escaping the `:` or the `.`
    /// keeps them as text.
    private static func isAutolinkTrigger(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        switch scalars[index] {
        case ":":
            return index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/"
        case ".":
            guard index >= 3 else { return false }
            let before = String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased()
            return before == "www" && (index == 3 || !isWordScalar(scalars[index - 4]))
        default:
            return false
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
