import ReadinessCore

/// An editable line of text, by grapheme: the cursor never lands inside an emoji or a combining sequence,
/// and Backspace removes a whole user-perceived character.
public struct TextField: Sendable, Equatable {
    /// The text, as a list of characters so positions are grapheme positions.
    public private(set) var characters: [Character]
    /// The cursor: the index of the character it sits before.
    public private(set) var cursor: Int
    /// The most characters the field accepts; typing more is refused.
    public let limit: Int

    /// Creates a field holding `text`, the cursor at its end.
    init(_ text: String = "", limit: Int = AnswerRecord.maximumTextLength) {
        self.limit = limit
        characters = Array(text.prefix(limit))
        cursor = characters.count
    }

    /// The text.
    public var text: String { String(characters) }

    /// Whether the field is empty or only spaces.
    var isBlank: Bool { characters.allSatisfy(\.isWhitespace) }

    /// Applies an editing key; returns false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(String(character))
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor..<characters.count)
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    /// Inserts text at the cursor, dropping control characters and anything past the limit. Returns how
    /// many characters did not fit.
    @discardableResult
    public mutating func insert(_ text: String) -> Int {
        // Invisible format characters never reach a saved name or answer, however they arrive.
        let clean = TerminalText.typed(text).filter { character in
            character == " " || !(character.unicodeScalars.first.map { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } ?? true)
        }
        let room = max(0, limit - characters.count)
        let accepted = Array(clean.prefix(room))
        let dropped = clean.count - accepted.count
        characters.insert(contentsOf: accepted, at: cursor)
        cursor += accepted.count
        // Inserting can merge with a neighbour into one grapheme (a combining accent after a letter):
        // re-segment so positions stay whole characters.
        let joined = String(characters)
        if joined.count != characters.count {
            let before = String(characters[..<cursor]).count
            characters = Array(joined)
            cursor = min(before, characters.count)
        }
        return dropped
    }

    /// Lays the text out in lines of at most `width` columns (wrapping at spaces where possible) and
    /// returns the lines with the cursor's line and column.
    func wrapped(width: Int) -> (lines: [String], cursorLine: Int, cursorColumn: Int) {
        let width = max(2, width)
        var lines: [String] = []
        var cursorLine = 0
        var cursorColumn = 0
        var line: [Character] = []
        var lineWidth = 0
        var index = 0
        func breakLine() {
            lines.append(String(line))
            line = []
            lineWidth = 0
        }
        while index < characters.count {
            // Take the next word (with its trailing space) and see whether it fits.
            var end = index
            while end < characters.count, characters[end] != " " { end += 1 }
            if end < characters.count { end += 1 }
            let word = characters[index..<end]
            let wordWidth = word.reduce(0) { $0 + DisplayWidth.of($1) }
            if lineWidth > 0, lineWidth + wordWidth > width {
                breakLine()
            }
            for position in index..<end {
                let characterWidth = DisplayWidth.of(characters[position])
                if lineWidth + characterWidth > width, lineWidth > 0 { breakLine() }
                if position == cursor {
                    cursorLine = lines.count
                    cursorColumn = lineWidth
                }
                line.append(characters[position])
                lineWidth += characterWidth
            }
            index = end
        }
        if cursor >= characters.count {
            if lineWidth >= width { breakLine() }
            cursorLine = lines.count
            cursorColumn = lineWidth
        }
        lines.append(String(line))
        return (lines, cursorLine, cursorColumn)
    }
}
