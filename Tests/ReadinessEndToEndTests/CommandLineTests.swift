import XCTest

/// The CLI contract through the real binary: outputs and exit codes.
final class CommandLineTests: XCTestCase {
    func testValidateShippedQuestionnairesFromAnotherFolder() throws {
        let elsewhere = try TemporaryFolder()
        let outcome = try ReadinessBinary.run(["validate"], directory: elsewhere.url)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("co-managed-readiness.yaml: ok: co-managed-readiness v"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("discovery-quick.yaml: ok: discovery-quick v"), outcome.stdout)
    }

    func testValidateReportsProblemsCompilerStyleAndExits65() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("broken.yaml", "id: Broken\nversion: \"1\"\n")
        let outcome = try ReadinessBinary.run(["validate", path])
        XCTAssertEqual(outcome.status, 65)
        XCTAssertTrue(
            outcome.stderr.contains(
                """
                \(path):1:5: error: the questionnaire id 'Broken' must use lower-case letters, digits and dashes, starting with a letter
                id: Broken
                    ^
                """), outcome.stderr)
        XCTAssertTrue(outcome.stderr.hasPrefix("\(path):1:1: error: missing required key 'title' in the questionnaire"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.hasSuffix("6 errors in 1 file\n"), outcome.stderr)
    }

    /// A questionnaire that includes a shared file: found beside it from any folder, and a problem in the
    /// shared file reported in that file, at its line and column.
    func testValidateReadsIncludesBesideTheFileAndReportsTheirProblemsThere() throws {
        let shipped = ReadinessBinary.repository.appendingPathComponent("questionnaires")
        let folder = try TemporaryFolder()
        let main = try String(contentsOf: shipped.appendingPathComponent("discovery-quick-v2.yaml"), encoding: .utf8)
        let shared = try String(contentsOf: shipped.appendingPathComponent("shared/split-v2.yaml"), encoding: .utf8)
        _ = try folder.write("q/discovery-quick-v2.yaml", main)
        let sharedPath = try folder.write("q/shared/split-v2.yaml", shared)
        let elsewhere = try TemporaryFolder()
        let fine = try ReadinessBinary.run(
            ["validate", "--strict", folder.url.appendingPathComponent("q/discovery-quick-v2.yaml").path], directory: elsewhere.url)
        XCTAssertEqual(fine.status, 0, fine.stderr)
        try shared.replacingOccurrences(
            of: "phase: later\n      reason: \"On a possible fit", with: "phase: latter\n      reason: \"On a possible fit"
        )
        .write(toFile: sharedPath, atomically: true, encoding: .utf8)
        let line = try XCTUnwrap(shared.components(separatedBy: "\n").firstIndex { $0.contains("{rating: possible-fit}") }) + 2
        let broken = try ReadinessBinary.run(["validate", "q/discovery-quick-v2.yaml"], directory: folder.url)
        XCTAssertEqual(broken.status, 65)
        XCTAssertTrue(
            broken.stderr.hasPrefix(
                """
                q/shared/split-v2.yaml:\(line):14: error: the phase must be one of now, next, later, found 'latter'; did you mean 'later'?
                      phase: latter
                             ^
                """), broken.stderr)
    }

    func testUnknownOptionIsAUsageError() throws {
        let outcome = try ReadinessBinary.run(["validate", "--no-such-option"])
        XCTAssertEqual(outcome.status, 64, outcome.stderr)
    }

    func testMissingFileIsAFileSystemError() throws {
        let outcome = try ReadinessBinary.run(["report", "/nonexistent/assessment.json"])
        XCTAssertEqual(outcome.status, 74)
        XCTAssertEqual(outcome.stderr, "readiness: error: /nonexistent/assessment.json: cannot read it: No such file or directory\n")
    }
}
