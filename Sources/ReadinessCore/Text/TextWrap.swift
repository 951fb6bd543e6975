/// Word wrapping by display width, for the text report and the screen alike.
public enum TextWrap {
    /// Splits text into lines no wider than `width` columns, breaking at spaces where it can and inside
    /// words only when a word is wider than a line. Line breaks in the text are kept.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var result: [String] = []
        for paragraph in pieces(of: Substring(text), between: UInt8(ascii: "\n"), omittingEmpty: false) {
            var line = ""
            var lineWidth = 0
            for word in pieces(of: paragraph, between: UInt8(ascii: " "), omittingEmpty: true) {
                var word = word
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    // Appended as a substring: `" " + word` takes the generic path, a character at a time.
                    line.append(" ")
                    line.append(contentsOf: word)
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

    /// What `text.split(separator: Character(separator))` gives for a space or a line feed, found byte by
    /// byte: splitting by characters asks where each one ends, which cost more than the rest of a wrap.
    /// A separator byte splits only where it is a character of its own, as the character split decides.
    static func pieces(of text: Substring, between separator: UInt8, omittingEmpty: Bool) -> [Substring] {
        // Over the stored bytes, which a native string always has in one piece: indexing the view a byte
        // at a time cost as much again.
        let split = { (bytes: UnsafeBufferPointer<UInt8>) in
            pieces(of: text, bytes: bytes, between: separator, omittingEmpty: omittingEmpty)
        }
        return text.utf8.withContiguousStorageIfAvailable(split) ?? Array(text.utf8).withUnsafeBufferPointer(split)
    }

    /// `pieces(of:between:omittingEmpty:)` over `bytes`, the text's UTF-8.
    private static func pieces(of text: Substring, bytes: UnsafeBufferPointer<UInt8>, between separator: UInt8, omittingEmpty: Bool)
        -> [Substring]
    {
        let view = text.utf8
        func index(_ offset: Int) -> Substring.Index { view.index(view.startIndex, offsetBy: offset) }
        var result: [Substring] = []
        var start = 0
        for offset in 0..<bytes.count where bytes[offset] == separator && isOwnCharacter(at: offset, of: bytes, in: text) {
            if !omittingEmpty || start < offset { result.append(text[index(start)..<index(offset)]) }
            start = offset + 1
        }
        if !omittingEmpty || start < bytes.count { result.append(text[index(start)...]) }
        return result
    }

    /// Whether the space or line feed at `offset` is a character on its own. Between ASCII bytes only a
    /// line feed after a carriage return is part of another; beside other text (a combining mark after a
    /// space, a prepended mark before it) the character boundaries decide.
    private static func isOwnCharacter(at offset: Int, of bytes: UnsafeBufferPointer<UInt8>, in text: Substring) -> Bool {
        let previous = offset > 0 ? bytes[offset - 1] : 0
        let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
        if previous < 0x80 && next < 0x80 { return !(previous == 0x0D && bytes[offset] == 0x0A) }
        let view = text.utf8
        let index = view.index(view.startIndex, offsetBy: offset)
        let after = view.index(after: index)
        return String.Index(index, within: text) != nil && (after == view.endIndex || String.Index(after, within: text) != nil)
    }

    /// The longest prefix that fits in `width` columns (at least one character), and the rest.
    public static func split(_ text: Substring, at width: Int) -> (Substring, Substring) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let (next, characterWidth) = character(at: index, in: text)
            if used + characterWidth > width && index > text.startIndex { break }
            used += characterWidth
            index = next
        }
        return (text[..<index], text[index...])
    }

    /// Where the character starting at `index` ends, and the columns it takes: what `text.index(after:)`
    /// and `DisplayWidth.of(text[index])` give, without asking where the character ends (which costs more
    /// than everything else in drawing a line) when it cannot join what follows.
    public static func character(at index: Substring.Index, in text: Substring) -> (end: Substring.Index, width: Int) {
        let bytes = text.utf8
        if let byte = singleASCIICharacter(at: index, in: bytes) {
            // Most text on the screen: a byte that is a whole character.
            return (bytes.index(after: index), DisplayWidth.of(Unicode.Scalar(byte)))
        }
        if let (scalar, length) = singleSymbolCharacter(at: index, in: bytes) {
            // The screen's own glyphs (bars, bullets, arrows, dashes) and accented letters.
            return (bytes.index(index, offsetBy: length), DisplayWidth.of(scalar))
        }
        return (text.index(after: index), DisplayWidth.of(text[index]))
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

    /// The scalar at `index` and its length in bytes when it is a character on its own: a letter or
    /// symbol from `isSimple`'s blocks followed by the end, an ASCII character or another such scalar.
    /// None of those can start a character with what follows (no Prepend, Hangul or regional indicator)
    /// or be part of one before it (no Extend, ZWJ or SpacingMark), so a character ends after it.
    private static func singleSymbolCharacter(at index: Substring.Index, in bytes: Substring.UTF8View) -> (Unicode.Scalar, Int)? {
        guard let (scalar, length) = scalar(at: index, in: bytes), isSimple(scalar) else { return nil }
        let after = bytes.index(index, offsetBy: length)
        guard after < bytes.endIndex else { return (scalar, length) }
        let following = bytes[after]
        if following < 0x80 { return (scalar, length) }
        guard let (next, _) = self.scalar(at: after, in: bytes), isSimple(next) else { return nil }
        return (scalar, length)
    }

    /// Blocks whose every scalar is its own character before ASCII or one another (grapheme cluster
    /// break property Other, or Control, which breaks on both sides): Latin-1 and Latin Extended letters,
    /// spacing modifiers, general punctuation without its joiners and format characters, arrows,
    /// mathematical operators, technical symbols, box drawing, block elements and geometric shapes.
    private static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x23FF, 0x2500...0x25FF: true
        default: false
        }
    }

    /// The scalar encoded at `index` when it takes two or three bytes (valid UTF-8, as every `String`).
    private static func scalar(at index: Substring.Index, in bytes: Substring.UTF8View) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        let initial: UInt32
        switch lead {
        case 0xC0..<0xE0: (length, initial) = (2, UInt32(lead & 0x1F))
        case 0xE0..<0xF0: (length, initial) = (3, UInt32(lead & 0x0F))
        default: return nil
        }
        var value = initial
        var position = index
        for _ in 1..<length {
            position = bytes.index(after: position)
            guard position < bytes.endIndex else { return nil }
            value = value << 6 | UInt32(bytes[position] & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
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
