import CLibYAML

/// The top-level scalar values of a YAML mapping, read from libyaml's events and stopped as soon as the
/// wanted keys are found: how a catalog learns a file's id, version and title without reading it whole.
public enum YAMLTopLevelScan {
    /// The values of `keys` at the top of `bytes`, as far as they are found; nil when the scan is not sure
    /// (not a mapping at the top, an alias, a list or mapping as a key, a syntax error before the keys).
    ///
    /// With `isPrefix`, `bytes` are only the start of the file: the scan is then also unsure when it
    /// reaches their end before finding every key, since a value cut there (`title: Co-man`) would read
    /// as a whole one. A scan that never reached the end saw exactly what it would have in the whole file.
    public static func values(of keys: Set<String>, in bytes: [UInt8], isPrefix: Bool = false) -> [String: String]? {
        var found = TopLevelKeys(wanted: keys)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        bytes.withUnsafeBufferPointer { whole in
            // The opening comment lines are skipped here: libyaml takes some 60 instructions a byte to read
            // them, and they come before anything else. The rest is handed to libyaml a little at a time:
            // given the whole file, it decodes a full buffer (16 KiB) before the first event, though the
            // keys are usually in the first kilobyte or two.
            let buffer = UnsafeBufferPointer(rebasing: whole[openingCommentsLength(whole)...])
            var input = ChunkedInput(bytes: buffer)
            withUnsafeMutablePointer(to: &input) { input in
                yaml_parser_set_input(&parser, { data, buffer, size, sizeRead in ChunkedInput.read(data, buffer, size, sizeRead) }, input)
                while !found.isDone {
                    var event = yaml_event_t()
                    guard yaml_parser_parse(&parser, &event) == 1 else {
                        found.giveUp()
                        return
                    }
                    defer { yaml_event_delete(&event) }
                    found.take(event)
                }
                if isPrefix, input.pointee.reachedEnd { found.giveUp() }
            }
        }
        return found.gaveUp ? nil : found.values
    }

    /// How many bytes the comment and empty lines at the very start take: lines that begin with `#` or
    /// end at once, each ended by a line feed or a carriage return. YAML reads nothing in them, so the
    /// scan sees the same events without them. A file that starts otherwise (a byte order mark, which
    /// may announce UTF-16, or a space) is not skipped into; a last line without its end is not skipped.
    static func openingCommentsLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let (hash, lineFeed, carriageReturn) = (UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r"))
        var start = 0
        while start < bytes.count {
            let first = bytes[start]
            if first == lineFeed || first == carriageReturn {
                start += 1
                continue
            }
            guard first == hash else { break }
            var end = start + 1
            while end < bytes.count, bytes[end] != lineFeed, bytes[end] != carriageReturn { end += 1 }
            guard end < bytes.count else { break }
            start = end + 1
        }
        return start
    }
}

/// A byte buffer that libyaml reads from in small pieces.
private struct ChunkedInput {
    /// How much libyaml gets at a time.
    static let chunk = 1024

    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    /// Whether libyaml has been told the input ended (a read that gave nothing).
    var reachedEnd = false

    /// libyaml's read handler: up to `chunk` bytes into `buffer`; none read means the end of the input.
    static func read(
        _ data: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UInt8>?, _ size: Int, _ sizeRead: UnsafeMutablePointer<Int>?
    ) -> Int32 {
        guard let input = data?.assumingMemoryBound(to: ChunkedInput.self), let buffer, let sizeRead else { return 0 }
        let start = input.pointee.offset
        let count = min(size, chunk, input.pointee.bytes.count - start)
        if count > 0, let base = input.pointee.bytes.baseAddress {
            buffer.update(from: base + start, count: count)
        }
        input.pointee.offset = start + count
        if count <= 0 { input.pointee.reachedEnd = true }
        sizeRead.pointee = count
        return 1
    }
}

private struct TopLevelKeys {
    /// The keys the scan looks for.
    let wanted: Set<String>

    init(wanted: Set<String>) {
        self.wanted = wanted
        // Room for every key at once: growing the dictionary key by key cost more than the parse itself.
        values.reserveCapacity(wanted.count)
    }

    /// The wanted keys found so far, with their values as written.
    var values: [String: String] = [:]
    /// How deep the parser is: 0 outside the top-level mapping, 1 in it, more inside a nested value.
    private var depth = 0
    /// The top-level key whose value comes next, when the last top-level event was a key.
    private var key: String?
    /// Whether the next top-level scalar is a key (true) or a value (false).
    private var expectingKey = true
    private var finished = false

    var isDone: Bool { finished || values.count == wanted.count }

    /// Forgets everything found: the scan is not sure of any of it.
    private(set) var gaveUp = false

    mutating func giveUp() {
        values = [:]
        gaveUp = true
        finished = true
    }

    mutating func take(_ event: yaml_event_t) {
        switch event.type {
        case YAML_STREAM_START_EVENT, YAML_DOCUMENT_START_EVENT:
            return
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            if depth == 0 {
                // The root must be a mapping; a list at the top is not a questionnaire.
                guard event.type == YAML_MAPPING_START_EVENT else { return giveUp() }
            } else if depth == 1 {
                // A list or mapping as a top-level key is refused by the full read; as a value it is skipped.
                guard !expectingKey else { return giveUp() }
                expectingKey = true
            }
            depth += 1
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            depth -= 1
            if depth <= 0 { finished = true }
        case YAML_SCALAR_EVENT:
            guard depth == 1 else {
                if depth == 0 { giveUp() }
                return
            }
            let scalar = event.data.scalar
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self) } ?? ""
            if expectingKey {
                key = text
            } else if let key, wanted.contains(key) {
                values[key] = text
            }
            expectingKey.toggle()
        default:
            // An alias, or the end of the document or stream before the keys were all found.
            if event.type == YAML_ALIAS_EVENT { return giveUp() }
            finished = true
        }
    }
}
