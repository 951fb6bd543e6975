import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Marking a note "share with the customer" in the note box: private by default, Ctrl-T toggles, the
/// choice is saved with the note, shown on the question, and reachable as an intent for plain mode.
final class NoteSharingTests: XCTestCase {
    func testANewNoteIsPrivateAndSavedPrivate() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        XCTAssertEqual(harness.editor?.sharesNote, false, "private unless the assessor says otherwise")
        XCTAssertTrue(harness.render().text.contains("[ ] share with the customer"))
        XCTAssertTrue(harness.render().text.contains("Ctrl-T shares"), "the key is on the editor's key line")
        harness.type("Don't position as replacement")
        harness.press(.enter)
        XCTAssertEqual(harness.saves.last?.answers["it-team"], AnswerRecord(note: "Don't position as replacement", shareNote: false))
        XCTAssertMessage(harness, contains: "private", isError: false)
    }

    func testCtrlTSharesTheNoteAndTheQuestionSaysSo() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("Budget approved for Q3")
        harness.press(.control("t"))
        XCTAssertEqual(harness.editor?.sharesNote, true)
        XCTAssertEqual(harness.editor?.field.text, "Budget approved for Q3", "Ctrl-T is not typed into the note")
        XCTAssertTrue(harness.render().text.contains("[x] share with the customer"))
        harness.press(.enter)
        XCTAssertEqual(harness.saves.last?.answers["it-team"]?.shareNote, true)
        XCTAssertMessage(harness, contains: "shared with the customer", isError: false)
        XCTAssertTrue(harness.render().text.contains("shared note"), "the question's title line shows the note is shared")

        // Opening it again starts from the saved choice; toggling back makes it private.
        harness.press(.character("n"))
        XCTAssertEqual(harness.editor?.sharesNote, true)
        harness.press(.control("t"), .enter)
        XCTAssertEqual(harness.saves.last?.answers["it-team"]?.shareNote, false)
        XCTAssertFalse(harness.render().text.contains("shared note"))
    }

    func testEscAsksBeforeDroppingAChangedSharingAndRemovingTheNoteUnshares() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("call back")
        harness.press(.control("t"), .enter)
        harness.press(.character("n"), .control("t"), .escape)
        XCTAssertEqual(harness.editor?.confirmingDiscard, true, "a changed choice is not thrown away silently")
        harness.press(.escape)
        XCTAssertEqual(harness.record("it-team")?.shareNote, true, "Esc kept the saved choice")
        harness.press(.character("n"), .control("u"), .enter)
        XCTAssertEqual(harness.record("it-team")?.note, nil)
        XCTAssertEqual(harness.record("it-team")?.shareNote ?? false, false, "a removed note shares nothing")
        harness.press(.character("n"))
        XCTAssertEqual(harness.editor?.sharesNote, false, "the next note starts private again")
    }

    func testCtrlTInTheTextAnswerEditorDoesNothing() {
        let harness = InterviewHarness.started()
        harness.skip(to: "anything-else")
        harness.press(.enter)
        XCTAssertEqual(harness.editor?.purpose, .textAnswer)
        harness.press(.control("t"))
        XCTAssertEqual(harness.editor?.sharesNote, false)
        XCTAssertFalse(harness.render().text.contains("share with the customer"))
    }

    func testTheIntentSetsTheSharingOfTheShownNote() {
        let harness = InterviewHarness.started()
        harness.send(.intent(.setNoteShared(true)))
        XCTAssertMessage(harness, contains: "no note", isError: true)
        harness.send(.intent(.setNote("Wants a fixed price")))
        XCTAssertEqual(harness.record("it-team")?.shareNote, false, "setNote alone keeps a new note private")
        harness.send(.intent(.setNoteShared(true)))
        XCTAssertEqual(harness.saves.last?.answers["it-team"], AnswerRecord(note: "Wants a fixed price", shareNote: true))
        harness.send(.intent(.setNote("Wants a fixed price, monthly")))
        XCTAssertEqual(harness.record("it-team")?.shareNote, true, "changing the text keeps the sharing")
        harness.send(.intent(.setNoteShared(false)))
        XCTAssertEqual(harness.record("it-team")?.shareNote, false)
    }

    func testTheHelpExplainsSharing() {
        let harness = InterviewHarness.started(size: ScreenSize(width: 100, height: 60))
        harness.press(.character("?"))
        let help = HelpContent.lines(for: harness.model, width: 90).map(\.0).joined(separator: " ")
        XCTAssertTrue(help.contains("Ctrl-T"), help)
        XCTAssertTrue(help.contains("private"), help)
    }
}
