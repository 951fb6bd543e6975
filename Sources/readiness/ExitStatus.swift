import ArgumentParser
import ReadinessCore
import ReadinessIO
import ReadinessStore

#if canImport(Glibc)
    import Glibc
#endif

/// The documented exit codes (README, "Exit codes").
enum ExitStatus {
    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    /// A PDF was asked for and no headless Chromium could make one (sysexits' EX_UNAVAILABLE).
    static let unavailable: Int32 = 69
    static let fileSystem: Int32 = 74
    /// Plain mode's input ended before the interview did; the draft is saved.
    static let inputEnded: Int32 = 76
}

/// A failure the executable reports on standard error before exiting with its code.
struct CommandFailure: Error {
    let message: String
    let code: Int32
}

/// Runs a command body, turning every known error into its message on standard error and its exit code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let failure as CommandFailure {
        printError(failure.message)
        throw ExitCode(failure.code)
    } catch let error as DiagnosticsError {
        writeStandardError(error.description)
        throw ExitCode(ExitStatus.invalidData)
    } catch let error as FileError {
        printError(error.description)
        throw ExitCode(ExitStatus.fileSystem)
    } catch let error as QuestionnaireFileError {
        try reportingFailures { try rethrowUnwrapped(error) }
    } catch let error as AssessmentLoadError {
        switch error {
        case .file(let inner): try reportingFailures { throw inner }
        case .invalid(let inner): try reportingFailures { throw inner }
        }
    } catch let error as CatalogError {
        switch error {
        case .unknown(let id, let available, let directory):
            printError(
                "no questionnaire '\(id)' in \(directory)\(Suggestions.closest(to: id, among: available).map { "; did you mean '\($0)'?" } ?? "") (available: \(available.joined(separator: ", ")))"
            )
            throw ExitCode(ExitStatus.usage)
        case .invalid(let inner):
            try reportingFailures { try rethrowUnwrapped(inner) }
        case .unknownVersion(let id, let version, let installed):
            printError(
                "questionnaire '\(id)' has no version \(version) installed (installed: \(installed.joined(separator: ", "))); '\(id)' alone means the newest"
            )
            throw ExitCode(ExitStatus.usage)
        }
    }
}

private func rethrowUnwrapped(_ error: QuestionnaireFileError) throws {
    switch error {
    case .file(let inner): throw inner
    case .invalid(let inner): throw inner
    }
}

/// Prints `readiness: error: message` on standard error.
func printError(_ message: String) {
    writeStandardError("readiness: error: \(TerminalText.sanitizedLine(message))\n")
}

/// Writes text to standard error, unbuffered. A failure is not reported: there is nowhere left to say it.
func writeStandardError(_ text: String) {
    _ = Descriptor.writeAll(Array(text.utf8), to: 2)
}
