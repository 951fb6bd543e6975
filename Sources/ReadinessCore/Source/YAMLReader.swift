import Yams

/// Reads YAML text into a located tree, turning every syntax problem into a diagnostic.
public enum YAMLReader {
    /// Files above this size are refused before parsing: a questionnaire is text a person writes.
    public static let maximumBytes = 16 * 1024 * 1024
    /// Deeper nesting is refused before composing, because the composer recurses once per level.
    public static let maximumDepth = 200

    /// Parses one YAML document; returns nil (with diagnostics in the log) when it cannot be read.
    public static func read(_ file: SourceFile, into log: inout DiagnosticLog) -> SourceValue? {
        if file.text.utf8.count > maximumBytes {
            log.error("the file is larger than \(maximumBytes / 1024 / 1024) MB", at: .start)
            return nil
        }
        if let finding = YAMLEventScan.firstProblem(in: file.text, maximumDepth: maximumDepth) {
            log.error(finding.message, at: finding.location)
            return nil
        }
        let node: Node?
        do {
            // The basic resolver: values are read as text and typed by the schema reader, so Yams's tag
            // rules are never asked for. The default one compiles six regular expressions through ICU on
            // first use, about 5% of the instructions and 0.8 MB of the memory of starting an interview.
            node = try Yams.compose(yaml: file.text, .basic)
        } catch let error as YamlError {
            log.append(diagnostic(for: error))
            return nil
        } catch {
            log.error("could not read the YAML: \(error)", at: .start)
            return nil
        }
        guard let node else {
            log.error("the file is empty", at: .start)
            return nil
        }
        var converter = Converter()
        let value = converter.convert(node, fallback: .start)
        for diagnostic in converter.diagnostics { log.append(diagnostic) }
        return value
    }

    private static func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "YAML syntax: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return .error(message, at: SourceLocation(line: max(mark.line, 1), column: max(mark.column, 1)))
        case let .reader(problem, offset, _, _):
            return .error("the file cannot be read as text: \(problem)\(offset.map { " at byte \($0)" } ?? "")", at: .start)
        default:
            return .error("could not read the YAML: \(error)", at: .start)
        }
    }

    /// Turns Yams nodes into located values. Aliases never reach here: the event scan refuses them first.
    private struct Converter {
        var diagnostics: [Diagnostic] = []

        mutating func convert(_ node: Node, fallback: SourceLocation) -> SourceValue {
            let location = node.mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? fallback
            switch node {
            case let .scalar(scalar):
                let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                    || scalar.style == .literal || scalar.style == .folded
                return .scalar(SourceScalar(text: scalar.string, isQuoted: quoted, location: location))
            case let .sequence(sequence):
                let items = sequence.map { item in
                    convert(item, fallback: item.mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? location)
                }
                return .list(items, at: location)
            case let .mapping(mapping):
                var entries: [SourceEntry] = []
                for (keyNode, valueNode) in mapping {
                    let keyLocation = keyNode.mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? location
                    guard case let .scalar(keyScalar) = keyNode else {
                        diagnostics.append(.error("a key must be plain text, not a list or a mapping", at: keyLocation))
                        continue
                    }
                    let valueLocation = valueNode.mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? keyLocation
                    if keyScalar.string == "<<" && keyScalar.style == .plain {
                        diagnostics.append(.error("merge keys ('<<') are not supported; write the keys out", at: keyLocation))
                        continue
                    }
                    let key = SourceScalar(text: keyScalar.string, isQuoted: keyScalar.style != .plain, location: keyLocation)
                    entries.append(SourceEntry(key: key, value: convert(valueNode, fallback: valueLocation)))
                }
                return .map(entries, at: location)
            }
        }
    }
}
