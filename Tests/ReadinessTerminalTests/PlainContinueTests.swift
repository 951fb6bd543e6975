import ReadinessCore
import ReadinessInterview
import ReadinessTerminal
import XCTest

/// A finished discovery call continued in the full assessment from plain mode's results menu.
final class PlainContinueTests: XCTestCase {
    func testFSaysWhatIsCarriedAsksAndGoesOnWithTheFullAssessmentsOwnQuestions() throws {
        let call = try PlainRun.finishedCall()
        let services = MemoryServices([call])
        let run = try PlainRun.run(
            ["f", "y", "q"], interactive: true, resume: call, services: services,
            alsoOffered: [try PlainRun.shipped("co-managed-readiness")])
        XCTAssertEqual(run.exit, .quit, run.output.text)
        let text = run.output.text
        XCTAssertTrue(text.contains("f continue in Co-managed IT readiness assessment, "), "the menu offers it: \(text)")
        XCTAssertTrue(
            text.contains(
                "Continuing starts Co-managed IT readiness assessment as a new assessment for Acme Dental: 13 answers carried over from assessment plain001 (Co-managed IT discovery call), which stays as it is."
            ), text)
        XCTAssertTrue(
            text.contains("Continued in Co-managed IT readiness assessment as assessment plain002: 13 answers carried over"), text)
        XCTAssertTrue(text.contains("Question 1 of 31."), "the first question the call did not ask: \(text)")
        XCTAssertTrue(text.contains("[org-size] > "), text)

        let new = try XCTUnwrap(services.saved["plain002"])
        XCTAssertEqual(new.questionnaireID, "co-managed-readiness")
        XCTAssertEqual(new.continuedFrom, "plain001")
        XCTAssertEqual(new.organization, "Acme Dental")
        XCTAssertEqual(new.assessor, "Jo Admin")
        XCTAssertEqual(new.answers, call.answers)
        XCTAssertEqual(services.saved["plain001"], call, "the call is left exactly as it was")
    }

    func testNoGoesBackToTheMenuAndTheMenuOffersNothingWithoutAFullerQuestionnaire() throws {
        let call = try PlainRun.finishedCall()
        let services = MemoryServices([call])
        let declined = try PlainRun.run(
            ["f", "n", ""], interactive: true, resume: call, services: services, alsoOffered: [try PlainRun.shipped("co-managed-readiness")]
        )
        XCTAssertEqual(declined.exit, .finished, declined.output.text)
        XCTAssertTrue(declined.output.text.contains("Not continued."), declined.output.text)
        XCTAssertNil(services.saved["plain002"])

        let alone = try PlainRun.run(["f", ""], interactive: true, resume: call, services: MemoryServices([call]))
        XCTAssertFalse(alone.output.text.contains("continue in"), alone.output.text)
        XCTAssertTrue(alone.output.text.contains("Not accepted: 'f' is not one of the choices."), alone.output.text)
    }
}
