import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Representative interview states for the layout tests, each reached with keys.
enum Scenes {
    /// The start screen with non-ASCII names typed and the mode row focused.
    static func start() -> InterviewHarness {
        let harness = InterviewHarness()
        harness.type("Zürich Zahnärzte 東京")
        harness.press(.enter)
        harness.type("Zoë Ñúñez")
        harness.press(.enter)
        return harness
    }

    /// The start screen offering two drafts.
    static func startWithDrafts() -> InterviewHarness {
        let first = TestQuestionnaire.assessment(
            id: "draft-7", organization: "Northwind Freight",
            answers: ["it-team": AnswerRecord(response: .choice("team")), "sites": AnswerRecord(response: .number(1))])
        let second = TestQuestionnaire.assessment(id: "draft-8", organization: "")
        return InterviewHarness(setup: TestQuestionnaire.setup(drafts: [first, second]))
    }

    /// Call mode, some answers given, on the backups question (single choice) with a note and a flag,
    /// the second option highlighted: the live pane has a rating, signals and "ask next".
    static func singleChoiceCall() -> InterviewHarness {
        let harness = InterviewHarness.started(mode: .call)
        harness.press(.character("2"), .character("1"))
        harness.type("4")
        harness.press(.enter, .character("4"))
        harness.type("12")
        harness.press(.enter)
        harness.press(.character("f"), .character("n"))
        harness.type("Restores done by the MSP?")
        harness.press(.enter, .down)
        XCTAssertEqual(harness.questionID, "backups")
        return harness
    }

    /// Self mode, on the multiple-choice question with two options toggled and the third highlighted.
    static func multipleChoiceSelf() -> InterviewHarness {
        let harness = InterviewHarness.started(mode: .self)
        harness.press(.character("3"))
        harness.type("1")
        harness.press(.enter)
        harness.type("12")
        harness.press(.down)
        XCTAssertEqual(harness.questionID, "pain-points")
        return harness
    }

    /// Call mode, the number question after "0" was refused.
    static func numberError() -> InterviewHarness {
        let harness = InterviewHarness.started(mode: .call)
        harness.press(.character("3"))
        harness.type("0")
        harness.press(.enter)
        XCTAssertEqual(harness.questionID, "sites")
        return harness
    }

    /// Self mode, the 1-5 scale with 3 chosen by the arrows but not yet confirmed.
    static func scaleSelf() -> InterviewHarness {
        let harness = InterviewHarness.started(mode: .self)
        harness.press(.character("3"))
        harness.type("3")
        harness.press(.enter, .right, .right, .right)
        XCTAssertEqual(harness.questionID, "site-travel")
        return harness
    }

    /// The review with answered, "don't know", not applicable, unanswered, noted and flagged rows.
    static func review() -> InterviewHarness {
        let harness = InterviewHarness.started(mode: .call)
        harness.press(.character("2"), .character("f"), .character("s"))
        harness.press(.character("d"))
        harness.press(.character("x"))
        harness.press(.character("n"))
        harness.type("Ask about the warehouse")
        harness.press(.enter)
        harness.type("24")
        harness.press(.enter, .character("3"), .character("r"))
        XCTAssertNotNil(harness.reviewFocus)
        return harness
    }

    /// The results of a complete call-mode assessment with a blocker.
    static func results() -> InterviewHarness {
        let harness = InterviewHarness.started(mode: .call)
        harness.press(.character("2"), .character("1"))
        harness.type("4")
        harness.press(.enter, .character("4"))
        harness.type("12")
        harness.press(.enter, .character("3"), .enter)
        harness.type("Zwei Standorte, 東京 too")
        harness.press(.enter)
        XCTAssertTrue(harness.isOnResults)
        return harness
    }

    /// The results with the second signal selected, so the rating and blocker keep their own roles.
    static func resultsWithASignalSelected() -> InterviewHarness {
        let harness = results()
        harness.press(.down, .down, .down)
        return harness
    }

    /// The help overlay over the first question, call mode.
    static func help() -> InterviewHarness {
        let harness = InterviewHarness.started(mode: .call)
        harness.press(.character("?"))
        return harness
    }

    /// The note editor with a long CJK and emoji note, the cursor inside it.
    static func noteEditorCJK() -> InterviewHarness {
        let harness = InterviewHarness.started(mode: .call)
        harness.press(.character("n"))
        harness.type("東京の事務所は三階です。バックアップは毎晩、復元テストは未実施。Call Zoë back about the 2 a.m. pager 👩‍💻 before Friday; 한국 지사도 확인.")
        for _ in 0..<12 { harness.press(.left) }
        return harness
    }

    /// The confirmation when a change sets an answer aside.
    static func confirmChange() -> InterviewHarness {
        let harness = InterviewHarness.started(mode: .call)
        harness.press(.character("2"), .character("2"), .character("["), .character("["), .character("3"))
        return harness
    }

    /// The export screen after switching to JSON.
    static func export() -> InterviewHarness {
        let harness = results()
        harness.press(.character("e"), .up)
        return harness
    }
}
