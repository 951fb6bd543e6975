import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Notes and text answers hold at most `AnswerRecord.maximumTextLength` characters, as files do; a paste
/// that does not fit says so instead of being cut without a word.
final class TextLimitTests: XCTestCase {
    func testAPasteLongerThanANoteKeepsTheFirstPartAndSaysSo() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.send(.paste(String(repeating: "x", count: 1_000_000)))
        XCTAssertEqual(harness.editor?.field.characters.count, AnswerRecord.maximumTextLength)
        XCTAssertMessage(harness, contains: "a note or a text answer holds at most 4000 characters", isError: true)
        harness.press(.enter)
        XCTAssertEqual(harness.saves.last?.answers["it-team"]?.note?.count, AnswerRecord.maximumTextLength)
    }

    func testAPasteThatFitsSaysNothing() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.send(.paste(String(repeating: "y", count: AnswerRecord.maximumTextLength)))
        XCTAssertEqual(harness.editor?.field.characters.count, AnswerRecord.maximumTextLength)
        XCTAssertNil(harness.model.message)
    }

    func testTypingStopsAtTheLimit() {
        var field = TextField("")
        XCTAssertEqual(field.insert(String(repeating: "z", count: AnswerRecord.maximumTextLength - 1)), 0)
        XCTAssertEqual(field.insert("東京"), 1, "one character fits, one does not")
        XCTAssertEqual(field.text.count, AnswerRecord.maximumTextLength)
    }

    func testInvisibleCharactersNeverReachANoteHoweverTheyArrive() {
        // Typed key by key, arriving as a burst of text, or pasted: a zero-width space or a bidirectional
        // override would make two saved texts look the same, or turn the rest of a line around.
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.press(.character("A"))
        harness.press(.character("\u{200B}"))
        harness.send(.text("b\u{202E}c"))
        harness.send(.paste("d\u{FEFF}e"))
        XCTAssertEqual(harness.editor?.field.text, "Abcde")
        harness.press(.enter)
        XCTAssertEqual(harness.saves.last?.answers["it-team"]?.note, "Abcde")
    }
}
