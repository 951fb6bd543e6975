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
        let saved = try session.waitFor(text: "Note saved. Shared with the customer.")
        XCTAssertTrue(saved.contains("shared note"), saved)
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: session.dataFolder.url.path).filter { $0.hasSuffix(".json") }
        let text = try String(contentsOfFile: session.dataFolder.path(files[0]), encoding: .utf8)
        XCTAssertTrue(text.contains("\"shareNote\": true"), text)
        XCTAssertTrue(text.contains("Budget approved for Q3"), text)
    }
}
