import XCTest

@testable import ReadinessCore

/// The comparison behind `readiness compare` (it lives in ReadinessCore; its tests live here, beside the
/// store that feeds it).
final class AssessmentComparisonTests: XCTestCase {
    private let scorer = Scorer(questionnaire: StoreFixtures.tinyV1)

    func testTheSameAnswersChangeNothing() {
        let assessment = StoreFixtures.assessment(id: "same2222", answers: StoreFixtures.fullAnswers)
        let comparison = AssessmentComparison(before: assessment, after: assessment, scorer: scorer)
        XCTAssertFalse(comparison.ratingChanged)
        XCTAssertEqual(comparison.needDifference, 0)
        XCTAssertEqual(comparison.signals.map(\.difference), [0])
        XCTAssertEqual(comparison.split, [])
        XCTAssertEqual(comparison.answers, [])
        XCTAssertEqual(comparison.blockersAdded + comparison.blockersCleared, [])
    }

    func testAnswersGivenAndTakenAwayAreChangesAndAMissingScoreHasNoDifference() {
        let before = StoreFixtures.assessment(id: "befo2222", answers: ["sites": AnswerRecord(response: .number(1))])
        let after = StoreFixtures.assessment(
            id: "afte2222",
            answers: [
                "after-hours": AnswerRecord(response: .unknown), "sites": AnswerRecord(response: .number(4)),
            ])
        let comparison = AssessmentComparison(before: before, after: after, scorer: scorer)
        XCTAssertEqual(
            comparison.answers.map { [$0.questionID, $0.title, $0.before, $0.after] },
            [
                ["after-hours", "After-hours coverage", "not answered", "don't know"],
                ["sites", "Sites", "1 sites", "4 sites"],
            ])
        let signal = comparison.signals[0]
        XCTAssertNil(signal.before, "no known answer fed it before")
        XCTAssertNil(signal.difference)
    }

    func testNotesAloneAreNotAnswerChanges() {
        let before = StoreFixtures.assessment(id: "note2222", answers: ["sites": AnswerRecord(response: .number(2))])
        let after = StoreFixtures.assessment(
            id: "note3333", answers: ["sites": AnswerRecord(response: .number(2), note: "two clinics", flagged: true)])
        XCTAssertEqual(AssessmentComparison(before: before, after: after, scorer: scorer).answers, [])
    }

    func testOrganizationsDifferOnlyBeyondCaseAndSpaces() {
        let a = StoreFixtures.assessment(id: "orga2222", organization: "Acme Dental")
        XCTAssertFalse(
            AssessmentComparison(before: a, after: StoreFixtures.assessment(id: "orgb2222", organization: " acme dental "), scorer: scorer)
                .differentOrganizations)
        XCTAssertTrue(
            AssessmentComparison(before: a, after: StoreFixtures.assessment(id: "orgc2222", organization: "Birch"), scorer: scorer)
                .differentOrganizations)
    }
}
