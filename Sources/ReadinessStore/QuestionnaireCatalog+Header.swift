import CLibYAML

extension QuestionnaireCatalog {
    /// What the catalog knows of a file before reading it whole: the questionnaire's id, version and title
    /// from the top-level keys, so a command reads and checks only the file it needs.
    ///
    /// The header is a guide, never the answer: a file is used only once its full read succeeds and gives
    /// the same id and version. A file whose keys the scan cannot find for sure (unreadable, not a mapping
    /// at the top, an alias) has no id and version here and is read whole whenever any questionnaire is
    /// looked for, so the scan can only save work, never change which questionnaire is chosen.
    public struct Header: Sendable, Equatable {
        /// The file's path.
        public let path: String
        /// The top-level `id`, nil when the scan is not sure of it.
        public let id: String?
        /// The top-level `version`, nil when the scan is not sure of it.
        public let version: String?
        /// The top-level `title`, nil when the scan is not sure of it.
        public let title: String?

        /// Whether the scan found both the id and the version.
        var isKnown: Bool { id != nil && version != nil }

        /// Reads the file and scans its top-level keys; a file that cannot be read gets an unknown header
        /// (its full read, when it is needed, says why).
        static func scan(path: String) -> Header {
            guard let bytes = try? FileReader.bytes(atPath: path) else { return Header(path: path, id: nil, version: nil, title: nil) }
            return scan(path: path, bytes: bytes)
        }

        /// Scans libyaml's events up to the first top-level `id`, `version` and `title`, skipping what is
        /// nested, and stops as soon as all three are found: the rest of the file is neither parsed nor
        /// checked. A duplicate key, a second document or anything else wrong later in the file makes
        /// the full read fail, and a file whose full read fails is never used, so stopping early is safe.
        static func scan(path: String, bytes: [UInt8]) -> Header {
            var found = TopLevelKeys()
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return Header(path: path, id: nil, version: nil, title: nil) }
            defer { yaml_parser_delete(&parser) }
            var input = bytes
            input.withUnsafeMutableBufferPointer { buffer in
                yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
                while !found.isDone {
                    var event = yaml_event_t()
                    guard yaml_parser_parse(&parser, &event) == 1 else {
                        found.giveUp()
                        return
                    }
                    defer { yaml_event_delete(&event) }
                    found.take(event)
                }
            }
            return Header(path: path, id: found.values["id"], version: found.values["version"], title: found.values["title"])
        }
    }
}

/// The state of a scan of a document's top-level mapping for a few keys.
private struct TopLevelKeys {
    static let wanted: Set<String> = ["id", "version", "title"]

    /// The wanted keys found so far, with their values as written.
    var values: [String: String] = [:]
    /// How deep the parser is: 0 outside the top-level mapping, 1 in it, more inside a nested value.
    private var depth = 0
    /// The top-level key whose value comes next, when the last top-level event was a key.
    private var key: String?
    /// Whether the next top-level scalar is a key (true) or a value (false).
    private var expectingKey = true
    private var finished = false

    var isDone: Bool { finished || values.count == Self.wanted.count }

    /// Forgets everything found: the scan is not sure of any of it.
    mutating func giveUp() {
        values = [:]
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
            } else if let key, Self.wanted.contains(key) {
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
