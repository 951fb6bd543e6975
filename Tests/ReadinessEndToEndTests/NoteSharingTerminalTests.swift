import Foundation
import XCTest

@testable import ReadinessCore

/// Sharing a note with the customer, through the real binary in tmux: Ctrl-T in the note box, the
/// checkbox on screen, the mark on the question, and `shareNote` in the saved file.
final class NoteSharingTerminalTests: XCTestCase {
    func testCtrlTInTheNoteBoxSharesTheNoteAndItIsSaved() throws {
        let session = try TmuxSession(arguments: ["--questionnaire", "discovery-quick"], width: 80, height: 24)
        try session.startNewAssessment(organization: "Acme", assessor: "Jo")
        try session.waitFor(text: "Ask next")
        try session.press("n")
        let editor = try session.waitFor(text: "[ ] share with the customer")
        XCTAssertTrue(editor.contains("Ctrl-T shares"), editor)
        try session.type("Budget approved for Q3")
        try session.press("C-t")
        try session.waitFor(text: "[x] share with the customer")
        try session.press("Enter")
        let screen = try session.waitFor(text: "Note saved. Shared with the customer.")
        XCTAssertTrue(screen.contains("shared note"), screen)
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        let saved = try XCTUnwrap(try session.savedAssessments().values.first)
        let noted = saved.answers.values.filter { $0.note != nil }
        XCTAssertEqual(noted.map(\.note), ["Budget approved for Q3"])
        XCTAssertEqual(noted.map(\.shareNote), [true])
    }
}
