import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// From the results of a short assessment to the fuller questionnaire: `f`, the question, and what the
/// new assessment holds; the earlier one is never saved again.
final class ContinueTests: XCTestCase {
    /// The test questionnaire with one more question (so it asks every question of the test
    /// questionnaire, and more), under another id.
    static let full: Questionnaire = {
        let extra = """
                  - id: budget
                    title: Budget owner
                    kind: single
                    call: {ask: "Who signs off on IT spending?"}
                    self: {ask: "Who signs off on IT spending?", why: "Someone has to say yes."}
                    options:
                      - {id: owner, label: The owner}
                      - {id: board, label: A board}

            rating:
            """
        let yaml = TestQuestionnaire.yaml.replacingOccurrences(of: "id: interview-test\n", with: "id: interview-full\n")
            .replacingOccurrences(of: "title: Interview test questionnaire", with: "title: Full test assessment")
            .replacingOccurrences(of: "\nrating:", with: "\n" + extra)
        do {
            return try QuestionnaireLoader.load(SourceFile(path: "interview-full.yaml", text: yaml))
        } catch {
            fatalError("The full test questionnaire does not load:\n\(error)")
        }
    }()

    /// A finished call: a small team (the cover question hidden), one site (travel hidden), the rest answered.
    static func finishedCall(status: Assessment.Status = .complete) -> Assessment {
        var assessment = TestQuestionnaire.assessment(
            id: "call-1",
            answers: [
                "it-team": AnswerRecord(response: .choice("team"), note: "Two techs and a manager", flagged: true),
                "sites": AnswerRecord(response: .number(1)),
                "pain-points": AnswerRecord(response: .choices(["docs"])),
                "backups": AnswerRecord(response: .choice("recent")),
                "anything-else": AnswerRecord(response: .text("Opening a second clinic")),
            ], status: status)
        assessment.contact = Assessment.Contact(name: "Pat Lee", role: "Office manager")
        return assessment
    }

    private func harness(resume: Assessment = finishedCall(), offering questionnaires: [Questionnaire]? = nil) -> InterviewHarness {
        var setup = TestQuestionnaire.setup(resume: resume)
        let offered = questionnaires ?? [TestQuestionnaire.questionnaire, Self.full]
        setup.offered = OfferedQuestionnaires(offered)
        setup.installed = offered
        setup.continuationID = "full-1"
        // Wide enough for the whole key bar of the results.
        return InterviewHarness(setup: setup, size: ScreenSize(width: 120, height: 30))
    }

    func testFOnTheResultsAsksThenOpensTheFullAssessmentAtItsFirstNewQuestion() {
        let harness = harness()
        let call = harness.assessment
        XCTAssertTrue(harness.isOnResults)
        XCTAssertTrue(harness.render().text.contains("f full assessment"), "the key bar offers it")

        harness.press(.character("f"))
        guard case .confirmContinue(let offer)? = harness.model.overlay else {
            return XCTFail("f did not ask first: \(String(describing: harness.model.overlay))")
        }
        XCTAssertEqual(offer.carried.count, 5)
        XCTAssertTrue(harness.effects.isEmpty, "nothing is created before y")
        let screen = harness.render().text
        XCTAssertTrue(screen.contains("Continue in Full test assessment?"), screen)
        XCTAssertTrue(screen.contains("for the same organization: 5 answers carried"), screen)

        let effects = harness.press(.character("y"))
        let new = harness.assessment
        XCTAssertEqual(effects, [.beginEditing(new), .save(new)], "the new one is locked and saved at once")
        XCTAssertEqual(new.id, "full-1")
        XCTAssertEqual(new.questionnaireID, "interview-full")
        XCTAssertEqual(new.continuedFrom, "call-1")
        XCTAssertEqual(new.status, .draft)
        XCTAssertEqual(new.organization, call.organization)
        XCTAssertEqual(new.assessor, call.assessor)
        XCTAssertEqual(new.contact, call.contact)
        XCTAssertEqual(new.answers, call.answers, "every answer, note and flag of the call")
        XCTAssertEqual(harness.questionID, "budget", "only what is not yet known is asked")
        XCTAssertMessage(
            harness, contains: "Continued in Full test assessment as assessment full-1: 5 answers carried over", isError: false)
        XCTAssertFalse(harness.saves.contains { $0.id == "call-1" }, "the call itself is never saved again")

        // Answering the last question finishes the new assessment, not the call.
        harness.press(.character("1"))
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(harness.saves.last?.id, "full-1")
        XCTAssertEqual(harness.saves.last?.status, .complete)
        XCTAssertFalse(harness.render().text.contains("f full assessment"), "there is nothing fuller to go on to")
    }

