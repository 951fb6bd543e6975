import Foundation
import XCTest

/// The full-screen interview with two versions of a questionnaire installed, in tmux: a new assessment
/// takes the newest version, a resumed one keeps the version it was answered under, whatever the files
/// are called.
final class VersionedInterviewTerminalTests: XCTestCase {
    func testANewInterviewTakesTheNewestVersionAndAResumedOneKeepsItsOwn() throws {
        let folder = try TemporaryFolder()
        let data = try TemporaryFolder()
        let environment = ["READINESS_QUESTIONNAIRES": folder.path("questionnaires"), "XDG_CACHE_HOME": folder.path("cache")]
        // Version 1 (four questions) in the file that sorts first; version 2 adds a fifth.
        try folder.write("questionnaires/a.yaml", StartScreenDraftTests.yesNoQuestionnaire(version: "1", questions: 4))
        try folder.write("questionnaires/b.yaml", StartScreenDraftTests.yesNoQuestionnaire(version: "2", questions: 5))

        let fresh = try TmuxSession(environment: environment, dataFolder: data)
        try fresh.waitFor(text: "Start the interview")
        try fresh.type("New Co")
        try fresh.press("Enter")
        try fresh.type("Sam")
        try fresh.press("Enter", "Enter", "Enter")
        for number in 1...4 {
            try fresh.waitFor(text: "Question number \(number)")
            try fresh.press("1")
        }
        try fresh.waitFor(text: "Question number 5")
        try fresh.press("q")
        XCTAssertEqual(try fresh.waitForExit(), 0)
        let newID = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: data.url.path).first { $0.hasSuffix(".json") })
        XCTAssertTrue(try String(contentsOfFile: data.path(newID), encoding: .utf8).contains("\"version\": \"2\""))

        // A version 1 draft, with version 2 now in the file that sorts first: it resumes under version 1.
        try FileManager.default.moveItem(atPath: folder.path("questionnaires/a.yaml"), toPath: folder.path("questionnaires/z.yaml"))
        try data.write(
            "old22222.json",
            """
            {"format": "readiness-assessment", "formatVersion": 1, "id": "old22222",
             "questionnaire": {"id": "five-check", "version": "1"}, "organization": "Old Co", "assessor": "Sam",
             "mode": "call", "status": "draft", "created": "2026-03-01T09:00:00Z", "updated": "2026-03-01T10:00:00Z",
             "answers": {"q1": {"value": "yes"}, "q2": {"value": "yes"}, "q3": {"value": "yes"}}}
            """)
        let resumed = try TmuxSession(arguments: ["resume", "old22222"], environment: environment, dataFolder: data)
        try resumed.waitFor(text: "Question number 4")
        try resumed.press("2")
        let results = try resumed.waitFor(text: "SIGNALS")
        XCTAssertFalse(results.contains("Question number 5"), results)
        try resumed.press("q")
        XCTAssertEqual(try resumed.waitForExit(), 0)
        let saved = try String(contentsOfFile: data.path("old22222.json"), encoding: .utf8)
        XCTAssertTrue(
            saved.contains("\"version\": \"1\"") && saved.contains("\"status\": \"complete\"") && !saved.contains("\"q5\""), saved)
    }
}
