import CLibYAML

/// Reads YAML text into a located tree, turning every syntax problem into a diagnostic.
///
/// One pass over libyaml's events builds the tree directly: libyaml's parser is iterative, so nesting
/// cannot exhaust the stack (it is still bounded, to keep trees sane), and aliases are refused where
/// they appear, so a small file cannot expand without bound. (`CLibYAML` is the system's libyaml.)
enum YAMLReader {
    /// Files above this size are refused before parsing: a questionnaire is text a person writes (the full
    /// shipped one is under 100 KB; a generated one of 10,000 questions is 2.3 MB).
    static let maximumBytes = 8 * 1024 * 1024
    /// Deeper nesting of lists and mappings inside the document is refused.
    static let maximumDepth = 200

    /// Parses one YAML document; returns nil (with diagnostics in the log) when it cannot be read.
    ///
    /// Most questionnaires are written in the plain block style that `YAMLBlockScanner` reads on its own,
    /// several times faster than libyaml; it gives the same events or gives up, and then libyaml reads the
    /// file from the start, so every file libyaml refuses is refused with libyaml's own words.
    static func read(_ file: SourceFile, into log: inout DiagnosticLog) -> SourceValue? {
        if let tooLarge = SourceFile.sizeProblem(file, limit: maximumBytes) {
            log.append(tooLarge)
            return nil
        }
        if let fast = readWithoutLibYAML(file.text) {
            for diagnostic in fast.diagnostics { log.append(diagnostic) }
            return fast.value
        }
        return readWithLibYAML(file.text, into: &log)
    }

    /// The tree from the block scanner alone, or nil when it gave up (or the builder refused the tree).
    static func readWithoutLibYAML(_ text: String) -> (value: SourceValue, diagnostics: [Diagnostic])? {
        var text = text
        return text.withUTF8 { bytes -> (value: SourceValue, diagnostics: [Diagnostic])? in
            var builder = TreeBuilder()
            var scanner = YAMLBlockScanner(bytes)
            guard scanner.scan(into: &builder), let root = builder.finishedRoot else { return nil }
            return (root, builder.diagnostics)
        }
    }

    /// The tree as libyaml's events give it; nil (with diagnostics in the log) when it cannot be read.
    static func readWithLibYAML(_ text: String, into log: inout DiagnosticLog) -> SourceValue? {
        var builder = TreeBuilder()
        let outcome = builder.build(text)
        for diagnostic in builder.diagnostics { log.append(diagnostic) }
        switch outcome {
        case .document(let value): return value
        case .empty:
            log.error("the file is empty", at: .start)
            return nil
        case .failed:
            return nil
        }
    }

    /// Builds the tree from parser events with a stack of open lists and mappings.
    struct TreeBuilder {
        enum Outcome {
            case document(SourceValue)
            case empty
            case failed
        }

        /// A list or mapping being filled (a value re-wrapped in an enum case for each item cost as much
        /// as reading the item).
        private struct Open {
            var isList: Bool
            var location: SourceLocation
            /// Where its items (or entries) start in `items` (or `entries`).
            var start: Int
            /// A mapping's key read, waiting for its value.
            var key: SourceScalar?
            /// Whether the next value belongs to a key that could not be used, and is dropped.
            var skippingValue = false
        }

        var diagnostics: [Diagnostic] = []
        private var stack: [Open] = []
        // The items and entries of every open list and mapping, innermost last: a closed one takes its
        // own off the end in an array of its exact size, where growing an array for each cost several
        // allocations a mapping (and the slack stayed in the tree).
        private var items: [SourceValue] = []
        private var entries: [SourceEntry] = []
        private var root: SourceValue?
        private var documents = 0