    func testFinishingTheCallSaysThatFContinuesIt() {
        var draft = Self.finishedCall(status: .draft)
        draft.answers["anything-else"] = nil
        let harness = harness(resume: draft)
        XCTAssertEqual(harness.questionID, "anything-else")
        harness.press(.character("x"))
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(harness.saves.last?.status, .complete)
        XCTAssertMessage(harness, contains: "Finished. f continues it in Full test assessment", isError: false)
    }

    func testNoLeavesTheCallAsItWas() {
        let harness = harness()
        harness.press(.character("f"), .character("n"))
        XCTAssertNil(harness.model.overlay)
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(harness.assessment.id, "call-1")
        XCTAssertTrue(harness.effects.isEmpty)
    }

    func testAnUnfinishedCallIsRefusedWithWhatToDo() {
        var draft = Self.finishedCall(status: .draft)
        draft.answers["backups"] = nil
        let harness = harness(resume: draft)
        harness.press(.character("r"))
        harness.press(.end, .enter)  // The review's last row: the results, with one question unanswered.
        XCTAssertTrue(harness.isOnResults)
        harness.clearEffects()
        harness.press(.character("f"))
        XCTAssertNil(harness.model.overlay)
        XCTAssertMessage(harness, contains: "Cannot continue: it is not finished yet", isError: true)
        XCTAssertEqual(harness.assessment.id, "call-1")
        XCTAssertTrue(harness.effects.isEmpty)
    }

    func testWithoutAFullerQuestionnaireTheKeyIsNeitherShownNorActive() {
        let harness = harness(offering: [TestQuestionnaire.questionnaire])
        XCTAssertTrue(harness.model.unavailableActions.contains(.continueFull))
        XCTAssertFalse(harness.render().text.contains("full assessment"))
        harness.press(.character("?"))
        XCTAssertFalse(harness.render().text.contains("full assessment"), "nor in the help")
        harness.press(.escape, .character("f"))
        XCTAssertNil(harness.model.overlay)
        XCTAssertMessage(harness, contains: "No fuller questionnaire is installed", isError: true)
    }

    func testTheIntentContinuesAtOnceAndRefusesAQuestionnaireThatIsNotFuller() {
        let harness = harness()
        harness.send(.intent(.continueInto(questionnaireID: "interview-test")))
        XCTAssertMessage(harness, contains: "cannot be continued into 'interview-test'", isError: true)
        XCTAssertEqual(harness.assessment.id, "call-1")

        let effects = harness.send(.intent(.continueInto(questionnaireID: "interview-full")))
        XCTAssertEqual(effects.count, 2)
        XCTAssertEqual(harness.assessment.id, "full-1")
        XCTAssertEqual(harness.questionID, "budget")
    }

    func testACallOpenedReadOnlyCanStillBeContinuedAndTheNewOneIsEditable() {
        var setup = TestQuestionnaire.setup(resume: Self.finishedCall())
        setup.offered = OfferedQuestionnaires([TestQuestionnaire.questionnaire, Self.full])
        setup.installed = [TestQuestionnaire.questionnaire, Self.full]
        setup.continuationID = "full-1"
        setup.readOnlyReason = "Sam is editing it on another machine"
        let harness = InterviewHarness(setup: setup)
        harness.press(.character("f"), .character("y"))
        XCTAssertNil(harness.model.readOnlyReason)
        XCTAssertEqual(harness.assessment.id, "full-1")
        harness.press(.character("2"))
        XCTAssertEqual(harness.saves.last?.response(to: "budget"), .choice("board"))
    }
}
