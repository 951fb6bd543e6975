import Foundation
import XCTest

/// Nothing that holds an assessment across a wait writes an older copy over a newer file, through the
/// real binary: the interview saving after something went around its lock, and `delete` after its question.
final class StaleCopyTests: XCTestCase {
    func testTheInterviewNeverSavesOverAFileChangedAroundItsLock() throws {
        let fixture = try FiveQuestionWorkspace()
        try fixture.writeDraft(answered: 1)
        let session = try TmuxSession(
            arguments: ["resume", "old22222"], width: 220, environment: fixture.environment, dataFolder: fixture.data)
        try session.waitFor(text: "Question number 2")
        // A sync tool (or another host on a shared folder) replaces the file; the lock does not stop it.
        try fixture.writeDraft(answered: 4, organization: "Synced Co")
        try session.press("2")
        let screen = try session.waitFor(text: "the file was changed by another program since this interview read it")
        XCTAssertTrue(screen.contains("Could not save"), screen)
        XCTAssertTrue(
            fixture.oldDraft.contains("Synced Co") && fixture.oldDraft.contains("\"q4\""), "the newer file is kept:\n\(fixture.oldDraft)")
        try session.press("C-c")
        _ = try session.waitForExit()
        XCTAssertTrue(
            fixture.oldDraft.contains("Synced Co") && fixture.oldDraft.contains("\"q4\""), "not even on the way out:\n\(fixture.oldDraft)")
    }

    func testDeleteRefusesWhenTheAssessmentWasSavedWhileItAsked() throws {
        let fixture = try FiveQuestionWorkspace()
        try fixture.writeDraft(answered: 1)
        let session = try TmuxSession(arguments: ["delete", "old22222"], environment: fixture.environment, dataFolder: fixture.data)
        try session.waitFor(text: "[y/N]")
        try fixture.writeDraft(answered: 3)
        try session.type("y")
        try session.press("Enter")
        let screen = try session.waitFor(text: "EXIT=")
        XCTAssertTrue(screen.contains("not deleting old22222: it was saved again while you were asked; nothing deleted"), screen)
        XCTAssertEqual(try session.waitForExit(), 75)
        XCTAssertTrue(fixture.oldDraft.contains("\"q3\""), "the newer file is still there")
    }
}
