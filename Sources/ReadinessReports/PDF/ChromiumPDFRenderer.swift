#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the HTML report into PDF bytes.
public protocol PDFRendering: Sendable {
    /// The PDF of a self-contained HTML document.
    func renderPDF(html: String) throws(PDFError) -> [UInt8]
}

/// Why no PDF could be made. The command line prints the description, which names the HTML route.
public enum PDFError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No browser was found: the names looked for on the PATH.
    case browserNotFound(searched: [String])
    /// `READINESS_CHROME` names something that is not an executable file.
    case notExecutable(path: String)
    /// The browser ran but gave no valid PDF: its exit status and the end of what it printed.
    case failed(browser: String, status: Int32, output: String)
    /// The browser did not finish in time and was stopped.
    case timedOut(browser: String, seconds: Int)
    /// A temporary file for the browser could not be written.
    case temporaryFiles(String)

    /// The text a person reads.
    public var description: String {
        switch self {
        case .browserNotFound(let searched):
            let names = searched.isEmpty ? "a headless Chromium" : Report.list(searched.map { "'\($0)'" })
            return
                "cannot make a PDF: no headless Chromium found (looked for \(names) on the PATH; set READINESS_CHROME to a Chromium or Chrome executable)"
        case .notExecutable(let path):
            return "cannot make a PDF: READINESS_CHROME is '\(path)', which is not an executable file"
        case .failed(let browser, let status, let output):
            let detail = output.isEmpty ? "" : ": \(output)"
            return "cannot make a PDF: \(browser) exited with status \(status) without writing one\(detail)"
        case .timedOut(let browser, let seconds):
            return "cannot make a PDF: \(browser) did not finish within \(seconds) seconds and was stopped"
        case .temporaryFiles(let reason):
            return "cannot make a PDF: \(reason)"
        }
    }
}

/// Makes PDFs with a headless Chromium or Chrome, found on the PATH or through `READINESS_CHROME`.
///
/// The HTML goes to a private temporary folder, with a throwaway browser profile; the browser prints it
/// there, and only a complete PDF (it starts with `%PDF-` and ends with `%%EOF`) is returned. The folder is
/// removed whatever happens, so a failure never leaves a partial PDF behind. The document forbids scripts
/// and fetches through its Content-Security-Policy, and the browser runs without extensions, sync or
/// background networking.
public struct ChromiumPDFRenderer: PDFRendering {
    /// The names looked for on the PATH, in order.
    static let executableNames = ["chromium", "chromium-browser", "google-chrome"]
    /// The environment variable that names the browser explicitly.
    static let environmentVariable = "READINESS_CHROME"

    /// The browser's path.
    let executable: String
    /// How long the browser may take.
    let timeoutSeconds: Int
    /// Where the private working folder is made: `TMPDIR`, else `/tmp`.
    let temporaryDirectory: String

    /// A renderer for a known browser.
    init(executable: String, timeoutSeconds: Int = 90, temporaryDirectory: String? = nil) {
        self.executable = executable
        self.timeoutSeconds = timeoutSeconds
        self.temporaryDirectory =
            temporaryDirectory
            ?? ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// Finds the browser: `READINESS_CHROME` when set and not empty, else the first name found on the PATH.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(PDFError) -> ChromiumPDFRenderer {
        let temporaryDirectory = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            let path = explicit.contains("/") ? explicit : search(explicit, path: environment["PATH"]) ?? explicit
            guard isExecutableFile(path) else { throw .notExecutable(path: explicit) }
            return ChromiumPDFRenderer(executable: path, temporaryDirectory: temporaryDirectory)
        }
        for name in executableNames {
            if let path = search(name, path: environment["PATH"]) {
                return ChromiumPDFRenderer(executable: path, temporaryDirectory: temporaryDirectory)
            }
        }
        throw .browserNotFound(searched: executableNames)
    }

    /// Prints the HTML to a PDF through the browser, in a private temporary folder removed afterwards.
    public func renderPDF(html: String) throws(PDFError) -> [UInt8] {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/report.html"
        let output = folder + "/report.pdf"
        let log = folder + "/browser.log"
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: input))
        } catch {
            throw .temporaryFiles("cannot write \(input): \(error)")
        }
        var arguments = [
            executable,
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-sync",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--disable-breakpad",
            "--user-data-dir=\(folder)/profile",
            "--no-pdf-header-footer",
            "--print-to-pdf-no-header",
            "--print-to-pdf=\(output)",
        ]
        // Chromium refuses to start as root with its sandbox on; the page is our own inert HTML.
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        arguments.append(URL(fileURLWithPath: input).absoluteString)

        let status = try run(arguments, log: log)
        let bytes = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: output)))) ?? []
        guard Self.isCompletePDF(bytes) else {
            throw .failed(browser: executable, status: status, output: Self.tail(ofFile: log))
        }
        return bytes
    }

    /// Whether bytes look like a whole PDF: the header at the start and the end-of-file marker near the end.
    static func isCompletePDF(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 16, bytes.starts(with: Array("%PDF-".utf8)) else { return false }
        let tail = String(decoding: bytes.suffix(1024), as: UTF8.self)
        return tail.contains("%%EOF")
    }

    // MARK: - Running the browser

    /// Runs the browser in its own process group, so a timeout stops every process it started.
    private func run(_ arguments: [String], log: String) throws(PDFError) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw .failed(browser: executable, status: -1, output: String(cString: strerror(spawned)))
        }
        let deadline = Date().addingTimeInterval(TimeInterval(timeoutSeconds))
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { return -1 }
            if Date() > deadline {
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw .timedOut(browser: executable, seconds: timeoutSeconds)
            }
            usleep(20_000)
        }
        // Helpers the browser left behind in its group are no use once it has exited.
        kill(-pid, SIGKILL)
        return Self.exitCode(status)
    }

    /// The exit code of a finished process, or 128 + the signal that ended it.
    private static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    private func makeTemporaryFolder() throws(PDFError) -> String {
        let base = temporaryDirectory
        var template = Array("\(base)/readiness-pdf-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw .temporaryFiles("cannot create a temporary folder in \(base): \(String(cString: strerror(errno)))")
        }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The last few lines the browser printed, on one line, for the error message.
    private static func tail(ofFile path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).suffix(3)
        return lines.joined(separator: " / ")
    }

    private static func search(_ name: String, path: String?) -> String? {
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if isExecutableFile(candidate) { return candidate }
        }
        return nil
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }
}

/// The browser found when a PDF is asked for, not before: an interview that never exports a PDF never
/// searches the PATH, and one that does says why no browser could be used.
public struct ChromiumOnDemand: PDFRendering {
    /// The environment that names the browser (`READINESS_CHROME`, `PATH`, `TMPDIR`).
    public let environment: [String: String]

    /// A renderer that looks for the browser in `environment` each time it is used.
    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// The PDF of a self-contained HTML document, through the browser found now.
    public func renderPDF(html: String) throws(PDFError) -> [UInt8] {
        try ChromiumPDFRenderer.locate(environment: environment).renderPDF(html: html)
    }
}
