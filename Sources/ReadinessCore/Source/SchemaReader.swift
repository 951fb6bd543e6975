/// Reads typed values out of a located tree, recording a diagnostic for every mismatch and carrying on.
///
/// One instance reads one file; the readers of questionnaires and assessment files are built on it.
final class SchemaReader {
    /// Everything found so far.
    private(set) var log = DiagnosticLog()

    /// Creates a reader with an empty log.
    init() {}

    /// Records an error.
    func error(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) {
        log.error(message, at: location, notes: notes)
    }

    /// Records a diagnostic produced elsewhere.
    func append(_ diagnostic: Diagnostic) {
        log.append(diagnostic)
    }

    /// Opens a mapping for reading, or records an error and returns nil when the value is not one.
    func map(_ value: SourceValue, what: String) -> MapReader? {
        guard case .map(let entries, let location) = value else {
            error("expected \(what) as a mapping of keys and values, found \(value.shape)", at: value.location)
            return nil
        }
        return MapReader(reader: self, entries: entries, location: location, what: what)
    }

    /// The items of a list, or nil (recording an error) when the value is not a list.
    func list(_ value: SourceValue, what: String) -> [SourceValue]? {
        guard case .list(let items, _) = value else {
            error("expected \(what) as a list, found \(value.shape)", at: value.location)
            return nil
        }
        return items
    }

    /// A non-empty piece of text.
    func text(_ value: SourceValue, what: String) -> String? {
        guard case .scalar(let scalar) = value, !scalar.isNull else {
            error("expected \(what) as text, found \(value.shape)", at: value.location)
            return nil
        }
        guard !scalar.text.allSatisfy(\.isWhitespace) else {
            error("\(what) must not be empty", at: value.location)
            return nil
        }
        return scalar.text
    }

    /// A whole number, optionally within bounds.
    func integer(_ value: SourceValue, what: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard case .scalar(let scalar) = value, !scalar.isQuoted, let number = Int(scalar.text) else {
            error("expected \(what) as a whole number, found \(value.shape)", at: value.location)
            return nil
        }
        if let range, !range.contains(number) {
            error("\(what) must be from \(range.lowerBound) to \(range.upperBound), found \(number)", at: value.location)
            return nil
        }
        return number
    }

    /// `true` or `false`, and nothing else (`yes` and `no` are refused so they are never read by accident).
    func boolean(_ value: SourceValue, what: String) -> Bool? {
        if case .scalar(let scalar) = value, !scalar.isQuoted {
            if scalar.text == "true" { return true }
            if scalar.text == "false" { return false }
        }
        error("expected \(what) as true or false, found \(value.shape)", at: value.location)
        return nil
    }

    /// An identifier: lower-case letters, digits and dashes, starting with a letter.
    func identifier(_ value: SourceValue, what: String) -> String? {
        guard let text = text(value, what: what) else { return nil }
        guard Identifier.isValid(text) else {
            error("\(what) '\(text)' must use lower-case letters, digits and dashes, starting with a letter", at: value.location)
            return nil
        }
        return text
    }

    /// One of a fixed set of words.
    func word<Value: RawRepresentable & CaseIterable>(_ value: SourceValue, what: String, as type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let text = text(value, what: what) else { return nil }
        if let word = Value(rawValue: text) { return word }
        let allowed = Value.allCases.map(\.rawValue)
        error(
            "\(what) must be one of \(allowed.joined(separator: ", ")), found '\(text)'\(Suggestions.hint(for: text, among: allowed))",
            at: value.location)
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    func texts(_ value: SourceValue, what: String) -> [String]? {
        if case .scalar = value { return text(value, what: what).map { [$0] } }
        guard let items = list(value, what: what) else { return nil }
        return items.compactMap { text($0, what: what) }
    }
}

/// Rules for the ids that tie a questionnaire together.
enum Identifier {
    /// Whether text is a valid id: a lower-case letter, then lower-case letters, digits or single dashes.
    static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), text.count <= 64 else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// Reads the keys of one mapping; `finish()` reports keys that were never asked for.
struct MapReader {
    /// The reader that collects diagnostics.
    let reader: SchemaReader
    /// Where the mapping starts.
    let location: SourceLocation
    /// What the mapping is, for messages ("question", "option").
    let what: String
    // Most mappings hold a handful of keys and there are many of them (one per answer, option,
    // question): plain arrays searched in order beat hashing there. A large mapping gets an index.
    // Without a duplicate key (nearly always) the tree's own array is used as it is, not copied.
    private var entries: [SourceEntry]
    /// Which entries were read: a bit per entry for the first 64, the rest in `readBeyond`.
    private var readBits: UInt64 = 0
    private var readBeyond: [Bool] = []
    /// The keys asked for, for the suggestion after an unknown key (a map asks for a handful).
    private var asked: [String] = []
    private var index: [String: Int]?
    private static let indexFrom = 16
    private static let bitCount = 64

