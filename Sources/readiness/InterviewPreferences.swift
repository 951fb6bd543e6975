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
    static func path(environment: [String: String] = ProgramEnvironment.variables) -> String? {
        ConfigFile.path("interview.conf", environment: environment)
    }

    /// Reads the file; a missing file is no preferences. Problems are returned as `path:line: message`.
    static func read(path: String) -> (preferences: InterviewPreferences, problems: [String]) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (InterviewPreferences(), []) }
        return parse(text, path: path)
    }

    /// Parses the file's text.
    static func parse(_ text: String, path: String) -> (preferences: InterviewPreferences, problems: [String]) {
        var preferences = InterviewPreferences()
        let (entries, found) = ConfigFile.entries(text)
        var problems = found
        for entry in entries {
            switch entry.key {
            case "assessor":
                preferences.assessor = entry.value.isEmpty ? nil : String(entry.value.prefix(200))
            case "live-pane":
                guard entry.value == "hidden" || entry.value == "shown" else {
                    problems.append(ConfigFile.Problem(line: entry.line, message: "live-pane is 'hidden' or 'shown', not '\(entry.value)'"))
                    continue
                }
                preferences.hidesLivePane = entry.value == "hidden"
            default:
                problems.append(ConfigFile.Problem(line: entry.line, message: "unknown key '\(entry.key)' (known: assessor, live-pane)"))
            }
        }
        return (preferences, ConfigFile.describe(problems, path: path))
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
