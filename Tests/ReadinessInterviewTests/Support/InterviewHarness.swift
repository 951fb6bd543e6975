import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Drives an `InterviewModel` with keys and keeps every effect it returned, for tests that read like
/// key sequences: `harness.press(.down, .enter)`, `harness.type("Zoë")`.
final class InterviewHarness {
    private(set) var model: InterviewModel
    /// Every effect returned so far, in order.
    private(set) var effects: [InterviewEffect] = []

    init(setup: InterviewSetup = TestQuestionnaire.setup(), size: ScreenSize = ScreenSize(width: 80, height: 24)) {
        model = InterviewModel(setup: setup, size: size)
    }

    /// A harness past the start screen: "Acme Dental", assessor "Sam Ortiz", the given mode, started.
    static func started(mode: Assessment.Mode = .call, size: ScreenSize = ScreenSize(width: 80, height: 24)) -> InterviewHarness {
        let harness = InterviewHarness(setup: TestQuestionnaire.setup(defaultMode: .call), size: size)
        harness.type("Acme Dental")
        harness.press(.enter)
        harness.type("Sam Ortiz")
        harness.press(.enter)
        if mode == .self { harness.press(.space) }
        harness.press(.enter, .enter)
        precondition(harness.model.session != nil, "the interview did not start")
        harness.clearEffects()
        return harness
    }

    /// Sends keys one by one; returns the effects of these keys only.
    @discardableResult
    func press(_ keys: Key...) -> [InterviewEffect] { press(keys) }

    @discardableResult
    func press(_ keys: [Key]) -> [InterviewEffect] {
        var produced: [InterviewEffect] = []
        for key in keys { produced += send(.key(key)) }
        return produced
    }

    /// Types text one character (grapheme) at a time, as a terminal delivers it.
    @discardableResult
    func type(_ text: String) -> [InterviewEffect] {
        press(text.map { Key.character($0) })
    }

    /// Sends any event; returns its effects.
    @discardableResult
    func send(_ event: InterviewEvent) -> [InterviewEffect] {
        let produced = model.handle(event)
        effects += produced
        return produced
    }

    func clearEffects() { effects = [] }

    // MARK: - Reading the state

    /// The saves among all effects so far.
    var saves: [Assessment] {
        effects.compactMap {
            if case .save(let assessment) = $0 { return assessment }
            return nil
        }
    }

    /// The assessment as the model holds it.
    var assessment: Assessment { model.session!.assessment }

    /// The question on screen, if a question screen is shown.
    var questionID: String? {
        if case .question(let focus) = model.screen { return focus.questionID }
        return nil
    }

    /// The focus of the question screen.
    var focus: QuestionFocus? {
        if case .question(let focus) = model.screen { return focus }
        return nil
    }

    /// The start form, on the start screen.
    var startForm: StartForm? {
        if case .start(let form) = model.screen { return form }
        return nil
    }

    /// The export form, on the export screen.
    var exportForm: ExportForm? {
        if case .export(let form) = model.screen { return form }
        return nil
    }

    /// The editor, when it is open.
    var editor: EditorState? {
        if case .editor(let editor)? = model.overlay { return editor }
        return nil
    }

    var isOnResults: Bool {
        if case .results = model.screen { return true }
        return false
    }

    var reviewFocus: ListFocus? {
        if case .review(let focus) = model.screen { return focus }
        return nil
    }

    /// The ids of the shown questions.
    var visibleIDs: [String] { model.session!.visibleQuestions.map(\.id) }

    /// The response saved in the model for a question.
    func response(_ questionID: String) -> Response? { assessment.response(to: questionID) }

    /// Renders the current state.
    func render(_ glyphs: Glyphs = .unicode) -> Frame { InterviewLayout(glyphs: glyphs).render(model) }

    /// Goes straight to a question through the review (r, then the row, Enter), so a test can start there.
    /// Answering it then returns to the review.
    func openFromReview(_ questionID: String, file: StaticString = #filePath, line: UInt = #line) {
        press(.character("r"))
        guard let index = visibleIDs.firstIndex(of: questionID) else {
            XCTFail("\(questionID) is not shown", file: file, line: line)
            return
        }
        press(.home)
        press(Array(repeating: .down, count: index))
        press(.enter)
        XCTAssertEqual(questionID, self.questionID, file: file, line: line)
    }
}

/// Asserts the status line says something (case-insensitive) and is or is not an error.
func XCTAssertMessage(
    _ harness: InterviewHarness, contains text: String, isError: Bool, file: StaticString = #filePath, line: UInt = #line
) {
    guard let message = harness.model.message else {
        XCTFail("no message; expected one containing \"\(text)\"", file: file, line: line)
        return
    }
    XCTAssertTrue(
        message.text.localizedCaseInsensitiveContains(text), "message \"\(message.text)\" does not contain \"\(text)\"", file: file,
        line: line)
    XCTAssertEqual(message.isError, isError, "message \"\(message.text)\" isError", file: file, line: line)
}

extension InterviewHarness {
    /// Skips (s) until the given question is shown; fails when it never is.
    func skip(to questionID: String, file: StaticString = #filePath, line: UInt = #line) {
        for _ in 0..<20 where self.questionID != questionID {
            guard self.questionID != nil else { break }
            press(.character("s"))
        }
        XCTAssertEqual(self.questionID, questionID, "skipping never reached \(questionID)", file: file, line: line)
    }

    /// The record the model holds for a question, saved or not.
    func record(_ questionID: String) -> AnswerRecord? { assessment.answers[questionID] }
}

extension InterviewHarness {
    /// Answers every shown question from the first: a team, one site, missing documentation, restored this
    /// quarter, "ok". Ends on the results with the assessment complete.
    func answerEverything(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(questionID, "it-team", file: file, line: line)
        press(.character("3"))
        type("1")
        press(.enter)
        type("2")
        press(.enter)
        press(.character("1"))
        press(.enter)
        type("ok")
        press(.enter)
        XCTAssertTrue(isOnResults, "answering everything should end on the results", file: file, line: line)
    }
}
