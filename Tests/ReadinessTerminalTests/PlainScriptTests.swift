import ReadinessTerminal
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Scripts cannot go silently out of step: a line left after the last question is refused by number.
final class PlainScriptTests: XCTestCase {
    private let start = PlainConversationTests.start
    private let answers = PlainConversationTests.answers

    func testALineLeftAfterTheLastQuestionIsRefusedByItsNumber() throws {
        // A script written for two sites answers "site-support" (its 7th line); with one site that
        // question is hidden, so every later line answers the question after the one meant, and the
        // last line is left over.
        var lines = start + ["2", "1", "2", "2"] + Array(answers.dropFirst(3))
        XCTAssertEqual(try PlainRun.run(lines).exit, .finished, "the script fits two sites")
        lines[5] = "1"
        let run = try PlainRun.run(lines)
        guard case .invalidAnswer(let message) = run.exit else { return XCTFail("\(run.exit): \(run.output.text)") }
        XCTAssertTrue(message.hasPrefix("input line 17 ('nothing else') came after the last question and was not used"), message)
        XCTAssertTrue(message.contains("--answers FILE"), message)
        XCTAssertEqual(run.assessment?.response(to: "anything-else"), .text("2"), "the lines went to the questions shown")
    }

    func testBlankLinesAfterTheLastQuestionAreAllowed() throws {
        let run = try PlainRun.run(start + answers + ["", "  "])
        XCTAssertEqual(run.exit, .finished, run.output.text)
    }

    func testAScriptGetsNoMenuAfterTheQuestionsAPersonDoes() throws {
        let scripted = try PlainRun.run(start + answers)
        XCTAssertFalse(scripted.output.text.contains("Enter to finish"), scripted.output.text)
        let typed = try PlainRun.run(start + answers + [""], interactive: true)
        XCTAssertEqual(typed.exit, .finished, typed.output.text)
        XCTAssertTrue(typed.output.conversation.contains { $0.contains("w what if, e export") }, typed.output.text)
        XCTAssertEqual(typed.input.taken, 17, "Enter at the menu finished")
    }
}
