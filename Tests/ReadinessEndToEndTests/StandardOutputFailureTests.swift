import Foundation
import XCTest

/// Output that cannot be written is an error, never a silent success: every command that prints, with
/// its standard output on a full device, closed, or a pipe nobody reads any more, exits 74 and says why
/// on standard error.
final class StandardOutputFailureTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var assessment: String!
    private var id: String!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        let template = try ReadinessBinary.run(["template", "--questionnaire", "discovery-quick"])
        XCTAssertEqual(template.status, 0, template.stderr)
        assessment = try folder.write("acme.json", template.stdout.replacingOccurrences(of: "\"organization\": \"\"", with: "\"organization\": \"Acme\""))
        let imported = try run(["import", assessment], stdout: "")
        XCTAssertEqual(imported.status, 0, imported.stderr)
        // "Imported PATH as ID (...)": the template's id is never kept.
        id = try XCTUnwrap(imported.stdout.components(separatedBy: " as ").last.map { String($0.prefix(8)) })
    }

    /// Every printing command, with arguments that succeed when output can be written.
    private var commands: [[String]] {
        [
            ["list"], ["list", "--json"], ["template"], ["questionnaires"], ["validate"],
            ["report", assessment], ["report", assessment, "--format", "json"], ["show", id],
            ["export-file", id], ["--help"], ["--version"],
        ]
    }

    func testAFullDeviceExits74() throws {
        for command in commands {
            let outcome = try run(command, stdout: ">/dev/full")
            XCTAssertEqual(outcome.status, 74, "readiness \(command.joined(separator: " ")): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("standard output: cannot write it: No space left on device"), "\(command): \(outcome.stderr)")
        }
    }

    func testAClosedStandardOutputExits74() throws {
        for command in commands {
            let outcome = try run(command, stdout: ">&-")
            XCTAssertEqual(outcome.status, 74, "readiness \(command.joined(separator: " ")): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("standard output: cannot write it: it is closed"), "\(command): \(outcome.stderr)")
        }
    }

    /// `readiness list | head -1` once head has gone: a broken pipe is reported, not a death by SIGPIPE.
    func testAPipeWithNoReaderExits74() throws {
        let fifo = folder.path("pipe")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        for command in commands {
            // Opened read-write and write-only, then the reading end closed: a pipe nobody reads, always.
            let outcome = try run(command, stdout: ">&4", prepare: "exec 3<>'\(fifo)' 4>'\(fifo)' 3<&-;")
            XCTAssertEqual(outcome.status, 74, "readiness \(command.joined(separator: " ")): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("standard output: cannot write it: Broken pipe"), "\(command): \(outcome.stderr)")
        }
    }

    /// Runs the binary through `sh`, with its standard output redirected as `stdout` says, in this test's
    /// data folder.
    private func run(_ arguments: [String], stdout: String, prepare: String = "") throws -> ReadinessBinary.Outcome {
        try ReadinessBinary.run(
            ["-c", "\(prepare) exec \"$0\" \"$@\" \(stdout)", ReadinessBinary.path] + arguments,
            environment: ["READINESS_DATA_DIR": folder.path("data"), "XDG_CACHE_HOME": folder.path("cache")],
            executable: "/bin/sh")
    }
}
