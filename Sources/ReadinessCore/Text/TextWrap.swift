/// Word wrapping by display width, for the text report and the screen alike.
public enum TextWrap {
    /// Splits text into lines no wider than `width` columns, breaking at spaces where it can and inside
    /// words only when a word is wider than a line. Line breaks in the text are kept.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    let (head, rest) = split(word, at: width)
                    result.append(String(head))
                    word = rest
                    // Less the head, not measured again: a word a megabyte long must not cost a
                    // megabyte per line cut from it.
                    wordWidth -= DisplayWidth.of(head)
                }
                line = String(word)
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// The longest prefix that fits in `width` columns (at least one character), and the rest.
    public static func split(_ text: Substring, at width: Int) -> (Substring, Substring) {
        var used = 0
        var index = text.startIndex
        let bytes = text.utf8
        while index < text.endIndex {
            let characterWidth: Int
            let next: Substring.Index
            if let byte = singleASCIICharacter(at: index, in: bytes) {
                // Most text on the screen: a byte that is a whole character, found without asking
                // where the character ends (which costs more than everything else here).
                characterWidth = DisplayWidth.of(Unicode.Scalar(byte))
                next = bytes.index(after: index)
            } else {
                characterWidth = DisplayWidth.of(text[index])
                next = text.index(after: index)
            }
            if used + characterWidth > width && index > text.startIndex { break }
            used += characterWidth
            index = next
        }
        return (text[..<index], text[index...])
    }

    /// The ASCII byte at `index` when it is a character on its own: the next byte is ASCII too (so no
    /// combining mark or joiner follows it) and the two are not a CR LF pair, which is one character.
    private static func singleASCIICharacter(at index: Substring.Index, in bytes: Substring.UTF8View) -> UInt8? {
        let byte = bytes[index]
        guard byte < 0x80 else { return nil }
        let after = bytes.index(after: index)
        guard after < bytes.endIndex else { return byte }
        let following = bytes[after]
        guard following < 0x80, !(byte == 0x0D && following == 0x0A) else { return nil }
        return byte
    }

    /// Text cut to `width` columns, ending in an ellipsis when it was cut.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        // Only what fits is measured, not the whole text: a name megabytes long costs what a short one does.
        let (fits, rest) = split(Substring(text), at: width)
        if rest.isEmpty && DisplayWidth.of(fits) <= width { return text }
        guard width > 0 else { return "" }
        let room = max(0, width - DisplayWidth.of(ellipsis))
        return String(split(Substring(text), at: room).0) + ellipsis
    }

    /// Text padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
