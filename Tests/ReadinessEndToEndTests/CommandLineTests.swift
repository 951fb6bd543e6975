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
