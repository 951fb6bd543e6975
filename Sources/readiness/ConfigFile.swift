import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The user's small `key = value` files in `$XDG_CONFIG_HOME/readiness/`, else `~/.config/readiness/`:
/// `interview.conf`, which the interview writes, and `report.conf`, which the user writes.
///
/// Blank lines and `#` comments are ignored; a line that is not `key = value` is a problem the caller
/// reports as `path:line: message`, as it does a key it does not know.
enum ConfigFile {
    /// One `key = value` line.
    struct Entry: Equatable {
        let key: String
        let value: String
        /// The line's number, from 1.
        let line: Int
    }

    /// The path of a file in the configuration folder, or nil without a home folder.
    static func path(_ name: String, environment: [String: String] = ProgramEnvironment.variables) -> String? {
        func value(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        // A relative XDG_CONFIG_HOME is ignored, as the XDG specification asks.
        if let xdg = value(environment["XDG_CONFIG_HOME"]), xdg.hasPrefix("/") { return xdg + "/readiness/" + name }
        guard let home = value(environment["HOME"]) ?? DataFolder.passwordDatabaseHome() else { return nil }
        return home + "/.config/readiness/" + name
    }

    /// What is wrong with a line.
    struct Problem: Equatable {
        let line: Int
        let message: String
    }

    /// The entries of a file's text, in order, and the lines that are not `key = value`.
    static func entries(_ text: String) -> (entries: [Entry], problems: [Problem]) {
        var entries: [Entry] = []
        var problems: [Problem] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                problems.append(Problem(line: index + 1, message: "expected 'key = value', found '\(line)'"))
                continue
            }
            entries.append(
                Entry(key: line[..<equals].trimmingSpaces(), value: line[line.index(after: equals)...].trimmingSpaces(), line: index + 1))
        }
        return (entries, problems)
    }

    /// Problems as `path:line: message`, in file order.
    static func describe(_ problems: [Problem], path: String) -> [String] {
        problems.sorted { $0.line < $1.line }.map { "\(path):\($0.line): \($0.message)" }
    }
}
