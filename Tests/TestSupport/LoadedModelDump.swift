/// A stable text form of any value, every stored property included (private ones too), for comparing
/// what the loader builds before and after a change to it.
///
/// Reflection walks the value, so a property added to the model is dumped without touching this file.
/// Dictionaries and sets are written in the order of their entries' text, never in hashing order, so the
/// same value gives the same text in every process.
public enum LoadedModelDump {
    /// The value as indented lines, one property or element a line.
    public static func text(of value: Any) -> String {
        var lines: [String] = []
        write(value, label: nil, depth: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func write(_ value: Any, label: String?, depth: Int, into lines: inout [String]) {
        let prefix = String(repeating: "  ", count: depth) + (label.map { "\($0): " } ?? "")
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else {
                lines.append(prefix + "nil")
                return
            }
            write(wrapped, label: label, depth: depth, into: &lines)
        case .collection:
            lines.append(prefix + "[\(mirror.children.count)]")
            for child in mirror.children { write(child.value, label: nil, depth: depth + 1, into: &lines) }
        case .set, .dictionary:
            // Each entry dumped on its own, then ordered by its text: hashing order differs run to run.
            let entries = mirror.children.map { child -> [String] in
                var entry: [String] = []
                write(child.value, label: nil, depth: depth + 1, into: &entry)
                return entry
            }
            lines.append(prefix + "{\(entries.count)}")
            for entry in entries.sorted(by: { $0.joined(separator: "\n") < $1.joined(separator: "\n") }) { lines += entry }
        case .enum:
            let type = String(describing: type(of: value))
            guard let payload = mirror.children.first else {
                lines.append(prefix + "\(type).\(value)")
                return
            }
            lines.append(prefix + "\(type).\(payload.label ?? "?")")
            write(payload.value, label: nil, depth: depth + 1, into: &lines)
        case .struct, .class, .tuple:
            lines.append(prefix + String(describing: type(of: value)))
            for child in mirror.children { write(child.value, label: child.label, depth: depth + 1, into: &lines) }
        default:
            lines.append(prefix + String(reflecting: value))
        }
    }
}
