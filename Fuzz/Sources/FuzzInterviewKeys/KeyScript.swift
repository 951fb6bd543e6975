import ReadinessCore
import ReadinessInterview

/// Reads fuzzer bytes as what a terminal would deliver, so a key script in the corpus reads like typing:
/// printable ASCII is itself, CR/LF is Enter, ESC, TAB, DEL and Ctrl-letters are those keys, and UTF-8
/// sequences are characters. Bytes that never start UTF-8 carry the rest: 0x80-0x8A special keys,
/// 0x8B-0x8F the outcomes the outside world reports, 0x90-0x9E a resize to the next two bytes, 0x9F
/// a resize to a huge screen,
/// 0xA0-0xBF awkward graphemes, 0xC0 a typed and 0xC1 a pasted text of the following bytes.
struct KeyScript {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func byte() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    /// A size from two bytes: 0 to 159 columns and 0 to 63 rows, around the 64x18 minimum and up to
    /// twice the usual screens (bigger frames cost time and reach no more code: `huge` covers them).
    mutating func size() -> ScreenSize {
        ScreenSize(width: Int(byte() ?? 80) % 160, height: Int(byte() ?? 24) % 64)
    }

    /// A big screen, for the layouts' widest branches.
    static let huge = ScreenSize(width: 320, height: 120)

    static let specialKeys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .delete, .backTab, .f1]
    static let graphemes: [String] = [
        "東", "👩‍💻", "👍🏽", "🇨🇭", "é", "e\u{301}", "\u{301}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{202E}", "ﷺ",
        "한", "𒐫", "\u{FE0F}", "☺\u{FE0F}", "\u{1F3FB}", "ａ", "\u{0}", "\u{7F}", "\u{85}", "\u{2028}", "\t", "\r\n",
        "\u{1B}[2J", "￿", "\u{E000}", "🏳️‍🌈", "ก\u{E31}\u{E49}", "\u{0915}\u{094D}\u{0937}", "Ω", "ß",
    ]

    /// The next event, or nil at the end of the script.
    mutating func next() -> InterviewEvent? {
        while let first = byte() {
            switch first {
            case 0x0A, 0x0D: return .key(.enter)
            case 0x09: return .key(.tab)
            case 0x1B: return .key(.escape)
            case 0x08, 0x7F: return .key(.backspace)
            case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(first + 0x60))))
            case 0x00, 0x1C...0x1F: continue
            case 0x20...0x7E: return .key(.character(Character(Unicode.Scalar(first))))
            case 0x80...0x8A: return .key(Self.specialKeys[Int(first - 0x80)])
            case 0x8B: return .saveFailed("the disk is full")
            case 0x8C: return .exportFinished("Wrote summary.txt")
            case 0x8D: return .exportFailed("no room")
            case 0x8E: return .exportTargetExists("summary.txt")
            case 0x8F: return .editingRefused("open in process 4242 since 14:03")
            case 0x90...0x9E: return .resize(size())
            case 0x9F: return .resize(Self.huge)
            case 0xA0...0xBF:
                // Some entries are more than one grapheme (an escape sequence): those arrive as text.
                let text = Self.graphemes[Int(first - 0xA0)]
                return text.count == 1 ? .key(.character(Character(text))) : .text(text)
            case 0xC0, 0xC1:
                let count = Int(byte() ?? 0) % 64
                var text: [UInt8] = []
                for _ in 0..<count { if let next = byte() { text.append(next) } }
                let string = String(decoding: text, as: UTF8.self)
                return first == 0xC0 ? .text(string) : .paste(string)
            default:
                // A UTF-8 sequence: one character, or skipped when it does not decode.
                var sequence = [first]
                let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
                while sequence.count < length, let next = byte() { sequence.append(next) }
                var iterator = sequence.makeIterator()
                var decoder = UTF8()
                if case .scalarValue(let scalar) = decoder.decode(&iterator) { return .key(.character(Character(scalar))) }
            }
        }
        return nil
    }
}
