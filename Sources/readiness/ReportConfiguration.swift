import ReadinessCore
import ReadinessReports
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The sender's identity in `report.conf`, beside `interview.conf` in the user's configuration folder
/// (`$XDG_CONFIG_HOME/readiness/`, else `~/.config/readiness/`), written by the user:
///
///     # readiness: who sends the summaries
///     company = Northbridge IT Partners
///     contact = Jo Park, jo@northbridge.example, +1 555 0100
///     logo = logo.svg
///
/// Every key is optional. `logo` is a PNG, JPEG or SVG file (a relative path is read from the folder
/// the file is in), checked by its first bytes and its size, and embedded in the HTML and PDF. A line
/// that is not `key = value`, or a key this version does not know, is a warning; a logo that cannot be
/// used stops the report with what is wrong, so a summary never goes out without the logo it should carry.
enum ReportConfiguration {
    /// The file's path, or nil without a home folder.
    static func path(environment: [String: String] = ProgramEnvironment.variables) -> String? {
        ConfigFile.path("report.conf", environment: environment)
    }

    /// The sender configured in the file; nil when there is no file. Warnings go to standard error unless
    /// `warning` is false (the full-screen interview, whose screen they would break).
    static func sender(warning: Bool = true, environment: [String: String] = ProgramEnvironment.variables) throws -> Sender? {
        guard let path = path(environment: environment), let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return nil
        }
        let (sender, warnings) = try read(text, path: path)
        for line in warnings where warning { writeStandardError("readiness: warning: \(TerminalText.sanitizedLine(line))\n") }
        return sender
    }

    /// The sender in a file's text, and the lines it ignored.
    static func read(_ text: String, path: String) throws -> (sender: Sender, warnings: [String]) {
        let (entries, found) = ConfigFile.entries(text)
        var problems = found
        var company: String?
        var contact: String?
        var logo: Logo?
        for entry in entries {
            switch entry.key {
            case "company": company = TerminalText.typedLine(entry.value)
            case "contact": contact = TerminalText.typedLine(entry.value)
            case "logo": logo = try readLogo(entry.value, line: entry.line, configPath: path)
            default:
                problems.append(ConfigFile.Problem(line: entry.line, message: "unknown key '\(entry.key)' (known: company, contact, logo)"))
            }
        }
        return (Sender(name: company, contact: contact, logo: logo), ConfigFile.describe(problems, path: path))
    }

    /// The logo a `logo = PATH` line names, checked; a failure names the line, the file and what is wrong.
    private static func readLogo(_ value: String, line: Int, configPath: String) throws -> Logo? {
        guard !value.isEmpty else { return nil }
        let folder = configPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let logoPath = value.hasPrefix("/") ? value : folder + "/" + value
        let bytes: [UInt8]
        do {
            // One byte past the limit: enough to refuse a larger file without reading all of it.
            bytes = try FileReader.bytes(atPath: logoPath, limit: Logo.maximumBytes + 1)
        } catch {
            throw CommandFailure(message: "\(configPath):\(line): the logo \(error.description)", code: ExitStatus.fileSystem)
        }
        do {
            return try Logo(bytes: bytes)
        } catch {
            throw CommandFailure(message: "\(configPath):\(line): \(logoPath): \(error.description)", code: ExitStatus.invalidData)
        }
    }
}
