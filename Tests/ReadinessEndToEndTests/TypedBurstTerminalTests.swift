import Foundation
import XCTest

@testable import ReadinessCore

/// A burst of keys (a paste without bracketed paste, typing ahead) is drawn once but handled key by key,
/// exactly as the same keys typed slowly: nothing lost, nothing reordered, control keys still act.
final class TypedBurstTerminalTests: XCTestCase {
    func testFiveHundredTypedCharactersAndEditingKeysLandInTheNoteInOrder() throws {
        let session = try TmuxSession(arguments: ["--questionnaire", "discovery-quick"], width: 100, height: 30)
        try session.startNewAssessment(organization: "Burst Co", assessor: "Jo")
        try session.waitFor(text: "Ask next")
        try session.press("n")
        try session.waitFor(text: "[ ] share with the customer")
        let chunk = "Zürich 東京 backups ok; "  // 22 characters
        let text = String(repeating: chunk, count: 23).prefix(500)
        // No bracketed paste: send-keys -l types the characters one by one, as a terminal without it would.
        try session.type(String(text))
        try session.press("Home", "Right", "Right")
        try session.type("X")
        try session.press("C-t", "Enter")
        try session.waitFor(text: "Note saved. Shared with the customer.")
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        let saved = try XCTUnwrap(try session.savedAssessments().values.first)
        let noted = saved.answers.values.filter { $0.note != nil }
        XCTAssertEqual(noted.map(\.note), ["ZüX" + text.dropFirst(2)], "every key, in order, with the edit where it was made")
        XCTAssertEqual(noted.map(\.shareNote), [true])
    }
}
