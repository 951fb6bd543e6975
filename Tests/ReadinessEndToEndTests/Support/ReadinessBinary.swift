import Foundation
import XCTest

/// Runs the real `readiness` binary built beside the test bundle, with pipes for its streams.
struct ReadinessBinary {
    /// What a run printed and how it ended.
    struct Outcome {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The built executable: tests run from the build folder (`.build/debug/...xctest`), next to it.
    /// `READINESS_TEST_BINARY` names another build to drive instead (CI runs some suites against the
    /// shipped, static build too).
    static var path: String {
        if let other = ProcessInfo.processInfo.environment["READINESS_TEST_BINARY"], !other.isEmpty { return other }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("readiness").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/readiness").path
    }

    /// The repository's root folder.
    static var repository: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs the binary with arguments, optional standard input and extra environment, and waits for it.
    /// A private data folder is used unless the environment names one, so tests never touch real data.
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
        directory: URL? = nil, timeout: TimeInterval = 60, executable: String? = nil
    ) throws -> Outcome {
        let process = Process()
        // Another program (`/bin/sh`) when the test needs it to arrange the streams first.
        process.executableURL = URL(fileURLWithPath: executable ?? path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // Never the real data folder: a run that names none gets an empty one of its own.
        env["READINESS_DATA_DIR"] =
            FileManager.default.temporaryDirectory.appendingPathComponent("readiness-test-data-\(UUID().uuidString)").path
        // Nor the user's configuration (a report.conf would put a sender into every report): one that is not there.
        env["XDG_CONFIG_HOME"] =
            FileManager.default.temporaryDirectory.appendingPathComponent("readiness-test-config-\(UUID().uuidString)").path
        env["NO_COLOR"] = "1"
        env["TERM"] = env["TERM"] ?? "dumb"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        // Read both streams while the process runs, so a full pipe can never stall it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try? input.fileHandleForWriting.close()
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            XCTFail("readiness \(arguments.joined(separator: " ")) did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        return Outcome(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("readiness-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a text file inside the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
