import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Pasted text goes into text fields and never acts as keys; moving away keeps what was typed.
final class PasteAndPendingInputTests: XCTestCase {
    func testAPasteIntoANoteIsTextWithItsLineBreaksAsSpaces() {
        let harness = InterviewHarness.started()
        let question = harness.questionID
        harness.press(.character("n"))
        harness.send(.paste("Call back Monday\nthey have 2 sites, s and a"))
        guard case .editor(let editor)? = harness.model.overlay else { return XCTFail("the note editor closed") }
        XCTAssertEqual(editor.field.text, "Call back Monday they have 2 sites, s and a")
        XCTAssertEqual(harness.questionID, question, "the paste moved the interview")
        XCTAssertTrue(harness.saves.isEmpty, "a paste saved something before Enter")
        harness.press(.enter)
        XCTAssertEqual(harness.assessment.answers[question!]?.note, "Call back Monday they have 2 sites, s and a")
        XCTAssertNil(harness.assessment.response(to: question!), "the pasted digits answered the question")
    }

    func testAPasteOnAChoiceQuestionAnswersNothing() {
        let harness = InterviewHarness.started()
        let question = harness.questionID
        harness.send(.paste("2\ns\na"))
        XCTAssertEqual(harness.questionID, question)
        XCTAssertTrue(harness.saves.isEmpty)
        XCTAssertEqual(harness.model.message?.isError, false)
        XCTAssertTrue(harness.model.message?.text.contains("Pasted text") == true, String(describing: harness.model.message))
    }

    func testAPasteIntoTheOrganizationFieldIsTyped() {
        let harness = InterviewHarness()
        harness.send(.paste("Zürich\r\nDental"))
        guard case .start(let form) = harness.model.screen else { return XCTFail("not on the start screen") }
        XCTAssertEqual(form.organization.text, "Zürich Dental")
    }

    func testTabAfterTypingANumberKeepsIt() {
        let harness = InterviewHarness.started()
        harness.skip(to: "sites")
        harness.type("12")
        harness.press(.tab)
        XCTAssertEqual(harness.assessment.response(to: "sites"), .number(12), "Tab threw the typed number away")
        XCTAssertNotEqual(harness.questionID, "sites")
    }

    func testTabAfterTypingAnInvalidNumberStaysWithTheError() {
        let harness = InterviewHarness.started()
        harness.skip(to: "sites")
        harness.type("12-")
        harness.press(.tab)
        XCTAssertEqual(harness.questionID, "sites")
        XCTAssertEqual(harness.model.message?.isError, true)
        XCTAssertNil(harness.assessment.response(to: "sites"))
    }

    func testSkipLeavesTypedInputUnsaved() {
        let harness = InterviewHarness.started()
        harness.skip(to: "sites")
        harness.type("12")
        harness.press(.character("s"))
        XCTAssertNil(harness.assessment.response(to: "sites"), "s is an explicit skip")
    }

    func testAnArrowedScaleValueCountsAsUnsavedInput() {
        let harness = InterviewHarness.started()
        harness.skip(to: "site-travel")
        harness.press(.right, .right)
        XCTAssertTrue(harness.model.hasUnsavedInput)
        XCTAssertEqual(harness.press(.character("q")), [], "q asks first")
        XCTAssertEqual(harness.model.overlay, .confirmQuit)
    }
}
