/// Reads the plain block style of YAML that questionnaires are written in, without libyaml, and gives
/// up on anything else.
///
/// libyaml spends most of a questionnaire's loading time decoding and re-scanning each character
/// through its token queue. The questionnaires are written in a small part of YAML: block mappings
/// and lists by indentation (a list's dashes may stand in its key's column), `- ` items whose first key
/// starts a mapping, one-line plain and quoted scalars, one-line flow lists and mappings, and comments.
/// This scanner reads exactly that and hands the tree builder the events libyaml would give (same
/// values, same quoting, same line and column); at the first thing outside that part (a tab, a
/// multi-line or escaped scalar, an anchor, a tag, a second document, an empty value, a syntax error)
/// it gives up and the file is read again by libyaml, so every file libyaml refuses is refused with
/// libyaml's own words, and anything unusual is read by libyaml alone. `YAMLScannerAgreementTests` and
/// the questionnaire fuzzer check that whenever it gives a tree, libyaml gives the same one.
struct YAMLBlockScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    private var position = 0
    /// Where the current line starts, and its 1-based number.
    private var lineStart = 0
    private var line = 1
    /// The block lists and mappings open, innermost last: the column of their `-` or keys (0-based; the
    /// indentation is spaces only, so bytes and characters agree there).
    private var blocks: [(column: Int, isMap: Bool)] = []
    /// The last byte whose column was counted, and that column (see `location`).
    private var columnMark = (index: 0, column: 1)

    /// A simple key of libyaml must end within 1024 characters of its start; longer ones are left to it.
    private static let longestKey = 1000

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// What a line left open: nothing, or a key whose value is the block on the lines below it.
    private enum LineEnd {
        case done
        case awaitingValue(mapColumn: Int)
    }

    /// Feeds the whole document to the builder; false when it gave up (the builder is then of no use).
    mutating func scan(into builder: inout YAMLReader.TreeBuilder) -> Bool {
        guard Self.onlyPlainCharacters(bytes) else { return false }
        var awaiting: Int?
        var rootSeen = false
        while position < bytes.count {
            lineStart = position
            skipSpaces()
            let indent = position - lineStart
            switch byte(at: position) {
            case .newline:
                nextLine()
                continue
            case 0:
                continue
            case .hash:
                skipComment()
                continue
            default:
                break
            }
            // Document markers (`---`, `...`) and directives belong to libyaml.
            if indent == 0, startsMarker(at: position) { return false }
            let dashed = isDash(at: position)
            if let column = awaiting {
                // A key's value is the block indented below it, or a list whose dashes stand in the key's own
                // column (`key:` then `- item`, libyaml's indentless sequence).
                guard indent > column || (indent == column && dashed), builder.open(list: dashed, at: location(position))
                else { return false }
                blocks.append((indent, !dashed))
                awaiting = nil
            } else if !rootSeen {
                guard builder.open(list: dashed, at: location(position)) else { return false }
                blocks.append((indent, !dashed))
                rootSeen = true
            } else {
                while let top = blocks.last, top.column > indent || (top.column == indent && !dashed && innermostIsIndentless) {
                    blocks.removeLast()
                    builder.close()
                }
                guard let top = blocks.last, top.column == indent else { return false }
            }
            guard let end = scanLine(into: &builder) else { return false }
            if case .awaitingValue(let column) = end { awaiting = column }
        }
        guard awaiting == nil, rootSeen else { return false }
        while !blocks.isEmpty {
            blocks.removeLast()
            builder.close()
        }
        return true
    }

    /// Whether the innermost block is a list in its key's column: a line there without a dash ends it.
    private var innermostIsIndentless: Bool {
        let count = blocks.count
        return count >= 2 && !blocks[count - 1].isMap && blocks[count - 2].isMap && blocks[count - 2].column == blocks[count - 1].column
    }

    // MARK: - Lines

    /// One line's content, at the indentation of the innermost block; nil to give up.
    private mutating func scanLine(into builder: inout YAMLReader.TreeBuilder) -> LineEnd? {
        if blocks[blocks.count - 1].isMap { return scanEntry(into: &builder) }
        guard isDash(at: position), byte(at: position + 1) == .space else { return nil }
        position += 1
        skipSpaces()
        // `-` with its value on the lines below, and `- -`, are left to libyaml.
        guard !isLineEnd(byte(at: position)), byte(at: position) != .hash, !isDash(at: position) else { return nil }
        if startsKey(at: position) {
            guard builder.open(list: false, at: location(position)) else { return nil }
            blocks.append((position - lineStart, true))
            return scanEntry(into: &builder)
        }
        return scanValue(into: &builder) ? .done : nil
    }

    /// `key: value` or `key:` (its value below) in the innermost block mapping.
    private mutating func scanEntry(into builder: inout YAMLReader.TreeBuilder) -> LineEnd? {
        guard scanKey(flow: false, into: &builder) else { return nil }
        if isLineEnd(byte(at: position)) || byte(at: position) == .hash {
            skipComment()
            return .awaitingValue(mapColumn: blocks[blocks.count - 1].column)
        }
        return scanValue(into: &builder) ? .done : nil
    }

    /// A plain key and its colon (then spaces); false when there is none, or it is left to libyaml.
    private mutating func scanKey(flow: Bool, into builder: inout YAMLReader.TreeBuilder) -> Bool {
        let start = position
        guard isPlainStart(at: start), let (end, stop) = scanPlain(from: start, flow: flow), stop == .colon,
            end - start <= Self.longestKey
        else { return false }
        builder.scalar(text(start, end), quoted: false, at: location(start))
        position = end + 1
        skipSpaces()
        return true
    }

    /// A value that ends its line: a quoted or plain scalar, or a flow list or mapping.
    private mutating func scanValue(into builder: inout YAMLReader.TreeBuilder) -> Bool {
        scanNode(flow: false, into: &builder) && finishLine()
    }

    /// After a value: spaces, then the line's end or a comment (after at least one space).
    private mutating func finishLine() -> Bool {
        let afterValue = position
        skipSpaces()
        let next = byte(at: position)
        guard isLineEnd(next) || (next == .hash && position > afterValue) else { return false }
        skipComment()
        return true
    }

    // MARK: - Flow collections (one line)

    private mutating func scanFlow(into builder: inout YAMLReader.TreeBuilder) -> Bool {
        let isList = byte(at: position) == .openBracket
        let close: UInt8 = isList ? .closeBracket : .closeBrace
        guard builder.open(list: isList, at: location(position)) else { return false }
        position += 1
        skipSpaces()
        if byte(at: position) == close {
            position += 1
            builder.close()
            return true
        }
        while true {
            if !isList {
                guard scanKey(flow: true, into: &builder) else { return false }
            }
            guard scanNode(flow: true, into: &builder) else { return false }
            skipSpaces()
            switch byte(at: position) {
            case .comma:
                position += 1
                skipSpaces()
                if byte(at: position) == close { return false }  // a trailing comma
            case close:
                position += 1
                builder.close()
                return true
            default:
                return false
            }
        }
    }

    /// A quoted or plain scalar, or a flow list or mapping, in block or flow context.
    private mutating func scanNode(flow: Bool, into builder: inout YAMLReader.TreeBuilder) -> Bool {
        let start = position
        switch byte(at: start) {
        case .doubleQuote, .singleQuote:
            guard let text = scanQuoted() else { return false }
            builder.scalar(text, quoted: true, at: location(start))
            return true
        case .openBracket, .openBrace:
            return scanFlow(into: &builder)
        default:
            guard isPlainStart(at: start), let (end, stop) = scanPlain(from: start, flow: flow),
                stop == (flow ? .flowIndicator : .lineEnd)
            else { return false }
            builder.scalar(text(start, end), quoted: false, at: location(start))
            position = end
            return true
        }
    }

    private mutating func skipSpaces() {
        while byte(at: position) == .space { position += 1 }
    }

    // MARK: - Scalars

    /// How a plain scalar ended.
    private enum PlainStop {
        /// At `: ` or a `:` that ends the line: it is a key (the colon is at the returned end).
        case colon
        /// At the line's end or a comment.
        case lineEnd
        /// At `,`, `[`, `]`, `{` or `}` inside a flow collection.
        case flowIndicator
    }

    /// The end of a one-line plain scalar (trailing spaces left out) and what stopped it; nil for what
    /// is left to libyaml: `#` inside it, a space before a key's colon, and in a flow collection any
    /// other `:`, or the line ending first.
    private func scanPlain(from start: Int, flow: Bool) -> (end: Int, stop: PlainStop)? {
        var index = start
        var end = start
        while true {
            let next = byte(at: index)
            switch next {
            case .newline, 0:
                return flow ? nil : (end, .lineEnd)
            case .space:
                index += 1
                continue
            case .hash:
                guard byte(at: index - 1) == .space, !flow else { return nil }
                return (end, .lineEnd)
            case .colon:
                let after = byte(at: index + 1)
                if after == .space || isLineEnd(after) {
                    guard end == index else { return nil }
                    return (end, .colon)
                }
                if flow { return nil }
            case .comma, .openBracket, .closeBracket, .openBrace, .closeBrace:
                if flow { return (end, .flowIndicator) }
            default:
                // `?` inside a scalar is ordinary text in flow collections too (`{ask: Who is on call?}`);
                // only at a scalar's start is it an indicator, and `isPlainStart` leaves that to libyaml.
                break
            }
            index += 1
            end = index
        }
    }

    /// A one-line quoted scalar without escapes (`''` in single quotes is one quote); nil for anything else.
    private mutating func scanQuoted() -> String? {
        let quote = byte(at: position)
        position += 1
        var start = position
        var pieces: [UInt8]?
        while true {
            let next = byte(at: position)
            if isLineEnd(next) || (next == .backslash && quote == .doubleQuote) { return nil }
            if next == quote {
                if quote == .singleQuote, byte(at: position + 1) == .singleQuote {
                    pieces = (pieces ?? []) + bytes[start...position]
                    position += 2
                    start = position
                    continue
                }
                let last = bytes[start..<position]
                position += 1
                guard var pieces else { return String(decoding: last, as: UTF8.self) }
                pieces += last
                return String(decoding: pieces, as: UTF8.self)
            }
            position += 1
        }
    }

    // MARK: - Characters

    private func byte(at index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

    private func isLineEnd(_ byte: UInt8) -> Bool { byte == .newline || byte == 0 }

    /// `-` followed by a space or the line's end: a list item.
    private func isDash(at index: Int) -> Bool {
        byte(at: index) == .dash && (byte(at: index + 1) == .space || isLineEnd(byte(at: index + 1)))
    }

    /// `---` or `...` at the start of a line, or a `%` directive.
    private func startsMarker(at index: Int) -> Bool {
        let first = byte(at: index)
        if first == .percent { return true }
        return (first == .dash || first == .dot) && byte(at: index + 1) == first && byte(at: index + 2) == first
    }

    /// Whether a plain scalar may start here: not at an indicator (`-` only before a letter or digit).
    private func isPlainStart(at index: Int) -> Bool {
        let first = byte(at: index)
        if first == .dash {
            let next = byte(at: index + 1)
            return (next >= 0x30 && next <= 0x39) || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A)
        }
        switch first {
        case 0, .newline, .space, .question, .colon, .comma, .openBracket, .closeBracket, .openBrace, .closeBrace, .hash,
            .singleQuote, .doubleQuote, .percent:
            return false
        case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "@"),
            UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// Whether the line starting here holds a plain key followed by `: ` or a `:` at its end.
    private func startsKey(at index: Int) -> Bool {
        guard isPlainStart(at: index), let (_, stop) = scanPlain(from: index, flow: false) else { return false }
        return stop == .colon
    }

    private func text(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

    /// Past a comment (or nothing) to the start of the next line.
    private mutating func skipComment() {
        while !isLineEnd(byte(at: position)) { position += 1 }
        if position < bytes.count { nextLine() }
    }

    private mutating func nextLine() {
        position += 1
        line += 1
        lineStart = position
    }

    /// The 1-based line and column of a byte of the current line; columns count characters, as libyaml's do.
    /// Counting goes on from the last location asked for on the line: a flow line holds dozens of scalars.
    private mutating func location(_ index: Int) -> SourceLocation {
        var (offset, column) = columnMark.index >= lineStart && columnMark.index <= index ? columnMark : (lineStart, 1)
        while offset < index {
            if bytes[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        columnMark = (offset, column)
        return SourceLocation(line: line, column: column)
    }

    /// Whether the text holds only what libyaml reads as ordinary characters: no tab, carriage return or
    /// other control character, no line or paragraph separator, no byte-order mark, no non-character.
    static func onlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != .newline { return false }
            } else if byte == 0x7F {
                return false
            } else if byte >= 0x80 {
                let second = index + 1 < count ? bytes[index + 1] : 0
                let third = index + 2 < count ? bytes[index + 2] : 0
                switch byte {
                case 0xC2 where second < 0xA0: return false  // C1 controls, with NEL
                case 0xE2 where second == 0x80 && (third == 0xA8 || third == 0xA9): return false  // line and paragraph separators
                case 0xEF where (second == 0xBB && third == 0xBF) || (second == 0xBF && third >= 0xBE): return false
                default: break
                }
            }
            index += 1
        }
        return true
    }
}

extension UInt8 {
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let hash = UInt8(ascii: "#")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let dash = UInt8(ascii: "-")
    fileprivate static let dot = UInt8(ascii: ".")
    fileprivate static let percent = UInt8(ascii: "%")
    fileprivate static let question = UInt8(ascii: "?")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let doubleQuote = UInt8(ascii: "\"")
    fileprivate static let singleQuote = UInt8(ascii: "'")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let closeBracket = UInt8(ascii: "]")
    fileprivate static let openBrace = UInt8(ascii: "{")
    fileprivate static let closeBrace = UInt8(ascii: "}")
}
