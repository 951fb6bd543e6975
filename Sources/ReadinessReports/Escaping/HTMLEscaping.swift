import ReadinessCore

/// Makes any string safe inside HTML text and quoted attribute values.
///
/// Control characters and terminal escape sequences are removed first, and invisible format characters
/// (bidirectional overrides, zero-width spaces) are written as visible `<U+202E>` (they could disguise
/// or reorder text on paper); then the five characters that can end a text run or an
/// attribute are written as entities. Everything the HTML report shows passes through here, whether a
/// person typed it or a questionnaire file said it.
enum HTMLEscaping {
    /// The text escaped for an element's content or a quoted attribute value. Line breaks are kept, for
    /// content styled with `white-space: pre-line`.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in TerminalText.sanitized(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Makes any string safe inside a CSS string literal, such as the `content` of the running page header.
///
/// Every character other than a letter, a digit or a space is written as a hexadecimal escape, so no
/// quote, backslash, `<` or line break can end the string, the rule or the `<style>` element.
enum CSSEscaping {
    /// A composed line as the inside of a double-quoted CSS string, each name between the isolates
    /// U+2068 and U+2069 (written as CSS escapes, after the name's own characters were escaped), so that
    /// a right-to-left name in the running header cannot reverse the date after it.
    static func string(_ line: ComposedLine) -> String {
        line.pieces.map { piece in
            switch piece {
            case .words(let words): string(words)
            case .name(let name): "\\2068 " + string(name) + "\\2069 "
            }
        }.joined()
    }

    /// The text as the inside of a double-quoted CSS string.
    static func string(_ text: String) -> String {
        var out = ""
        for scalar in TerminalText.sanitizedLine(text).unicodeScalars {
            let value = scalar.value
            let isPlain =
                (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || value == 0x20 || value > 0x7F
            if isPlain {
                out.unicodeScalars.append(scalar)
            } else {
                // The trailing space ends the escape, so a following hex digit is not swallowed into it.
                out += "\\" + String(value, radix: 16) + " "
            }
        }
        return out
    }
}
