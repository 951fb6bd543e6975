import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Moving between questions, flags, the review, conditions, confirming changes that set answers aside,
/// and finishing.
final class NavigationTests: XCTestCase {
    // MARK: - Skip, next, previous

    func testSkipAndNextMoveOnWithoutSaving() {
        let harness = InterviewHarness.started()
        harness.press(.character("s"))
        XCTAssertEqual(harness.questionID, "solo-cover")
        harness.press(.character("]"))
        XCTAssertEqual(harness.questionID, "sites")
        harness.press(.tab)
        XCTAssertEqual(harness.questionID, "site-travel")
        harness.press(.tab)
        XCTAssertEqual(harness.questionID, "pain-points")
        harness.press(.right)
        XCTAssertEqual(harness.questionID, "backups", "right is next on a choice question")
        XCTAssertEqual(harness.effects, [])
        XCTAssertTrue(harness.assessment.answers.isEmpty)
    }

    func testPreviousGoesBackAndStopsAtTheFirstQuestion() {
        let harness = InterviewHarness.started()
        harness.skip(to: "backups")
        harness.press(.left)
        XCTAssertEqual(harness.questionID, "pain-points", "left is previous on a choice question")
        harness.press(.backTab)
        XCTAssertEqual(harness.questionID, "site-travel")
        harness.press(.character("["))
        XCTAssertEqual(harness.questionID, "sites")
        harness.press(.character("["), .character("["))
        XCTAssertEqual(harness.questionID, "it-team")
        harness.press(.character("["))
        XCTAssertEqual(harness.questionID, "it-team")
        XCTAssertMessage(harness, contains: "first question", isError: false)
        XCTAssertEqual(harness.effects, [])
    }

    func testLeftAndRightEditANumberInsteadOfMoving() {
        let harness = InterviewHarness.started()
        harness.skip(to: "sites")
        harness.type("15")
        harness.press(.left, .left)
        harness.type("2")
        XCTAssertEqual(harness.questionID, "sites")
        XCTAssertEqual(harness.focus?.number.text, "215")
        harness.press(.right)
        XCTAssertEqual(harness.questionID, "sites")
    }

    func testPreviousSkipsHiddenQuestions() {
        let harness = InterviewHarness.started()
        harness.press(.character("3"))
        XCTAssertEqual(harness.questionID, "sites")
        harness.press(.character("["))
        XCTAssertEqual(harness.questionID, "it-team", "solo-cover is hidden for a team")
    }

    func testSkippingPastTheLastQuestionOpensTheResultsWithoutCompleting() {
        let harness = InterviewHarness.started()
        harness.press(.character("3"))
        harness.skip(to: "anything-else")
        let effects = harness.press(.character("s"))
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(effects, [], "not every shown question has a response: nothing is marked complete")
        XCTAssertEqual(harness.assessment.status, .draft)
        XCTAssertMessage(harness, contains: "5 unanswered questions count as unknown", isError: false)
    }

    // MARK: - Flag

    func testFlagTogglesAndSavesAtOnce() {
        let harness = InterviewHarness.started()
        let effects = harness.press(.character("f"))
        XCTAssertEqual(effects.count, 1)
        XCTAssertEqual(harness.saves.last?.answers["it-team"], AnswerRecord(flagged: true))
        XCTAssertEqual(harness.questionID, "it-team", "flagging stays on the question")
        XCTAssertMessage(harness, contains: "Flagged for review", isError: false)
        harness.press(.character("f"))
        XCTAssertNil(harness.saves.last?.answers["it-team"], "an empty record is dropped")
        XCTAssertMessage(harness, contains: "Flag removed", isError: false)
        XCTAssertEqual(harness.saves.count, 2)
    }

    func testAFlagSurvivesAnswering() {
        let harness = InterviewHarness.started()
        harness.press(.character("f"), .character("3"))
        XCTAssertEqual(harness.saves.last?.answers["it-team"], AnswerRecord(response: .choice("team"), flagged: true))
    }

    // MARK: - Review

    func testReviewOpensOnTheCurrentQuestionAndEnterJumps() {
        let harness = InterviewHarness.started()
        harness.press(.character("3"))
        harness.press(.character("r"))
        XCTAssertEqual(harness.reviewFocus?.selected, 1, "sites is the second shown question")
        harness.press(.up)
        harness.press(.enter)
        XCTAssertEqual(harness.questionID, "it-team")
        XCTAssertEqual(harness.focus?.returnToReview, true)
    }

    func testAnsweringFromTheReviewReturnsToIt() {
        let harness = InterviewHarness.started()
        harness.press(.character("r"))
        harness.press(.down, .down)
        harness.press(.enter)
        XCTAssertEqual(harness.questionID, "sites")
        harness.type("7")
        let effects = harness.press(.enter)
        XCTAssertEqual(effects.count, 1)
        XCTAssertEqual(harness.response("sites"), .number(7))
        XCTAssertEqual(harness.reviewFocus?.selected, 2, "back in the review, on the question just answered")
    }

