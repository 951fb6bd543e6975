import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Where answering goes in the normal flow: the next unanswered question, passing over ones answered
/// earlier (with `a` or before), then the results: never back to a question left earlier.
final class AfterAnswerFlowTests: XCTestCase {
    func testAnsweringPassesOverAQuestionAnsweredEarlier() {
        let harness = InterviewHarness.started()
        // sites is answered first (as `a` would have it), then the flow starts again at the top.
        harness.skip(to: "sites")
        harness.type("1")
        harness.press(.enter)
        harness.press(.backTab, .backTab)
        XCTAssertEqual(harness.questionID, "solo-cover")
        harness.press(.character("1"))
        XCTAssertEqual(harness.questionID, "pain-points", "answered sites (and hidden site-travel) are passed over")
    }

    func testTabStillGoesToTheVeryNextQuestion() {
        let harness = InterviewHarness.started()
        harness.skip(to: "sites")
        harness.type("1")
        harness.press(.enter)
        harness.press(.backTab, .backTab, .tab)
        XCTAssertEqual(harness.questionID, "sites", "Tab moves, it does not answer: the answered question shows")
    }

    func testAtTheEndAnsweringGoesToTheResultsNotBackToASkippedQuestion() {
        let harness = InterviewHarness.started()
        harness.press(.character("s"))  // it-team left for later
        XCTAssertEqual(harness.questionID, "solo-cover")
        harness.press(.character("1"))
        harness.type("1")
        harness.press(.enter)
        harness.press(.character("1"), .enter)  // pain-points
        harness.press(.character("1"))  // backups
        XCTAssertEqual(harness.questionID, "anything-else")
        harness.press(.enter)
        harness.type("ok")
        harness.press(.enter)
        XCTAssertTrue(harness.isOnResults, "the last question leads to the results; the skipped one is not asked again")
        XCTAssertNil(harness.assessment.response(to: "it-team"))
    }

    func testTheHelpSaysWhereAnsweringGoes() {
        let harness = InterviewHarness.started(size: ScreenSize(width: 100, height: 60))
        harness.press(.character("?"))
        let help = HelpContent.lines(for: harness.model, width: 90).map(\.0).joined(separator: " ")
        XCTAssertTrue(help.contains("next unanswered question"), help)
    }
}
