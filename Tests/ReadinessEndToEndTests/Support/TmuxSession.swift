import Foundation
import XCTest

/// A private tmux server running the real binary in a real terminal: keys in with `send-keys`, the screen
/// out with `capture-pane`. Each test gets its own server, so tests never share a terminal.
final class TmuxSession {
    let socket: String
    private let server: Process
    let dataFolder: TemporaryFolder

    /// Whether tmux is installed; tests that need it skip with a printed reason when it is not.
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Starts a server and, in it, `readiness` with the arguments, in a window of a size. The command
    /// prints `EXIT=<status>` when the program ends, so tests can read the exit code from the screen.
    /// `outputFile`, when given, receives the program's standard output (the terminal keeps its input and errors);
    /// `errorFile` its standard error.
    /// `input` is where standard input comes from; `unsetting` names environment variables to remove.
    init(
        arguments: [String] = [], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        dataFolder: TemporaryFolder? = nil,
        outputFile: String? = nil, errorFile: String? = nil, input: Input = .terminal, unsetting: [String] = []
    ) throws {
        try XCTSkipUnless(Self.isAvailable, "tmux is not installed (CI installs it: see .ci/run)")
        socket = "readiness-test-\(UUID().uuidString.prefix(8))"
        self.dataFolder = try dataFolder ?? TemporaryFolder()
        server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["tmux", "-L", socket, "-f", "/dev/null", "-D"]
        server.standardInput = FileHandle.nullDevice
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        // The server is ready when it answers a client.
        let deadline = Date().addingTimeInterval(10)
        while (try? tmux(["show-options", "-gv", "exit-empty"])) == nil {
            guard Date() < deadline else { throw TmuxError(message: "the tmux server did not start") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        // The interview remembers the assessor under the XDG config folder: a private one per test, so no
        // test reads what another (or the user) left there, and none writes into the real home.
        var env = [
            "READINESS_DATA_DIR": self.dataFolder.url.path, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "XDG_CONFIG_HOME": self.dataFolder.url.appendingPathComponent(".config").path,
        ]
        for (key, value) in environment { env[key] = value }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = ([ReadinessBinary.path] + arguments).map(Self.quote).joined(separator: " ")
        // After the program, an interactive shell, so a test can check that the terminal is usable again.
        // Colour is the test's choice: the test runner's own NO_COLOR (set when its output is piped) is dropped.
        let unset = ((environment["NO_COLOR"] == nil ? ["NO_COLOR"] : []) + unsetting).map { "-u \($0) " }.joined()
        let redirect = (outputFile.map { " > \(Self.quote($0))" } ?? "") + (errorFile.map { " 2> \(Self.quote($0))" } ?? "")
        let program = "env \(unset)\(assignments) \(command)\(redirect)"
        let run: String
        switch input {
        case .terminal: run = program
        case .closed: run = "\(program) < /dev/null"
        case .pipe(let producer): run = "{ \(producer); } | \(program)"
        }
        let shell = "\(run); echo EXIT=$?; exec sh -i"
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), shell])
    }

    /// Where the program's standard input comes from.
    enum Input {
        /// The terminal.
        case terminal
        /// Nothing: `/dev/null`, closed from the start.
        case closed
        /// A shell command's output, through a pipe that closes when the command ends.
        case pipe(String)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if server.isRunning { server.terminate() }
        server.waitUntilExit()
    }

    /// Runs a tmux client command and returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let client = Process()
        client.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        client.arguments = ["tmux", "-L", socket] + arguments
        let output = Pipe()
        client.standardOutput = output
        client.standardError = FileHandle.nullDevice
        client.standardInput = FileHandle.nullDevice
        try client.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        client.waitUntilExit()
        guard client.terminationStatus == 0 else { throw TmuxError(message: "tmux \(arguments.first ?? "") failed") }
        return String(decoding: data, as: UTF8.self)
    }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    /// Presses keys by tmux name: "Enter", "Escape", "Up", "C-c", "BTab", "F1".
    func press(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    /// The screen as text.
    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// The screen with lines the terminal wrapped joined again: for what a program printed after it left
    /// the full screen, where a long path runs over the edge.
    func printedLines() throws -> String { try tmux(["capture-pane", "-p", "-J"]) }

    /// Waits until the screen satisfies a condition, polling every 50 ms; fails with the last screen.
    @discardableResult
    func waitFor(
        _ description: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting for \(description); the screen was:\n\(last)", file: file, line: line)
        throw TmuxError(message: "timed out waiting for \(description)")
    }

    /// Waits until the screen contains a text.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitFor("'\(text)'", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// Waits for the program to end and returns its exit status (printed by the wrapping shell).
    func waitForExit(timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> Int32 {
        let screen = try waitFor("the program to exit", timeout: timeout, file: file, line: line) { $0.contains("EXIT=") }
        let status = screen.components(separatedBy: "EXIT=").last?.prefix { $0.isNumber } ?? ""
        return Int32(status) ?? -1
    }

    /// A tmux format value for the pane, such as `#{alternate_on}` or `#{cursor_flag}`.
    func paneFormat(_ format: String) throws -> String {
        try tmux(["display", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window, which delivers SIGWINCH (KEY_RESIZE) to the program.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// The process id of the program in the pane (the child of the wrapping shell).
    func programProcessID() throws -> Int32? {
        let shell = try paneFormat("#{pane_pid}")
        let output = try ReadinessProcesses.children(of: shell)
        return output.first
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    struct TmuxError: Error { let message: String }
}

/// Finds processes, for sending signals to the program inside a pane.
enum ReadinessProcesses {
    /// The ids of the direct children of a process that run the readiness binary.
    static func children(of parent: String) throws -> [Int32] {
        let list = Process()
        list.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        list.arguments = ["ps", "-o", "pid=,comm=", "--ppid", parent]
        let output = Pipe()
        list.standardOutput = output
        try list.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        list.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2, parts[1].hasPrefix("readiness") else { return nil }
            return Int32(parts[0])
        }
    }
}
