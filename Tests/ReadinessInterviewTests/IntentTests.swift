import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// The model driven by what the user means (`InterviewIntent`), as plain mode drives it: each intent goes
/// through the same checks, saves and confirmations as the keys that say the same thing.
final class IntentTests: XCTestCase {
    private func intent(_ harness: InterviewHarness, _ intent: InterviewIntent) {
        harness.send(.intent(intent))
    }

    func testChooseOptionAnswersByPositionSavesAndMovesOn() {
        let harness = InterviewHarness.started()
        intent(harness, .chooseOption(1))
        XCTAssertEqual(harness.response("it-team"), .choice("solo"))
        XCTAssertEqual(harness.saves.last?.response(to: "it-team"), .choice("solo"))
        XCTAssertEqual(harness.questionID, "solo-cover", "the answer showed the question it conditions")
    }

    func testAnOptionThatDoesNotExistIsRefusedAndNothingIsSaved() {
        let harness = InterviewHarness.started()
        intent(harness, .chooseOption(3))
        XCTAssertMessage(harness, contains: "There is no option 4.", isError: true)
        XCTAssertNil(harness.response("it-team"))
        XCTAssertTrue(harness.saves.isEmpty)
        XCTAssertEqual(harness.questionID, "it-team")
    }

    func testSetValueGoesThroughTheQuestionsLimits() {
        let harness = InterviewHarness.started()
        harness.skip(to: "sites")
        intent(harness, .setValue(.number(51)))
        XCTAssertMessage(harness, contains: "50 or less", isError: true)
        XCTAssertNil(harness.response("sites"))
        intent(harness, .setValue(.number(3)))
        XCTAssertEqual(harness.response("sites"), .number(3))
        XCTAssertEqual(harness.questionID, "site-travel", "three sites show the travel question")
    }

    func testDontKnowAndNotApplicableAreRefusedWhereTheQuestionDoesNotAllowThem() {
        let harness = InterviewHarness.started()
        intent(harness, .markNotApplicable)
        XCTAssertMessage(harness, contains: "does not allow \"not applicable\"", isError: true)
        XCTAssertNil(harness.response("it-team"))
        intent(harness, .markDontKnow)
        XCTAssertEqual(harness.response("it-team"), .unknown)
    }

    func testTheDontKnowKeyAndTheIntentLeaveTheSameAssessment() {
        let byKey = InterviewHarness.started()
        let byIntent = InterviewHarness.started()
        byKey.press(.character("d"))
        intent(byIntent, .markDontKnow)
        XCTAssertEqual(byKey.assessment, byIntent.assessment)
        XCTAssertEqual(byKey.questionID, byIntent.questionID)
    }

    func testChooseOptionsAnswersAMultipleChoiceWholeAndKeepsAnExclusiveOptionAlone() {
        let harness = InterviewHarness.started()
        harness.skip(to: "pain-points")
        intent(harness, .chooseOptions([3, 0]))
        XCTAssertMessage(harness, contains: "cannot be combined", isError: true)
        XCTAssertNil(harness.response("pain-points"))
        intent(harness, .chooseOptions([1, 0, 1]))
        XCTAssertEqual(harness.response("pain-points"), .choices(["firefighting", "docs"]), "in the questionnaire's order, once each")
    }

    func testAChangeThatHidesAnsweredQuestionsAsksFirstAndNoKeepsTheOldAnswer() {
        let harness = InterviewHarness.started()
        intent(harness, .chooseOption(1))
        intent(harness, .chooseOption(0))
        XCTAssertEqual(harness.response("solo-cover"), .choice("nobody"))
        intent(harness, .changeAnswer(questionID: "it-team"))
        intent(harness, .chooseOption(2))
        guard case .confirmChange(let change)? = harness.model.overlay else {
            return XCTFail("no confirmation: \(String(describing: harness.model.overlay))")
        }
        XCTAssertEqual(change.setAside, ["Cover for the one person"])
        intent(harness, .confirm(false))
        XCTAssertEqual(harness.response("it-team"), .choice("solo"))
        intent(harness, .chooseOption(2))
        intent(harness, .confirm(true))
        XCTAssertEqual(harness.response("it-team"), .choice("team"))
        XCTAssertFalse(harness.visibleIDs.contains("solo-cover"))
        XCTAssertEqual(harness.record("solo-cover")?.response, .choice("nobody"), "set aside, not thrown away")
    }

    func testBackThenKeepAndContinueKeepsTheAnswer() {
        let harness = InterviewHarness.started()
        intent(harness, .chooseOption(2))
        intent(harness, .back)
        XCTAssertEqual(harness.questionID, "it-team")
        harness.clearEffects()
        intent(harness, .keepAndContinue)
        XCTAssertEqual(harness.response("it-team"), .choice("team"))
        XCTAssertNotEqual(harness.questionID, "it-team")
        XCTAssertTrue(harness.saves.isEmpty, "nothing changed, so nothing to save")
    }

    func testCloseOverlayClosesHelpAndChangesNothingElse() {
        let harness = InterviewHarness.started()
        harness.press(.character("?"))
        XCTAssertNotNil(harness.model.overlay)
        let before = harness.assessment
        intent(harness, .closeOverlay)
        XCTAssertNil(harness.model.overlay)
        XCTAssertEqual(harness.assessment, before)
        XCTAssertEqual(harness.questionID, "it-team")
        intent(harness, .closeOverlay)
        XCTAssertNil(harness.model.message, "nothing shown is nothing to close, and no error")
    }

    func testAnAnswerIntentWithNoQuestionShownIsRefused() {
        let harness = InterviewHarness.started()
        intent(harness, .review)
        intent(harness, .markDontKnow)
        XCTAssertMessage(harness, contains: "No question is shown.", isError: true)
        XCTAssertTrue(harness.saves.isEmpty)
    }
}