        mutating func build(_ text: String) -> Outcome {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                diagnostics.append(.error("could not start the YAML reader", at: .start))
                return .failed
            }
            defer { yaml_parser_delete(&parser) }
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer -> Outcome in
                yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
                yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
                while true {
                    var event = yaml_event_t()
                    guard yaml_parser_parse(&parser, &event) == 1 else {
                        diagnostics.append(Self.syntaxDiagnostic(parser, bytes: UnsafeBufferPointer(buffer)))
                        return .failed
                    }
                    defer { yaml_event_delete(&event) }
                    let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                    switch event.type {
                    case YAML_STREAM_END_EVENT:
                        return root.map(Outcome.document) ?? .empty
                    case YAML_DOCUMENT_START_EVENT:
                        documents += 1
                        if documents > 1 {
                            diagnostics.append(
                                .error("YAML syntax: a questionnaire is one document, and a second one starts here", at: location))
                            return .failed
                        }
                    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                        guard open(list: event.type == YAML_SEQUENCE_START_EVENT, at: location) else { return .failed }
                    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                        close()
                    case YAML_SCALAR_EVENT:
                        let data = event.data.scalar
                        let text =
                            data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(data.length)), as: UTF8.self) }
                            ?? ""
                        let quoted =
                            data.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || data.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                            || data.style == YAML_LITERAL_SCALAR_STYLE || data.style == YAML_FOLDED_SCALAR_STYLE
                        scalar(text, quoted: quoted, at: location)
                    case YAML_ALIAS_EVENT:
                        diagnostics.append(
                            .error("anchors and aliases ('&name', '*name') are not supported; write the value out", at: location))
                        return .failed
                    default:
                        continue
                    }
                }
            }
        }

        /// The root once every list and mapping is closed.
        var finishedRoot: SourceValue? { stack.isEmpty ? root : nil }

        /// Opens a list or mapping; false (after a diagnostic) when that nests too deep.
        mutating func open(list: Bool, at location: SourceLocation) -> Bool {
            // The document's own top-level mapping is not counted: the limit is on nesting inside it.
            if stack.count > YAMLReader.maximumDepth {
                diagnostics.append(.error("the YAML is nested more than \(YAMLReader.maximumDepth) levels deep", at: location))
                return false
            }
            stack.append(Open(isList: list, location: location, start: list ? items.count : entries.count))
            return true
        }

        /// Closes the innermost open list or mapping.
        mutating func close() {
            guard let open = stack.popLast() else { return }
            if open.isList {
                let closed = Array(items[open.start...])
                items.removeLast(items.count - open.start)
                attach(.list(closed, at: open.location))
            } else {
                let closed = Array(entries[open.start...])
                entries.removeLast(entries.count - open.start)
                attach(.map(closed, at: open.location))
            }
        }

        /// Adds a scalar where the next value goes.
        mutating func scalar(_ text: String, quoted: Bool, at location: SourceLocation) {
            attach(.scalar(SourceScalar(text: text, isQuoted: quoted, location: location)))
        }

        /// Puts a finished value where it belongs: the root, a list's next item, a mapping's key or value.
        private mutating func attach(_ value: SourceValue) {
            let top = stack.count - 1
            guard top >= 0 else {
                root = value
                return
            }
            if stack[top].isList {
                items.append(value)
            } else if stack[top].skippingValue {
                // The value of a key that could not be used: dropped, its problem already reported.
                stack[top].skippingValue = false
            } else if let key = stack[top].key {
                entries.append(SourceEntry(key: key, value: value))
                stack[top].key = nil
            } else if case .scalar(let scalar) = value {
                if scalar.text == "<<" && !scalar.isQuoted {
                    diagnostics.append(.error("merge keys ('<<') are not supported; write the keys out", at: scalar.location))
                    stack[top].skippingValue = true
                } else {
                    stack[top].key = scalar
                }
            } else {
                diagnostics.append(.error("a key must be plain text, not a list or a mapping", at: value.location))
                stack[top].skippingValue = true
            }
        }

        /// libyaml's own account of a syntax problem, with the context it gives.
        private static func syntaxDiagnostic(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
            let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
            if parser.error == YAML_READER_ERROR {
                // The reader gives only a byte offset (a control character, say): turned into a line and column.
                return .error("the file cannot be read as text: \(problem)", at: location(ofByte: parser.problem_offset, in: bytes))
            }
            var message = "YAML syntax: \(problem)"
            if let context = parser.context.map({ String(cString: $0) }) {
                message += " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
            }
            let mark = parser.problem_mark
            return .error(message, at: SourceLocation(line: max(Int(mark.line) + 1, 1), column: max(Int(mark.column) + 1, 1)))
        }

        /// The line and column (in Unicode scalars, as libyaml counts) of a byte offset in UTF-8 text.
        static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
            var line = 1
            var column = 1
            for byte in bytes.prefix(max(0, offset)) {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return SourceLocation(line: line, column: column)
        }
    }
}
