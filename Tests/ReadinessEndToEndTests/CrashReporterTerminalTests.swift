import Foundation
import XCTest

/// A crash during the full-screen interview writes its report and never stops to wait for keys over the
/// screen. The Swift runtime's reporter is interactive on a terminal unless `SWIFT_BACKTRACE` says
/// `interactive=no`; then it writes to standard error, and on a terminal it writes to standard output and
/// waits. `swift test` builds with the shared runtime, so this drives the restart; CI runs it again against
/// the static build (`READINESS_TEST_BINARY`), where a constructor sets the variable before the runtime
/// reads it.
final class CrashReporterTerminalTests: XCTestCase {
    func testACrashOnTheFullScreenIsReportedWithoutWaitingForKeys() throws {
        let toolchain = try XCTUnwrap(Self.toolchain, "the Swift runtime these tests run on is not in /proc/self/maps")
        let folder = try TemporaryFolder()
        let errors = folder.url.appendingPathComponent("errors.txt").path
        var environment: [String: String] = [:]
        var unsetting = ["SWIFT_BACKTRACE"]
        let runtimeInside = try Self.binaryHasTheRuntimeInside()
        if runtimeInside {
            // A static build looks for the reporter beside itself and, not finding it, reports nothing; point
            // it at the toolchain's. The variable then names the reporter but not the interaction.
            let reporter = toolchain.appendingPathComponent("libexec/swift/linux/swift-backtrace-static").path
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: reporter), "\(reporter) is missing, so nothing reports a crash")
            environment["SWIFT_BACKTRACE"] = "swift-backtrace=\(reporter)"
            unsetting = []
        } else {
            let reporter = toolchain.appendingPathComponent("libexec/swift/linux/swift-backtrace").path
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: reporter), "\(reporter) is missing, so nothing reports a crash")
        }
        let session = try TmuxSession(
            arguments: ["--questionnaire", "discovery-quick"], environment: environment, dataFolder: folder, errorFile: errors,
            unsetting: unsetting)
        try session.waitFor(text: "Start the interview")
        let pid = try XCTUnwrap(try session.programProcessID(), "the program is running")
        // The environment the process was started with: a restart passes the added setting on, a
        // constructor's change stays in the process's memory.
        let started =
            FileHandle(forReadingAtPath: "/proc/\(pid)/environ").map { String(decoding: $0.readDataToEndOfFile(), as: UTF8.self) } ?? ""
        let restarted = started.split(separator: "\0").contains { $0.hasPrefix("SWIFT_BACKTRACE=") && $0.contains("interactive=no") }
        XCTAssertEqual(restarted, !runtimeInside, runtimeInside ? "the static build starts once" : "a shared runtime needs the restart")
        kill(pid, SIGSEGV)
        // Interactive, the report would go to the terminal and wait 30 seconds for keys, and this file would
        // stay empty.
        let deadline = Date().addingTimeInterval(120)
        var report = ""
        while !report.contains("Backtrace took"), Date() < deadline, !(try session.screen().contains("Press space to interact")) {
            Thread.sleep(forTimeInterval: 0.2)
            report = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        }
        XCTAssertFalse(try session.screen().contains("Press space to interact"))
        XCTAssertTrue(report.contains("Program crashed"), "the crash report was written to standard error: \(report.prefix(300))")
        XCTAssertTrue(report.contains("Backtrace took"), "the report finished without waiting for keys")
    }

    /// Once its screen is drawn, the full-screen interview keeps no thread but its own. The reporter walks
    /// every thread's stack, and this toolchain's fails on the one a Dispatch queue or source leaves
    /// waiting (it read a register of libdispatch's C code as a frame pointer and trapped), so the crash
    /// above went unreported in some builds. The start screen reads a questionnaire ahead, and lists 64
    /// drafts or more on both cores, on threads that end with their work.
    func testTheFullScreenRunsOnOneThreadOnceDrawn() throws {
        for drafts in [0, 70] {
            let folder = try TemporaryFolder()
            if drafts > 0 {
                let made = try ReadinessBinary.run(
                    ["--questionnaire", "discovery-quick", "--plain"], stdin: "Acme\n\ncall\n",
                    environment: ["READINESS_DATA_DIR": folder.url.path])
                XCTAssertEqual(made.status, 76, made.stderr)
                let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
                let first = try XCTUnwrap(names.first { $0.hasSuffix(".json") })
                let id = String(first.dropLast(5))
                let text = try String(contentsOfFile: folder.path(first), encoding: .utf8)
                for number in 1..<drafts {
                    let copy = "copy" + String(1000 + number)
                    let copied = text.replacingOccurrences(of: id, with: copy)
                    try copied.write(toFile: folder.path("\(copy).json"), atomically: true, encoding: .utf8)
                }
            }
            let session = try TmuxSession(arguments: ["--questionnaire", "discovery-quick"], dataFolder: folder)
            try session.waitFor(text: "Start the interview")
            let pid = try XCTUnwrap(try session.programProcessID(), "the program is running")
            func threads() -> [String] {
                let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
                return tasks.map { task in
                    let name = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/comm", encoding: .utf8)
                    return (name ?? task).trimmingCharacters(in: .newlines)
                }
            }
            let deadline = Date().addingTimeInterval(10)
            var running = threads()
            while running.count != 1, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
                running = threads()
            }
            XCTAssertEqual(running.count, 1, "\(drafts) drafts: threads still running: \(running)")
        }
    }

    /// The toolchain whose shared runtime this test runs on (`…/usr`): its `libexec` holds the reporter.
    private static var toolchain: URL? {
        // Read to the end: the file says it is empty, so a read by its size gets nothing.
        guard let maps = FileHandle(forReadingAtPath: "/proc/self/maps").map({ String(decoding: $0.readDataToEndOfFile(), as: UTF8.self) }),
            let line = maps.split(separator: "\n").first(where: { $0.hasSuffix("/libswiftCore.so") }),
            let path = line.split(separator: " ").last
        else { return nil }
        var folder = URL(fileURLWithPath: String(path))
        for _ in 0..<4 { folder.deleteLastPathComponent() }
        return folder
    }

    /// Whether the binary under test was built with `--static-swift-stdlib` (no shared Swift runtime).
    private static func binaryHasTheRuntimeInside() throws -> Bool {
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        ldd.arguments = ["ldd", ReadinessBinary.path]
        let output = Pipe()
        ldd.standardOutput = output
        try ldd.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ldd.waitUntilExit()
        return !libraries.contains("libswiftCore.so")
    }
}
