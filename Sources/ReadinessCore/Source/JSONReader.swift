/// Reads JSON text into a located tree, so problems in an assessment file can name the line and column.
///
/// Foundation's decoder cannot say where a problem is; this small reader can, and it bounds depth and size.
public enum JSONReader {
    /// Deeper nesting is refused: an assessment file is four levels deep.
    public static let maximumDepth = 64
    /// Files above this size are refused before parsing.
    public static let maximumBytes = 64 * 1024 * 1024

    /// Parses one JSON value; returns nil (with a diagnostic in the log) on the first syntax error.
    public static func read(_ file: SourceFile, into log: inout DiagnosticLog) -> SourceValue? {
        if file.text.utf8.count > maximumBytes {
            log.error("the file is larger than \(maximumBytes / 1024 / 1024) MB", at: .start)
            return nil
        }
        var parser = Parser(Array(file.text.unicodeScalars))
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

    struct Failure: Error {
        var message: String
        var location: SourceLocation
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var column = 1

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { index >= scalars.count }
        var here: SourceLocation { SourceLocation(line: line, column: column) }
        var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

        func failure(_ message: String) -> Failure { Failure(message: message, location: here) }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        mutating func skipWhitespace() {
            while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                advance()
            }
        }

        mutating func value(depth: Int) throws -> SourceValue {
            guard depth < JSONReader.maximumDepth else { throw failure("nested more than \(JSONReader.maximumDepth) levels deep") }
            guard let scalar = current else { throw failure("the file ends where a value was expected") }
            switch scalar {
            case "{": return try object(depth: depth)
            case "[": return try array(depth: depth)
            case "\"":
                let start = here
                return .scalar(SourceScalar(text: try string(), isQuoted: true, location: start))
            case "-", "0"..."9": return try number()
            case "t": return try literal("true")
            case "f": return try literal("false")
            case "n": return try literal("null")
            default: throw failure("unexpected '\(Character(scalar).printable)' where a value was expected")
            }
        }

        mutating func object(depth: Int) throws -> SourceValue {
            let start = here
            advance()
            var entries: [SourceEntry] = []
            skipWhitespace()
            if current == "}" { advance(); return .map(entries, at: start) }
            while true {
                skipWhitespace()
                guard current == "\"" else { throw failure("expected a quoted key") }
                let keyLocation = here
                let key = try string()
                skipWhitespace()
                guard current == ":" else { throw failure("expected ':' after the key \"\(key)\"") }
                advance()
                skipWhitespace()
                let value = try value(depth: depth + 1)
                entries.append(SourceEntry(key: SourceScalar(text: key, isQuoted: true, location: keyLocation), value: value))
                skipWhitespace()
                switch current {
                case ",": advance()
                case "}": advance(); return .map(entries, at: start)
                case nil: throw failure("the file ends inside an object that starts at \(start)")
                default: throw failure("expected ',' or '}' after a value in an object")
                }
            }
        }

        mutating func array(depth: Int) throws -> SourceValue {
            let start = here
            advance()
            var items: [SourceValue] = []
            skipWhitespace()
            if current == "]" { advance(); return .list(items, at: start) }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                switch current {
                case ",": advance()
                case "]": advance(); return .list(items, at: start)
                case nil: throw failure("the file ends inside a list that starts at \(start)")
                default: throw failure("expected ',' or ']' after a value in a list")
                }
            }
        }

        mutating func string() throws -> String {
            let start = here
            advance()
            var out = String.UnicodeScalarView()
            while true {
                guard let scalar = current else { throw Failure(message: "the text that starts here is never closed with '\"'", location: start) }
                switch scalar {
                case "\"":
                    advance()
                    return String(out)
                case "\\":
                    advance()
                    guard let escape = current else { throw failure("the file ends inside an escape") }
                    switch escape {
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "/": out.append("/")
                    case "b": out.append("\u{08}")
                    case "f": out.append("\u{0C}")
                    case "n": out.append("\n")
                    case "r": out.append("\r")
                    case "t": out.append("\t")
                    case "u":
                        out.append(try unicodeEscape())
                        continue
                    default: throw failure("unknown escape '\\\(Character(escape).printable)'")
                    }
                    advance()
                default:
                    if scalar.value < 0x20 { throw failure("a control character must be escaped inside text") }
                    out.append(scalar)
                    advance()
                }
            }
        }

        /// Reads `uXXXX` (the backslash already consumed), joining surrogate pairs.
        mutating func unicodeEscape() throws -> Unicode.Scalar {
            let first = try hexQuad()
            if (0xD800...0xDBFF).contains(first) {
                guard current == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" else {
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
            advance() // the 'u'
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let scalar = current, let digit = Character(scalar).hexDigitValue else {
                    throw failure("expected four hex digits after '\\u'")
                }
                value = value * 16 + UInt32(digit)
                advance()
            }
            return value
        }

        mutating func number() throws -> SourceValue {
            let start = here
            var text = ""
            while let scalar = current, scalar == "-" || scalar == "+" || scalar == "." || scalar == "e" || scalar == "E" || ("0"..."9").contains(scalar) {
                text.unicodeScalars.append(scalar)
                advance()
            }
            guard Double(text) != nil else { throw Failure(message: "'\(text)' is not a number", location: start) }
            return .scalar(SourceScalar(text: text, isQuoted: false, location: start))
        }

        mutating func literal(_ word: String) throws -> SourceValue {
            let start = here
            for expected in word.unicodeScalars {
                guard current == expected else { throw Failure(message: "unexpected text where a value was expected (did you mean \(word)?)", location: start) }
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
