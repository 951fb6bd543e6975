import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// The notice under the header says how many questions are answered only when the open ones could
/// change the result, and never calls a set of answers with "don't know" in it fully known.
///
/// Harbor Dental answers all 14 shown questions, one of them (MFA) "don't know". Its typed worry feeds no
/// signal, so leaving it open cannot change anything; leaving the restore test open could reveal a blocker.
final class AnsweredNoticeTests: XCTestCase {
    private func notices(status: Assessment.Status, leavingOpen open: [String]) throws -> [String] {
        let questionnaire = try ReportFixtures.questionnaire()
        var assessment = try ReportFixtures.assessment("harbor-dental", questionnaire: questionnaire)
        assessment.status = status
        for id in open { assessment.answers[id] = nil }
        return ReportFixtures.report(for: assessment, questionnaire: questionnaire).notices
    }

    func testACompleteAssessmentWhoseOpenQuestionCannotChangeTheResultHasNoNotice() throws {
        XCTAssertEqual(try notices(status: .complete, leavingOpen: ["biggest-worry"]), [])
    }

    func testACompleteAssessmentWhoseOpenQuestionCouldChangeTheResultSaysHowMuchIsAnswered() throws {
        XCTAssertEqual(
            try notices(status: .complete, leavingOpen: ["restore-tested"]),
            ["Marked complete, but only 13 of 14 questions answered (1 with \"don't know\"); the result may still change."])
    }

    func testADraftWhoseOpenQuestionCannotChangeTheRatingSaysSoWithoutCounting() throws {
        XCTAssertEqual(
            try notices(status: .draft, leavingOpen: ["biggest-worry"]),
            ["Draft, not marked complete yet: the questions still open cannot change the rating."])
    }

    func testADraftWhoseOpenQuestionCouldChangeTheResultCounts() throws {
        XCTAssertEqual(
            try notices(status: .draft, leavingOpen: ["restore-tested", "biggest-worry"]),
            ["Draft: 12 of 14 questions answered (1 with \"don't know\"); the result may still change."])
    }

    func testEveryQuestionAnsweredSaysHowManyAreDontKnow() throws {
        XCTAssertEqual(
            try notices(status: .draft, leavingOpen: []),
            ["Draft: every question is answered (1 with \"don't know\"), but the assessment is not marked complete yet."])
    }
}
