import Foundation
import XCTest

/// The full screen lists the questionnaires it offers by their files' headers and reads one whole only
/// when it is started, in tmux: a broken file does not stop the others, and starting it says so and
/// saves nothing.
final class LazyQuestionnaireTerminalTests: XCTestCase {
    func testABrokenOfferedQuestionnaireIsRefusedWhenStartedAndTheOtherStillStarts() throws {
        let folder = try TemporaryFolder()
        let data = try TemporaryFolder()
        let environment = ["READINESS_QUESTIONNAIRES": folder.path("questionnaires"), "XDG_CACHE_HOME": folder.path("cache")]
        // Its top-level keys are fine; the rest is a YAML syntax error.
        try folder.write("questionnaires/aaa-broken.yaml", "id: aaa-broken\nversion: \"1\"\ntitle: Broken Check\nsignals: [\n  - oops: [\n")
        try folder.write("questionnaires/b.yaml", StartScreenDraftTests.yesNoQuestionnaire(version: "1", questions: 2))

        let session = try TmuxSession(arguments: ["--questionnaire", "aaa-broken"], environment: environment, dataFolder: data)
        try session.waitFor(text: "< Broken Check >")
        try session.type("New Co")
        // On through the assessor, the contact, their role, the mode and the questionnaire to Start.
        try session.press("Enter", "Enter", "Enter", "Enter", "Enter", "Enter", "Enter")
        try session.waitFor(text: "cannot be used: its file has problems")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasSuffix(".json") }, [])
        // The other questionnaire, one step along the choice, starts.
        try session.press("Up", "Right")
        try session.waitFor(text: "< Five")
        try session.press("Enter", "Enter")
        try session.waitFor(text: "Question number 1")
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasSuffix(".json") }.count, 1)
    }

    func testPlainModeStillSaysABrokenQuestionnaireAtOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write("questionnaires/aaa-broken.yaml", "id: aaa-broken\nversion: \"1\"\ntitle: Broken Check\nsignals: [\n  - oops: [\n")
        let result = try ReadinessBinary.run(
            ["--plain", "--questionnaire", "aaa-broken"], stdin: "",
            environment: ["READINESS_QUESTIONNAIRES": folder.path("questionnaires"), "XDG_CACHE_HOME": folder.path("cache")])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("aaa-broken.yaml:5:"), result.stderr)
    }
}
