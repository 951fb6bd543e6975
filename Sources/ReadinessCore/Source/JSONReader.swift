/// Reads JSON text into a located tree, so problems in an assessment file can name the line and column.
///
/// Foundation's decoder cannot say where a problem is; this small reader can, and it bounds depth and size.
enum JSONReader {
    /// Deeper nesting is refused: an assessment file is four levels deep.
    static let maximumDepth = 64
    /// Files above this size are refused before parsing. The largest valid assessment file (300 questions,
    /// each with a note and a text answer of 4,000 characters, every one escaped) is under 15 MB; parsing
    /// 60 MB took half a minute.
    static let maximumBytes = 16 * 1024 * 1024

    /// Parses one JSON value; returns nil (with a diagnostic in the log) on the first syntax error.
    static func read(_ file: SourceFile, into log: inout DiagnosticLog) -> SourceValue? {
        if let tooLarge = SourceFile.sizeProblem(file, limit: maximumBytes) {
            log.append(tooLarge)
            return nil
        }
        var bytes = Array(file.text.utf8)
        bytes.append(0)  // a sentinel, so looking one byte ahead never needs a bounds check
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(buffer, count: buffer.count - 1)
            do {
                parser.skipWhitespace()
                if parser.atEnd { throw Failure(message: "the file is empty", location: .start) }
                let value = try parser.value(depth: 0)
                parser.skipWhitespace()
                if !parser.atEnd { throw parser.failure("unexpected text after the end of the JSON value") }
                return value
            } catch let failure as Failure {
                log.error("JSON syntax: \(failure.message)", at: failure.location)
                return nil
            } catch {
                log.error("JSON syntax: \(error)", at: .start)
                return nil
            }
        }
    }

    /// The text a one-letter escape stands for (the letter after the backslash); nil for `u` and for
    /// letters JSON does not have.
    static func escaped(_ letter: UInt8) -> String? {
        switch letter {
        case UInt8(ascii: "\""): "\""
        case UInt8(ascii: "\\"): "\\"
        case UInt8(ascii: "/"): "/"
        case UInt8(ascii: "b"): "\u{08}"
        case UInt8(ascii: "f"): "\u{0C}"
        case UInt8(ascii: "n"): "\n"
        case UInt8(ascii: "r"): "\r"
        case UInt8(ascii: "t"): "\t"
        default: nil
        }
    }

    struct Failure: Error {
        var message: String
        var location: SourceLocation
    }

    /// A recursive-descent parser over UTF-8 bytes. Columns count Unicode scalars (every byte that does not
    /// continue a multi-byte sequence), as the YAML reader's do; text without escapes is taken in one piece.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let count: Int
        var index = 0
        var line = 1
        var column = 1

        init(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) {
            self.bytes = bytes
            self.count = count
        }

        var atEnd: Bool { index >= count }
        var here: SourceLocation { SourceLocation(line: line, column: column) }
        /// The byte at the position; 0 at the end (the sentinel).
        var current: UInt8 { bytes[index] }

        func failure(_ message: String) -> Failure { Failure(message: message, location: here) }

        mutating func advance() {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }

        mutating func skipWhitespace() {
            while !atEnd {
                switch current {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): advance()
                default: return
                }
            }
        }

        /// The character at the position, for messages.
        var currentCharacter: String {
            var end = index + 1
            while end < count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let character = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).first ?? " "
            return character.printable
        }

        mutating func value(depth: Int) throws -> SourceValue {
            guard depth < JSONReader.maximumDepth else { throw failure("nested more than \(JSONReader.maximumDepth) levels deep") }
            guard !atEnd else { throw failure("the file ends where a value was expected") }
            switch current {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""):
                let start = here
                return .scalar(SourceScalar(text: try string(), isQuoted: true, location: start))
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            case UInt8(ascii: "t"): return try literal("true")
            case UInt8(ascii: "f"): return try literal("false")
            case UInt8(ascii: "n"): return try literal("null")
            default: throw failure("unexpected '\(currentCharacter)' where a value was expected")
            }
        }

        mutating func object(depth: Int) throws -> SourceValue {
            let start = here
            advance()
            var entries: [SourceEntry] = []
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                advance()
                return .map(entries, at: start)
            }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
                let keyLocation = here
                let key = try string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw failure("expected ':' after the key \"\(key)\"") }
                advance()
                skipWhitespace()
                let value = try value(depth: depth + 1)
                entries.append(SourceEntry(key: SourceScalar(text: key, isQuoted: true, location: keyLocation), value: value))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): advance()
                case UInt8(ascii: "}"):
                    advance()
                    return .map(entries, at: start)
                case _ where atEnd: throw failure("the file ends inside an object that starts at \(start)")
                default: throw failure("expected ',' or '}' after a value in an object")
                }
            }
        }

        mutating func array(depth: Int) throws -> SourceValue {
            let start = here
            advance()
            var items: [SourceValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                advance()
                return .list(items, at: start)
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): advance()
                case UInt8(ascii: "]"):
                    advance()
                    return .list(items, at: start)
                case _ where atEnd: throw failure("the file ends inside a list that starts at \(start)")
                default: throw failure("expected ',' or ']' after a value in a list")
                }
            }
        }

        mutating func string() throws -> String {
            let start = here
            advance()
            var text = ""
            var run = index
            func flush(_ parser: Parser, _ text: inout String, upTo end: Int) {
                if end > run { text += String(decoding: UnsafeBufferPointer(rebasing: parser.bytes[run..<end]), as: UTF8.self) }
            }
            while true {
                guard !atEnd else { throw Failure(message: "the text that starts here is never closed with '\"'", location: start) }
                let byte = current
                if byte == UInt8(ascii: "\"") {
                    flush(self, &text, upTo: index)
                    advance()
                    return text
                }
                if byte == UInt8(ascii: "\\") {
                    flush(self, &text, upTo: index)
                    advance()
                    guard !atEnd else { throw failure("the file ends inside an escape") }
                    if let escaped = JSONReader.escaped(current) {
                        text += escaped
                    } else if current == UInt8(ascii: "u") {
                        text.unicodeScalars.append(try unicodeEscape())
                        run = index
                        continue
                    } else {
                        throw failure("unknown escape '\\\(currentCharacter)'")
                    }
                    advance()
                    run = index
                    continue
                }
                if byte < 0x20 { throw failure("a control character must be escaped inside text") }
                advance()
            }
        }

        /// Reads `uXXXX` (the backslash already consumed), joining surrogate pairs.
        mutating func unicodeEscape() throws -> Unicode.Scalar {
            let first = try hexQuad()
            if (0xD800...0xDBFF).contains(first) {
                guard current == UInt8(ascii: "\\"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "u") else {
                    return "\u{FFFD}"
                }
                advance()
                let second = try hexQuad()
                guard (0xDC00...0xDFFF).contains(second) else { return "\u{FFFD}" }
                let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                return Unicode.Scalar(combined) ?? "\u{FFFD}"
            }
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }

        /// Reads `u` and four hex digits, leaving the position after them.
        mutating func hexQuad() throws -> UInt32 {
            advance()  // the 'u'
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard !atEnd, let digit = Character(Unicode.Scalar(current)).hexDigitValue else {
                    throw failure("expected four hex digits after '\\u'")
                }
                value = value * 16 + UInt32(digit)
                advance()
            }
            return value
        }

        mutating func number() throws -> SourceValue {
            let start = here
            let first = index
            while !atEnd, Self.isNumberByte(current) { advance() }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<index]), as: UTF8.self)
            guard Double(text) != nil else { throw Failure(message: "'\(text)' is not a number", location: start) }
            return .scalar(SourceScalar(text: text, isQuoted: false, location: start))
        }

        /// Bytes that can be part of a JSON number; `Double` then decides whether they make one.
        static func isNumberByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        }

        mutating func literal(_ word: String) throws -> SourceValue {
            let start = here
            for expected in word.utf8 {
                guard current == expected else {
                    throw Failure(message: "unexpected text where a value was expected (did you mean \(word)?)", location: start)
                }
                advance()
            }
            return .scalar(SourceScalar(text: word, isQuoted: false, location: start))
        }
    }
}

extension Character {
    /// The character itself, or a `U+XXXX` name when it would not show in a message.
    var printable: String {
        guard let scalar = unicodeScalars.first, scalar.value >= 0x20, scalar.value != 0x7F else {
            let hex = String(unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return String(self)
    }
}