    func testSkipAndEscFromAReviewedQuestionReturnToTheReview() {
        let harness = InterviewHarness.started()
        harness.openFromReview("pain-points")
        harness.press(.character("s"))
        XCTAssertEqual(harness.reviewFocus?.selected, 4)
        harness.press(.enter)
        harness.press(.escape)
        XCTAssertEqual(harness.reviewFocus?.selected, 4)
        XCTAssertEqual(harness.effects, [])
    }

    func testEscInTheReviewGoesBackToTheLastQuestion() {
        let harness = InterviewHarness.started()
        harness.skip(to: "backups")
        harness.press(.character("r"))
        harness.press(.home)
        harness.press(.escape)
        XCTAssertEqual(harness.questionID, "backups")
        XCTAssertEqual(harness.focus?.returnToReview, false)
    }

    func testTheLastReviewRowOpensTheResults() {
        let harness = InterviewHarness.started()
        harness.press(.character("r"))
        harness.press(.end)
        XCTAssertEqual(harness.reviewFocus?.selected, 7, "seven questions, then the results row")
        harness.press(.down)
        XCTAssertEqual(harness.reviewFocus?.selected, 7, "nothing past the results row")
        harness.press(.enter)
        XCTAssertTrue(harness.isOnResults)
    }

    func testReviewPagesMoveBySeveralRows() {
        let harness = InterviewHarness.started()
        harness.press(.character("r"))
        harness.press(.pageDown)
        XCTAssertEqual(harness.reviewFocus?.selected, 7, "a page at 80x24 is more than the list")
        harness.press(.pageUp)
        XCTAssertEqual(harness.reviewFocus?.selected, 0)
    }

    // MARK: - Conditions

    func testAConditionalQuestionAppearsAndDisappearsAsAnEarlierAnswerChanges() {
        let harness = InterviewHarness.started()
        XCTAssertTrue(harness.visibleIDs.contains("solo-cover"), "unanswered: better to ask")
        harness.press(.character("3"))
        XCTAssertFalse(harness.visibleIDs.contains("solo-cover"))
        XCTAssertEqual(harness.questionID, "sites")
        harness.press(.character("["), .character("2"))
        XCTAssertNil(harness.model.overlay, "nothing answered is hidden: no question asked")
        XCTAssertTrue(harness.visibleIDs.contains("solo-cover"))
        XCTAssertEqual(harness.questionID, "solo-cover")
        harness.press(.character("["), .character("1"))
        XCTAssertFalse(harness.visibleIDs.contains("solo-cover"))
        XCTAssertEqual(harness.questionID, "sites")
    }

    func testANumberConditionShowsTheScaleOnlyForSeveralSites() {
        let harness = InterviewHarness.started()
        harness.press(.character("3"))
        harness.type("1")
        harness.press(.enter)
        XCTAssertEqual(harness.questionID, "pain-points", "one site: no travel question")
        XCTAssertFalse(harness.visibleIDs.contains("site-travel"))
        harness.press(.character("["))
        XCTAssertEqual(harness.questionID, "sites")
        harness.press(.control("u"))
        harness.type("3")
        harness.press(.enter)
        XCTAssertEqual(harness.questionID, "site-travel")
        XCTAssertEqual(harness.visibleIDs, ["it-team", "sites", "site-travel", "pain-points", "backups", "anything-else"])
    }

    // MARK: - Changes that set answers aside

    func testChangingAnAnswerThatHidesAnsweredQuestionsAsksFirstAndNKeepsIt() {
        let harness = InterviewHarness.started()
        harness.press(.character("2"), .character("2"))
        XCTAssertEqual(harness.response("solo-cover"), .choice("vendor"))
        XCTAssertEqual(harness.questionID, "sites")
        harness.press(.character("["), .character("["))
        XCTAssertEqual(harness.questionID, "it-team")
        harness.clearEffects()
        XCTAssertEqual(harness.press(.character("3")), [])
        XCTAssertPendingChange(harness, questionID: "it-team", response: .choice("team"), setAside: ["Cover for the one person"])
        XCTAssertEqual(harness.press(.character("n")), [])
        XCTAssertNil(harness.model.overlay)
        XCTAssertMessage(harness, contains: "Answer not changed", isError: false)
        XCTAssertEqual(harness.response("it-team"), .choice("solo"))
        XCTAssertEqual(harness.questionID, "it-team")
        // Esc answers no as well.
        harness.press(.character("3"), .escape)
        XCTAssertNil(harness.model.overlay)
        XCTAssertEqual(harness.response("it-team"), .choice("solo"))
        XCTAssertEqual(harness.effects, [])
    }

