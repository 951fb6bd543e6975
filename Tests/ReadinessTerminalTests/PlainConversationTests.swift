import ReadinessTerminal
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Plain mode's manners, through its line protocols: the introduction, help at every prompt, Enter
/// keeping an answer, each answer said back once saved, and the question's id in each prompt.
final class PlainConversationTests: XCTestCase {
    /// The start and one answer per question of the discovery call, with one site (so "site-support" stays hidden).
    static let start = ["Acme Dental", "Jo Admin", "call"]
    static let answers = ["2", "1", "1", "2", "2", "2", "2", "2", "2", "2", "2", "2", "nothing else"]

    func testAWholeScriptedRunIntroducesItselfNamesEachQuestionAndSaysEachAnswerBack() throws {
        let run = try PlainRun.run(Self.start + Self.answers)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        let text = run.output.text
        let intro = try XCTUnwrap(run.output.conversation.first)
        XCTAssertTrue(intro.contains("14 questions"), intro)
        XCTAssertTrue(intro.contains("Type ? at any prompt for help, or q to stop"), intro)
        XCTAssertTrue(intro.contains("'readiness resume --plain'"), intro)
        for id in ["internal-it", "leadership-intent", "sites", "week-split", "anything-else"] {
            XCTAssertTrue(run.output.conversation.contains("[\(id)] > "), "the prompt names \(id): \(text)")
        }
        XCTAssertFalse(run.output.conversation.contains("[site-support] > "), "one site hides site-support")
        XCTAssertEqual(run.output.conversation.filter { $0 == "Saved: 1 site." }.count, 1, "said once: \(text)")
        XCTAssertTrue(text.contains("Saved: One person: a solo administrator"), text)
        XCTAssertEqual(run.assessment?.status, .complete)
        XCTAssertEqual(run.services.saved["plain001"]?.response(to: "sites"), .number(1))
        XCTAssertEqual(run.output.results.count, 1)
    }

    func testAQuestionMarkAtTheOrganizationPromptIsHelpNotAName() throws {
        let run = try PlainRun.run(["?"] + Self.start + Self.answers)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertEqual(run.assessment?.organization, "Acme Dental")
        XCTAssertTrue(run.output.text.contains("Type the name of the organization being assessed"), run.output.text)
        XCTAssertEqual(run.output.conversation.filter { $0 == "Organization: " }.count, 2, "asked again after the help")
    }

    func testAQuestionMarkAtAQuestionExplainsAndAsksTheSameQuestionAgain() throws {
        let run = try PlainRun.run(Self.start + ["?"] + Self.answers)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertTrue(run.output.text.contains("Listen for: "), run.output.text)
        XCTAssertEqual(run.output.conversation.filter { $0 == "[internal-it] > " }.count, 2)
        XCTAssertEqual(run.assessment?.response(to: "internal-it"), .choice("solo"))
    }

    func testQAtTheOrganizationPromptLeavesWithNothingSaved() throws {
        let run = try PlainRun.run(["q"])
        XCTAssertEqual(run.exit, .quit)
        XCTAssertNil(run.assessment)
        XCTAssertTrue(run.services.saved.isEmpty)
    }

    func testAfterBackEnterKeepsTheCurrentAnswerAndMovesOn() throws {
        // Answer the first two; back to the second, Enter keeps it; back twice to the first, Enter keeps it
        // and Enter again keeps the second (answered, so Enter moves on); then go on.
        let run = try PlainRun.run(Self.start + ["2", "1", "b", "", "b", "b", "", ""] + Array(Self.answers.dropFirst(2)))
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertEqual(run.assessment?.response(to: "leadership-intent"), .choice("keep-control"))
        XCTAssertEqual(run.assessment?.response(to: "internal-it"), .choice("solo"))
        XCTAssertTrue(
            run.output.text.contains("Current answer: Keep our team and our control, with stronger support around them. Enter keeps it."),
            run.output.text)
        XCTAssertTrue(run.output.text.contains("Kept: Keep our team and our control"), run.output.text)
    }

    func testEnterOnAnUnansweredQuestionIsRefusedInAScript() throws {
        let run = try PlainRun.run(Self.start + [""])
        guard case .invalidAnswer(let message) = run.exit else { return XCTFail("\(run.exit)") }
        XCTAssertTrue(message.contains("Type an answer, or s to skip."), message)
    }

    func testOptionElevenIsChosenByItsNumber() throws {
        let run = try PlainRun.run(Self.start + ["2", "11", "q"], questionnaire: try PlainRun.withElevenOptions())
        XCTAssertEqual(run.assessment?.response(to: "leadership-intent"), .choice("extra-11"), run.output.text)
        XCTAssertTrue(run.output.text.contains("Saved: Extra option 11."), run.output.text)
    }

}
