import CYaml

/// A first pass over YAML with libyaml's event parser, which is iterative: it finds nesting too deep
/// for the recursive composer, and aliases (which would let a small file expand without bound), each
/// with its exact location, before the document tree is built.
enum YAMLEventScan {
    /// What the scan found that stops the file from being composed.
    struct Finding {
        var message: String
        var location: SourceLocation
    }

    /// Scans the text; returns the first problem, or nil when the file may be composed. Syntax errors
    /// are left for the composer, which reports them with its own messages.
    static func firstProblem(in text: String, maximumDepth: Int) -> Finding? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Finding? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            // The document's own top-level mapping is not counted: the limit is on nesting inside it.
            var depth = -1
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > maximumDepth {
                        return Finding(message: "the YAML is nested more than \(maximumDepth) levels deep", location: location)
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_ALIAS_EVENT:
                    return Finding(message: "anchors and aliases ('&name', '*name') are not supported; write the value out", location: location)
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    break
                }
            }
        }
    }
}