    func testYAppliesTheChangeAndSetsTheHiddenAnswerAside() {
        let harness = InterviewHarness.started()
        harness.press(.character("2"), .character("2"))
        harness.press(.character("["), .character("["))
        harness.clearEffects()
        harness.press(.character("3"))
        let effects = harness.press(.character("y"))
        XCTAssertEqual(effects.count, 1)
        XCTAssertNil(harness.model.overlay)
        XCTAssertEqual(harness.saves.last?.response(to: "it-team"), .choice("team"))
        XCTAssertEqual(harness.saves.last?.response(to: "solo-cover"), .choice("vendor"), "set aside: kept, no longer counted")
        XCTAssertFalse(harness.visibleIDs.contains("solo-cover"))
        XCTAssertEqual(harness.questionID, "sites")
    }

    func testLoweringTheSitesAsksBeforeHidingTheTravelAnswer() {
        let harness = InterviewHarness.started()
        harness.press(.character("3"))
        harness.type("3")
        harness.press(.enter, .character("4"))
        XCTAssertEqual(harness.questionID, "pain-points")
        harness.press(.character("["), .character("["))
        XCTAssertEqual(harness.questionID, "sites")
        harness.press(.control("u"))
        harness.type("1")
        XCTAssertEqual(harness.press(.enter), [])
        XCTAssertPendingChange(harness, questionID: "sites", response: .number(1), setAside: ["Travel between sites"])
        harness.press(.character("y"))
        XCTAssertEqual(harness.response("sites"), .number(1))
        XCTAssertEqual(harness.questionID, "pain-points")
    }

    func testConfirmingAChangeMadeFromTheReviewReturnsToTheReview() {
        let harness = InterviewHarness.started()
        harness.press(.character("2"), .character("1"))
        harness.openFromReview("it-team")
        harness.press(.character("3"))
        XCTAssertNotNil(harness.model.overlay)
        harness.press(.character("y"))
        XCTAssertNotNil(harness.reviewFocus, "the change was made from the review")
        XCTAssertEqual(harness.reviewFocus?.selected, 0)
    }

    // MARK: - Finishing

    func testAnsweringEveryShownQuestionMarksTheAssessmentComplete() {
        let harness = InterviewHarness.started()
        harness.answerEverything()
        XCTAssertEqual(harness.assessment.status, .complete)
        XCTAssertEqual(harness.saves.last?.status, .complete)
        XCTAssertEqual(harness.saves.last?.response(to: "anything-else"), .text("ok"))
        XCTAssertEqual(harness.saves.dropLast().last?.status, .draft, "the last answer is saved, then the completion")
        XCTAssertNil(harness.model.message, "nothing left unanswered")
    }

    func testDontKnowAndNotApplicableCountAsResponsesForCompleting() {
        let harness = InterviewHarness.started()
        harness.press(.character("d"))  // it-team: don't know, so solo-cover shows
        harness.press(.character("2"))  // solo-cover
        harness.press(.character("d"))  // sites: don't know, so site-travel shows
        harness.press(.character("x"))  // site-travel: not applicable
        harness.press(.character("4"), .enter)  // pain-points: none of these
        harness.press(.character("x"))  // backups
        harness.press(.character("x"))  // anything-else
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(harness.assessment.status, .complete)
        XCTAssertEqual(harness.saves.last?.status, .complete)
    }

    func testFinishingAgainFromTheReviewSavesNothingMore() {
        let harness = InterviewHarness.started()
        harness.answerEverything()
        let complete = harness.assessment
        XCTAssertEqual(complete.status, .complete)
        harness.clearEffects()
        // Re-finishing an already complete assessment saves nothing more.
        harness.press(.character("r"), .end, .enter)
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(harness.effects, [])
    }

    func testAnAnswerThatRevealsAnUnansweredQuestionMakesTheAssessmentADraftAgain() {
        let harness = InterviewHarness.started()
        harness.answerEverything()
        harness.openFromReview("it-team")
        harness.press(.character("2"))
        XCTAssertTrue(harness.visibleIDs.contains("solo-cover"))
        XCTAssertNil(harness.response("solo-cover"))
        XCTAssertEqual(
            harness.saves.last?.status, .draft,
            "BUG: after the answer change a shown question (solo-cover) has no response, yet the saved assessment stays 'complete': InterviewModel.update() never reverts the status, only finish() sets it"
        )
    }
}

/// Asserts the change confirmation is open for this change, listing these answers.
func XCTAssertPendingChange(
    _ harness: InterviewHarness, questionID: String, response: Response, setAside: [String], file: StaticString = #filePath,
    line: UInt = #line
) {
    guard case .confirmChange(let change)? = harness.model.overlay else {
        return XCTFail("no change confirmation; overlay is \(String(describing: harness.model.overlay))", file: file, line: line)
    }
    XCTAssertEqual(change.questionID, questionID, file: file, line: line)
    XCTAssertEqual(change.response, response, file: file, line: line)
    XCTAssertEqual(change.setAside, setAside, file: file, line: line)
}
