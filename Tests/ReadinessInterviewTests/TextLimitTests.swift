import ReadinessCore
import ReadinessInterview
import XCTest

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
}
