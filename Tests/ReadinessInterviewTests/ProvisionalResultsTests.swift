import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// The results screen of a provisional quick call: "Too early to tell" with why, never a band as the verdict.
final class ProvisionalResultsTests: XCTestCase {
    /// Fifteen of twenty answers "don't know", as a QA engineer answered the quick call.
    private func mostlyUnknownCall() throws -> InterviewHarness {
        let questionnaire = try ShippedCall.questionnaire("discovery-quick-v2")
        var assessment = Assessment(
            id: "call-1", questionnaire: questionnaire, organization: "Acme Dental", assessor: "Sam", mode: .call,
            now: TestQuestionnaire.earlier)
        let known: [String: Response] = [
            "internal-it": .choice("solo"), "admin-access": .choice("lost"), "security-skill": .choice("beyond-us"),
            "growth-outlook": .choice("step-change"), "week-split": .choice("firefighting"),
        ]
        for question in questionnaire.questions {
            assessment.answers[question.id] = AnswerRecord(response: known[question.id] ?? .unknown)
        }
        let setup = InterviewSetup(questionnaires: [questionnaire], resume: assessment, newID: "new", now: { TestQuestionnaire.now })
        return InterviewHarness(setup: setup, size: ScreenSize(width: 100, height: 40))
    }

    func testTheResultsScreenSaysWhyItIsTooEarlyAndNamesNoBand() throws {
        let session = try XCTUnwrap(try mostlyUnknownCall().model.session)
        let provisional = try XCTUnwrap(session.result.fit.provisional)
        let screen = ResultsDocumentProbe.lines(session, width: 100).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Too early to tell"), screen)
        XCTAssertFalse(screen.contains(" band"), screen)
        XCTAssertFalse(screen.contains("Strong readiness signals"), screen)
        XCTAssertTrue(screen.contains(String(provisional.reasons[0].prefix(30))), screen)

        // The "why" overlay lists each reason once, the cause first, and no band either.
        let reasons = try XCTUnwrap(ResultsItems.build(session.result).first?.reasons)
        XCTAssertEqual(reasons.first, provisional.reasons.first.map(Rating.inWords))
        XCTAssertEqual(reasons.count, Set(reasons).count, "\(reasons)")
        XCTAssertFalse(reasons.contains { $0.contains(" band") }, "\(reasons)")
    }
}
