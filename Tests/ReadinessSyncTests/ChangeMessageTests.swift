import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore
@testable import ReadinessSync

/// Commit messages a person reads in the team's history: who, what, how far, and the rating once complete.
final class ChangeMessageTests: XCTestCase {
    private func questionnaire() throws -> Questionnaire {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try QuestionnaireCatalog.load(path: root.appendingPathComponent("questionnaires/discovery-quick.yaml").path)
    }

    private func assessment(_ questionnaire: Questionnaire, status: Assessment.Status, organization: String = "Acme Dental") -> Assessment {
        var assessment = Assessment(
            id: "acme2222", questionnaire: questionnaire, organization: organization, assessor: "Sam Rivera", mode: .call,
            now: Date(timeIntervalSince1970: 0))
        assessment.status = status
        assessment.answers["internal-it"] = AnswerRecord(response: .choice("none"))
        return assessment
    }

    func testADraftSaysHowFarItIs() throws {
        let questionnaire = try questionnaire()
        let message = ChangeMessage.saved(
            assessment(questionnaire, status: .draft), isNew: true, scorer: Scorer(questionnaire: questionnaire))
        XCTAssertEqual(
            message, "Add Acme Dental: draft, 1 of 13 answered (Sam Rivera)\n\nAssessment: acme2222\nQuestionnaire: discovery-quick v1\n")
    }

    func testACompleteOneSaysItsRatingAndNeed() throws {
        let questionnaire = try questionnaire()
        let message = ChangeMessage.saved(
            assessment(questionnaire, status: .complete), isNew: false, scorer: Scorer(questionnaire: questionnaire))
        XCTAssertTrue(message.hasPrefix("Update Acme Dental: complete, fully-managed, need "), message)
    }

    func testANameCannotBreakTheSubjectLine() throws {
        let questionnaire = try questionnaire()
        let message = ChangeMessage.saved(
            assessment(questionnaire, status: .draft, organization: "Evil\nCorp\u{1B}[2J"), isNew: true,
            scorer: Scorer(questionnaire: questionnaire))
        let subject = try XCTUnwrap(message.split(separator: "\n").first)
        XCTAssertTrue(subject.hasPrefix("Add Evil"), String(subject))
        XCTAssertFalse(subject.contains("\u{1B}"))
        XCTAssertEqual(ChangeMessage.deleted(id: "acme2222", organization: ""), "Delete an unnamed organization\n\nAssessment: acme2222\n")
    }
}
