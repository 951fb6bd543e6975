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

/// The one way this program runs `git`: arguments as an array (never a shell string), in one repository,
/// with a fixed environment so that git never prompts, never pages and always answers in words this code
/// can parse. A failure carries git's own error text.
public struct Git: Sendable {
    /// The working tree git runs in (`git -C`).
    public let directory: String
    /// The executable: `git` found on the `PATH`, unless `READINESS_GIT` names another.
    let executable: String

    /// A runner for the repository whose working tree is `directory`.
    init(directory: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.directory = directory
        executable = environment["READINESS_GIT"] ?? "git"
    }

    /// What one run printed.
    public struct Output: Sendable {
        /// Standard output, as bytes (a blob may be anything).
        var bytes: [UInt8]
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
    func succeeds(_ arguments: [String], environment extra: [String: String] = [:]) throws(GitError) -> Bool {
        try launch(arguments, input: nil, environment: extra).status == 0
    }

    /// The fixed environment: the caller's, without anything that would point git at another repository,
    /// plus no prompts (a missing password is an error, not a hang), no pager, the C locale for parsing.
    static func environment(adding extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            ![
                "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES",
                "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_AUTHOR_DATE", "GIT_COMMITTER_NAME",
                "GIT_COMMITTER_EMAIL", "GIT_COMMITTER_DATE", "LANGUAGE",
            ].contains(key)
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
        // Found on the PATH by env(1) unless a path is given; env takes the arguments as they are: no shell.
        let argv =
            executable.contains("/")
            ? [executable, "-C", directory] + arguments : ["/usr/bin/env", executable, "-C", directory] + arguments
        let environment = Self.environment(adding: extra).map { "\($0.key)=\($0.value)" }
        var output = [Int32](repeating: -1, count: 2)
        var errors = [Int32](repeating: -1, count: 2)
        var feed = [Int32](repeating: -1, count: 2)
        defer { for descriptor in output + errors + feed where descriptor >= 0 { close(descriptor) } }
        guard pipe(&output) == 0, pipe(&errors) == 0, input == nil || pipe(&feed) == 0 else {
            throw .unavailable("cannot run \(executable): \(String(cString: strerror(errno)))")
        }
        for descriptor in [output[0], errors[0], feed[1]] where descriptor >= 0 { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input == nil {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, feed[0], 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        defer { for pointer in cArguments + cEnvironment { free(pointer) } }
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, cEnvironment)
        guard spawned == 0 else { throw .unavailable("cannot run \(executable): \(String(cString: strerror(spawned)))") }
        // The child's ends are closed here so that reading sees the end when git exits.
        close(output[1])
        output[1] = -1
        close(errors[1])
        errors[1] = -1
        if feed[0] >= 0 {
            close(feed[0])
            feed[0] = -1
        }
        let (outData, errData) = Self.exchange(input: input, feed: &feed[1], output: output[0], errors: errors[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        // env(1) says 127 when it cannot find the program at all.
        if exitStatus == 127, !executable.contains("/"), String(decoding: errData, as: UTF8.self).contains("No such file") {
            throw .unavailable("git is not installed (team sync drives the git command line); install it and try again")
        }
        return Result(status: exitStatus, output: outData, errors: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `input` to git and reads both of its output streams at the same time, so that a full pipe
    /// in either direction can never stall it; returns when both streams have ended.
    private static func exchange(input: [UInt8]?, feed: inout Int32, output: Int32, errors: Int32) -> ([UInt8], [UInt8]) {
        var collected: [Int32: [UInt8]] = [output: [], errors: []]
        var open: Set<Int32> = [output, errors]
        var written = 0
        let pending = input ?? []
        if feed >= 0 && pending.isEmpty {
            close(feed)
            feed = -1
        }
        if feed >= 0 { _ = fcntl(feed, F_SETFL, fcntl(feed, F_GETFL) | O_NONBLOCK) }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var watched = open.sorted().map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if feed >= 0 { watched.append(pollfd(fd: feed, events: Int16(POLLOUT), revents: 0)) }
            if poll(&watched, nfds_t(watched.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in watched where entry.revents != 0 {
                if entry.fd == feed {
                    let count = pending.withUnsafeBytes { write(feed, $0.baseAddress! + written, $0.count - written) }
                    if count > 0 { written += count }
                    if count < 0 && errno != EAGAIN && errno != EINTR || written == pending.count {
                        close(feed)
                        feed = -1
                    }
                } else {
                    let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress!, $0.count) }
                    if count > 0 {
                        collected[entry.fd]!.append(contentsOf: buffer[..<count])
                    } else if count == 0 || errno != EINTR && errno != EAGAIN {
                        open.remove(entry.fd)
                    }
                }
            }
        }
        if feed >= 0 {
            close(feed)
            feed = -1
        }
        return (collected[output]!, collected[errors]!)
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
        case .failed(_, let status, let message):
            let lines = message.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
            return lines.isEmpty ? "git exited with status \(status)" : lines.joined(separator: "; ")
        case .unavailable(let message): return message
        }
    }

    /// The text a person reads.
    public var description: String {
        switch self {
        case .failed(let arguments, _, _): "git \(arguments.first ?? "") failed: \(message)"
        case .unavailable: message
        }
    }
}
