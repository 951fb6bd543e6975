import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What the full-screen interview remembers between runs, in a small text file the user may edit:
/// `$XDG_CONFIG_HOME/readiness/interview.conf`, else `~/.config/readiness/interview.conf`.
///
///     # readiness: remembered by the interview
///     assessor = Ana Müller
///     live-pane = hidden
///
/// `assessor` fills the start screen's Assessor field; `live-pane = hidden` opens discovery calls with the
/// live pane hidden (as `p` left it). Blank lines and `#` comments are ignored; a line that is not
/// `key = value`, or a key this version does not know, is reported on standard error and otherwise ignored,
/// so a damaged file never stops an interview.
struct InterviewPreferences: Equatable {
    /// The assessor's name last used.
    var assessor: String?
    /// Whether the live pane was hidden when the last call ended.
    var hidesLivePane = false

    /// The file's path, or nil without a home folder.
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        func value(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        // A relative XDG_CONFIG_HOME is ignored, as the XDG specification asks.
        if let xdg = value(environment["XDG_CONFIG_HOME"]), xdg.hasPrefix("/") { return xdg + "/readiness/interview.conf" }
        guard let home = value(environment["HOME"]) ?? DataFolder.passwordDatabaseHome() else { return nil }
        return home + "/.config/readiness/interview.conf"
    }

    /// Reads the file; a missing file is no preferences. Problems are returned as `path:line: message`.
    static func read(path: String) -> (preferences: InterviewPreferences, problems: [String]) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (InterviewPreferences(), []) }
        return parse(text, path: path)
    }

    /// Parses the file's text.
    static func parse(_ text: String, path: String) -> (preferences: InterviewPreferences, problems: [String]) {
        var preferences = InterviewPreferences()
        var problems: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                problems.append("\(path):\(index + 1): expected 'key = value', found '\(line)'")
                continue
            }
            let key = line[..<equals].trimmingSpaces()
            let value = line[line.index(after: equals)...].trimmingSpaces()
            switch key {
            case "assessor":
                preferences.assessor = value.isEmpty ? nil : String(value.prefix(200))
            case "live-pane":
                guard value == "hidden" || value == "shown" else {
                    problems.append("\(path):\(index + 1): live-pane is 'hidden' or 'shown', not '\(value)'")
                    continue
                }
                preferences.hidesLivePane = value == "hidden"
            default:
                problems.append("\(path):\(index + 1): unknown key '\(key)' (known: assessor, live-pane)")
            }
        }
        return (preferences, problems)
    }

    /// The file's text.
    var text: String {
        var lines = ["# readiness: remembered by the interview (see 'The interview' in the README)"]
        // Line breaks would start a new key; a name never has them.
        if let assessor { lines.append("assessor = " + assessor.replacing("\n", with: " ")) }
        lines.append("live-pane = " + (hidesLivePane ? "hidden" : "shown"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the file, creating its folder (owner only). Returns why it could not, for a warning.
    func write(path: String) -> String? {
        do {
            try DataFolder.create(AtomicFile.parentFolder(of: path))
            try AtomicFile.write(Array(text.utf8), to: path, permissions: 0o600)
            return nil
        } catch {
            return String(describing: error)
        }
    }
}
