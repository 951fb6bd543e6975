/// A JSON value with ordered keys, written deterministically so files diff cleanly and tests can compare text.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Equal when every part is equal.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value as pretty-printed JSON with two-space indentation and a final newline.
    public func rendered() -> String {
        var out = ""
        write(to: &out, indent: "")
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .string(let text): Self.writeString(text, to: &out)
        case .integer(let number): out += String(number)
        case .number(let number):
            if number.isFinite {
                out += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            } else {
                out += "null"
            }
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            let inner = indent + "  "
            out += "[\n"
            for (offset, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += offset == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let entries):
            guard !entries.isEmpty else {
                out += "{}"
                return
            }
            let inner = indent + "  "
            out += "{\n"
            for (offset, entry) in entries.enumerated() {
                out += inner
                Self.writeString(entry.0, to: &out)
                out += ": "
                entry.1.write(to: &out, indent: inner)
                out += offset == entries.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                // C1 controls (0x9B is a CSI on some terminals) and bidirectional overrides are escaped too:
                // the parsed value is the same, and the raw file is inert when printed or viewed.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
