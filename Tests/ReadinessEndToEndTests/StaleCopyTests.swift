import Foundation
import XCTest

/// Nothing that holds an assessment across a wait writes an older copy over a newer file, through the
/// real binary: the interview saving after something went around its lock, and `delete` after its question.
final class StaleCopyTests: XCTestCase {
    private final class Fixture {
        let folder: TemporaryFolder
        let data: TemporaryFolder
        var environment: [String: String] { ["READINESS_QUESTIONNAIRES": folder.path("questionnaires"), "XDG_CACHE_HOME": folder.path("cache")] }

        init() throws {
            folder = try TemporaryFolder()
            data = try TemporaryFolder()
            try folder.write("questionnaires/five.yaml", StartScreenDraftTests.questionnaire)
        }

        /// A draft "old22222" with `answered` questions answered "yes", written as another program would.
        func writeDraft(answered: Int, organization: String = "Northwind") throws {
            let answers = (1...answered).map { "\"q\($0)\": {\"value\": \"yes\"}" }.joined(separator: ", ")
            try data.write("old22222.json", """
                {"format": "readiness-assessment", "formatVersion": 1, "id": "old22222",
                 "questionnaire": {"id": "five-check", "version": "1"}, "organization": "\(organization)", "assessor": "Sam",
                 "mode": "call", "status": "draft", "created": "2026-03-01T09:00:00Z", "updated": "2026-03-01T10:00:00Z",
                 "answers": {\(answers)}}
                """)
        }

        var saved: String { (try? String(contentsOfFile: data.path("old22222.json"), encoding: .utf8)) ?? "" }
    }

    func testTheInterviewNeverSavesOverAFileChangedAroundItsLock() throws {
        let fixture = try Fixture()
        try fixture.writeDraft(answered: 1)
        let session = try TmuxSession(arguments: ["resume", "old22222"], width: 220, environment: fixture.environment, dataFolder: fixture.data)
        try session.waitFor(text: "Question number 2")
        // A sync tool (or another host on a shared folder) replaces the file; the lock does not stop it.
        try fixture.writeDraft(answered: 4, organization: "Synced Co")
        try session.press("2")
        let screen = try session.waitFor(text: "the file was changed by another program since this interview read it")
        XCTAssertTrue(screen.contains("Could not save"), screen)
        XCTAssertTrue(fixture.saved.contains("Synced Co") && fixture.saved.contains("\"q4\""), "the newer file is kept:\n\(fixture.saved)")
        try session.press("C-c")
        _ = try session.waitForExit()
        XCTAssertTrue(fixture.saved.contains("Synced Co") && fixture.saved.contains("\"q4\""), "not even on the way out:\n\(fixture.saved)")
    }

    func testDeleteRefusesWhenTheAssessmentWasSavedWhileItAsked() throws {
        let fixture = try Fixture()
        try fixture.writeDraft(answered: 1)
        let session = try TmuxSession(arguments: ["delete", "old22222"], environment: fixture.environment, dataFolder: fixture.data)
        try session.waitFor(text: "[y/N]")
        try fixture.writeDraft(answered: 3)
        try session.type("y")
        try session.press("Enter")
        let screen = try session.waitFor(text: "EXIT=")
        XCTAssertTrue(screen.contains("not deleting old22222: it was saved again while you were asked; nothing deleted"), screen)
        XCTAssertEqual(try session.waitForExit(), 75)
        XCTAssertTrue(fixture.saved.contains("\"q3\""), "the newer file is still there")
    }
}
