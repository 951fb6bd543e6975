import Foundation
import XCTest

/// A whole plain-mode session through the real binary and a pipe, as a screen-reader user hears its end:
/// the answer confirmed before the ending, the ending once, the assessor's own notes and flags in the
/// spoken summary, and the assessor remembered for the next run as the full screen remembers it.
final class PlainModeEndingTests: XCTestCase {
    /// One line per question of the shipped discovery call (one site, so "site-support" stays hidden).
    private let answers = ["2", "1", "1"] + Array(repeating: "2", count: 15) + ["nothing else"]

    func testAPipedSessionEndsInOrderSpeaksTheNotesAndFlagsAndRemembersTheAssessor() throws {
        let data = try TemporaryFolder()
        let environment = [
            "READINESS_DATA_DIR": data.url.path, "XDG_CONFIG_HOME": data.url.appendingPathComponent("config").path,
        ]
        // Flag the first question and give it a note kept internal, then answer everything.
        let first = try ReadinessBinary.run(
            ["--plain", "--questionnaire", "discovery-quick"],
            stdin: (["Acme Dental", "Sam Rivera", "call", "f", "n", "Owner on leave in May", "n"] + answers).joined(separator: "\n") + "\n",
            environment: environment)
        XCTAssertEqual(first.status, 0, first.stderr)
        // The conversation: the last answer saved, then the ending, once, with nothing a pipe cannot do.
        let conversation = first.stderr.components(separatedBy: "\n")
        let saved = try XCTUnwrap(conversation.lastIndex { $0.hasPrefix("Saved: ") }, first.stderr)
        let endings = conversation.indices.filter { conversation[$0].hasPrefix("Finished.") }
        XCTAssertEqual(endings.count, 1, first.stderr)
        XCTAssertLessThan(saved, try XCTUnwrap(endings.first, first.stderr), first.stderr)
        XCTAssertFalse(first.stderr.contains("f continues"), first.stderr)
        XCTAssertTrue(first.stderr.contains("--questionnaire co-managed-readiness --plain' continues it"), first.stderr)
        // The spoken summary has the assessor's note and flag, as the full screen's results do.
        XCTAssertTrue(first.stdout.contains("Note on Internal IT team: Owner on leave in May"), first.stdout)
        XCTAssertTrue(first.stdout.contains("Flagged for review: Internal IT team."), first.stdout)
        XCTAssertTrue(first.stdout.contains("Answer to Anything else: nothing else"), first.stdout)
        let conf = try String(contentsOfFile: data.path("config/readiness/interview.conf"), encoding: .utf8)
        XCTAssertTrue(conf.contains("assessor = Sam Rivera"), conf)

        // The next run offers the remembered name; Enter keeps it.
        let second = try ReadinessBinary.run(
            ["--plain", "--questionnaire", "discovery-quick"], stdin: "Beta Dental\n\ncall\nq\n", environment: environment)
        XCTAssertTrue(second.stderr.contains("Assessor [Sam Rivera]: "), second.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasSuffix(".json") }
        let texts = try files.map { try String(contentsOfFile: data.path($0), encoding: .utf8) }
        let beta = try XCTUnwrap(texts.first { $0.contains("Beta Dental") }, "\(files)")
        XCTAssertTrue(beta.contains("\"assessor\": \"Sam Rivera\""), beta)
    }
}
