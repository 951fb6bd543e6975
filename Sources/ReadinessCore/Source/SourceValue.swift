/// A scalar read from YAML or JSON: its text, whether it was quoted, and where it starts.
struct SourceScalar: Hashable, Sendable {
    /// The text as written, with quotes and escapes resolved.
    var text: String
    /// Whether the value was quoted, which makes it text even when it looks like a number.
    var isQuoted: Bool
    /// Where the scalar starts.
    var location: SourceLocation

    /// Creates a scalar.
    init(text: String, isQuoted: Bool, location: SourceLocation) {
        self.text = text
        self.isQuoted = isQuoted
        self.location = location
    }

    /// Whether this is an unquoted number such as `1.5` or `1e300` (not `nan` or `inf`): named as a
    /// number, not as text, when it is not the kind of number expected.
    var looksNumeric: Bool {
        guard !isQuoted, let first = text.unicodeScalars.first, "0123456789-+.".unicodeScalars.contains(first) else { return false }
        return Double(text) != nil && text.contains(where: \.isNumber)
    }

    /// Whether this is an explicit null (`null`, `~` or nothing at all).
    var isNull: Bool { !isQuoted && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL") }
}

/// A key and its value in a mapping, in file order.
struct SourceEntry: Sendable, Equatable {
    /// The key.
    var key: SourceScalar
    /// The value.
    var value: SourceValue
}

/// A document tree that remembers where each value came from, so every later check can point at the file.
///
/// Both YAML (questionnaires) and JSON (assessment files) are read into this tree; the readers then
/// decide types from the schema, so `no` is text where text is expected and never silently `false`.
enum SourceValue: Sendable, Equatable {
    case scalar(SourceScalar)
    case list([SourceValue], at: SourceLocation)
    case map([SourceEntry], at: SourceLocation)

    /// Where the value starts.
    var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .list(_, let location), .map(_, let location): location
        }
    }

    /// A short description of the value's shape for messages: "text", "a list", "a mapping".
    var shape: String {
        switch self {
        case .scalar(let scalar):
            if scalar.isNull {
                "nothing"
            } else if scalar.looksNumeric {
                "the number \(scalar.text.prefix(40))"
            } else {
                "text '\(scalar.text.prefix(40))'"
            }
        case .list: "a list"
        case .map: "a mapping"
        }
    }
}