    init(reader: SchemaReader, entries list: [SourceEntry], location: SourceLocation, what: String) {
        self.reader = reader
        self.location = location
        self.what = what
        if list.count <= Self.indexFrom, !Self.hasDuplicateKey(list) {
            entries = list
        } else {
            entries = []
            entries.reserveCapacity(list.count)
            for entry in list {
                if let first = position(of: entry.key.text) {
                    reader.error(
                        "duplicate key '\(entry.key.text)' in \(what)", at: entry.key.location,
                        notes: [.note("'\(entry.key.text)' is first set here", at: entries[first].key.location)])
                    continue
                }
                entries.append(entry)
                if index != nil {
                    index?[entry.key.text] = entries.count - 1
                } else if entries.count > Self.indexFrom {
                    index = Dictionary(entries.enumerated().map { ($1.key.text, $0) }, uniquingKeysWith: { first, _ in first })
                }
            }
        }
        if entries.count > Self.bitCount {
            readBeyond = Array(repeating: false, count: entries.count - Self.bitCount)
        }
    }

    /// Whether two keys of a small mapping are equal (as `position(of:)` compares them).
    private static func hasDuplicateKey(_ list: [SourceEntry]) -> Bool {
        guard list.count > 1 else { return false }
        for later in 1..<list.count {
            for earlier in 0..<later where list[earlier].key.text == list[later].key.text { return true }
        }
        return false
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key.text == key }
    }

    private func wasRead(_ position: Int) -> Bool {
        position < Self.bitCount ? readBits & (1 << UInt64(position)) != 0 : readBeyond[position - Self.bitCount]
    }

    private mutating func markRead(_ position: Int) {
        if position < Self.bitCount {
            readBits |= 1 << UInt64(position)
        } else {
            readBeyond[position - Self.bitCount] = true
        }
    }

    private mutating func ask(_ key: String) {
        if asked.isEmpty { asked.reserveCapacity(8) }
        asked.append(key)
    }

    /// Whether the key is present.
    func has(_ key: String) -> Bool { position(of: key) != nil }

    /// The keys present, in file order.
    var keys: [String] { entries.map(\.key.text) }

    /// Every entry in file order (duplicates left out), all marked as read.
    mutating func allEntries() -> [SourceEntry] {
        for position in entries.indices { markRead(position) }
        return entries
    }

    /// Where a key is written, if present.
    func keyLocation(_ key: String) -> SourceLocation? { position(of: key).map { entries[$0].key.location } }

    /// The value of an optional key (a null value counts as absent).
    mutating func optional(_ key: String) -> SourceValue? {
        ask(key)
        guard let found = position(of: key) else { return nil }
        markRead(found)
        let value = entries[found].value
        if case .scalar(let scalar) = value, scalar.isNull { return nil }
        return value
    }

    /// The value of a required key, or nil after recording that it is missing.
    mutating func required(_ key: String) -> SourceValue? {
        ask(key)
        guard let found = position(of: key) else {
            reader.error("missing required key '\(key)' in \(what)", at: location)
            return nil
        }
        markRead(found)
        return entries[found].value
    }

    /// Reports every key that was not read, with the nearest known key as a suggestion.
    func finish(known extra: [String] = []) {
        guard entries.indices.contains(where: { !wasRead($0) }) else { return }
        let known = Set(asked + extra).sorted()
        for (position, entry) in entries.enumerated() where !wasRead(position) && !extra.contains(entry.key.text) {
            reader.error(
                "unknown key '\(entry.key.text)' in \(what)\(Suggestions.hint(for: entry.key.text, among: known))", at: entry.key.location)
        }
    }
}
