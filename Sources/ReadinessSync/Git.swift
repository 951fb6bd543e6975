import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way this program runs `git`: arguments as an array (never a shell string), in one repository,
/// with a fixed environment so that git never prompts, never pages and always answers in words this code
/// can parse. A failure carries git's own error text.
public struct Git: Sendable {
    /// The working tree git runs in (`git -C`).
    public let directory: String
    /// The executable: `git` found on the `PATH`, unless `READINESS_GIT` names another.
    public let executable: String

    /// A runner for the repository whose working tree is `directory`.
    public init(directory: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.directory = directory
        executable = environment["READINESS_GIT"] ?? "git"
    }

    /// What one run printed.
    public struct Output: Sendable {
        /// Standard output, as bytes (a blob may be anything).
        public var bytes: [UInt8]
        /// Standard output as text, without the final newline.
        public var text: String {
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasSuffix("\n") { text.removeLast() }
            return text
        }
    }

    /// Runs git with `arguments`, feeding `input` on standard input; throws with git's message when it fails.
    @discardableResult
    public func run(_ arguments: [String], input: [UInt8]? = nil, environment extra: [String: String] = [:]) throws(GitError) -> Output {
        let result = try launch(arguments, input: input, environment: extra)
        guard result.status == 0 else {
            throw .failed(arguments: arguments, status: result.status, message: result.errors)
        }
        return Output(bytes: result.output)
    }

    /// Runs git and reports only whether it succeeded (for questions such as `merge-base --is-ancestor`).
    public func succeeds(_ arguments: [String], environment extra: [String: String] = [:]) throws(GitError) -> Bool {
        try launch(arguments, input: nil, environment: extra).status == 0
    }

    /// The fixed environment: the caller's, without anything that would point git at another repository,
    /// plus no prompts (a missing password is an error, not a hang), no pager, the C locale for parsing.
    static func environment(adding extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES",
              "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_AUTHOR_DATE", "GIT_COMMITTER_NAME",
              "GIT_COMMITTER_EMAIL", "GIT_COMMITTER_DATE", "LANGUAGE"].contains(key)
        }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_PAGER"] = "cat"
        environment["PAGER"] = "cat"
        environment["LC_ALL"] = "C"
        environment["GIT_ASKPASS"] = environment["GIT_ASKPASS"] ?? "true"
        environment["GIT_SSH_COMMAND"] = environment["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    private struct Result {
        var status: Int32
        var output: [UInt8]
        var errors: String
    }

    private func launch(_ arguments: [String], input: [UInt8]?, environment extra: [String: String]) throws(GitError) -> Result {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-C", directory] + arguments
        } else {
            // Found on the PATH by env(1), which takes the arguments as they are: no shell involved.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable, "-C", directory] + arguments
        }
        process.environment = Self.environment(adding: extra)
        let output = Pipe(), errors = Pipe(), feed = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        do {
            try process.run()
        } catch {
            throw .unavailable("cannot run \(executable): \(error.localizedDescription)")
        }
        // Both streams are read while git runs, so a full pipe can never stall it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let input {
            feed.fileHandleForWriting.write(Data(input))
            try? feed.fileHandleForWriting.close()
        }
        group.wait()
        process.waitUntilExit()
        let status = process.terminationStatus
        // env(1) says 127 when it cannot find the program at all.
        if status == 127, !executable.contains("/"), String(decoding: errData, as: UTF8.self).contains("No such file") {
            throw .unavailable("git is not installed (team sync drives the git command line); install it and try again")
        }
        return Result(status: status, output: [UInt8](outData), errors: String(decoding: errData, as: UTF8.self))
    }
}

/// Why a git command failed.
public enum GitError: Error, Sendable, CustomStringConvertible {
    /// git ran and failed: the arguments, its exit status and its own message.
    case failed(arguments: [String], status: Int32, message: String)
    /// git could not be run at all.
    case unavailable(String)

    /// git's own message, trimmed to its meaningful lines.
    public var message: String {
        switch self {
        case let .failed(_, status, message):
            let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
            return lines.isEmpty ? "git exited with status \(status)" : lines.joined(separator: "; ")
        case let .unavailable(message): return message
        }
    }

    public var description: String {
        switch self {
        case let .failed(arguments, _, _): "git \(arguments.first ?? "") failed: \(message)"
        case .unavailable: message
        }
    }
}
