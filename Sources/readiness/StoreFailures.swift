import ArgumentParser
import ReadinessStore

extension ExitStatus {
    /// Another process is editing the assessment (sysexits' EX_TEMPFAIL: try again later).
    static let locked: Int32 = 75
}

extension CommandFailure {
    /// A store error as its message and exit code: an unknown or ambiguous id is a usage error (64), an
    /// unreadable stored file is invalid data (65), a lock held elsewhere is 75, the file system 74.
    /// `nothingChanged` adds that the command took nothing it was given (plain mode refused the lock).
    init(_ error: StoreError, nothingChanged: Bool = false) {
        let code: Int32 =
            switch error {
            case .notFound, .ambiguous: ExitStatus.usage
            case .invalid: ExitStatus.invalidData
            case .locked: ExitStatus.locked
            case .alreadyExists, .file: ExitStatus.fileSystem
            }
        var message = error.description
        if nothingChanged { message += "; nothing was changed" }
        if case .locked = error { message += "; try again when it is closed" }
        self.init(message: message, code: code)
    }
}

/// Runs a command body like `reportingFailures`, with store errors reported too. A stored file that cannot
/// be read is shown in full, compiler style, like any other invalid assessment file.
func reportingStoreFailures(_ body: () throws -> Void) throws {
    try reportingFailures {
        do {
            try body()
        } catch let error as StoreError {
            if case .invalid(let problem) = error, let details = problem.details {
                writeStandardError(details)
                throw ExitCode(ExitStatus.invalidData)
            }
            throw CommandFailure(error)
        }
    }
}
