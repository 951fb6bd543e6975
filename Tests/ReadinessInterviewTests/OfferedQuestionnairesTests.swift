import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// The offered questionnaires are read whole only when needed: a resumed interview's first frames read
/// none, the start screen lists them by title, and each is read when it is started or continued into.
final class OfferedQuestionnairesTests: XCTestCase {
    /// Offered questionnaires that record which were read.
    private final class Reads: @unchecked Sendable {
        private let lock = NSLock()
        private var indices: [Int] = []
        var read: [Int] { lock.withLock { indices } }
        func record(_ index: Int) { lock.withLock { indices.append(index) } }
    }

    private func offered(_ questionnaires: [Questionnaire], reads: Reads) -> OfferedQuestionnaires {
        OfferedQuestionnaires(
            choices: questionnaires.map { OfferedQuestionnaires.Choice(id: $0.id, title: $0.title) },
            read: { index in
                reads.record(index)
                return questionnaires[index]
            })
    }

    func testAResumedDraftDrawsItsQuestionsWithoutReadingAnyOfferedQuestionnaire() {
        let reads = Reads()
        let draft = TestQuestionnaire.assessment(answers: ["it-team": AnswerRecord(response: .choice("team"))])
        var setup = TestQuestionnaire.setup(resume: draft)
        setup.offered = offered([TestQuestionnaire.questionnaire, ContinueTests.full], reads: reads)
        setup.installed = [TestQuestionnaire.questionnaire]
        setup.continuationID = "full-1"
        let harness = InterviewHarness(setup: setup, size: ScreenSize(width: 120, height: 30))
        XCTAssertNotNil(harness.model.session)
        _ = harness.render()
        harness.press(.down, .tab)
        _ = harness.render()
        XCTAssertEqual(reads.read, [], "the questions need only the draft's own questionnaire")
    }

    func testTheResultsReadTheOfferedQuestionnairesToOfferTheFullerOne() {
        let reads = Reads()
        var setup = TestQuestionnaire.setup(resume: ContinueTests.finishedCall())
        setup.offered = offered([TestQuestionnaire.questionnaire, ContinueTests.full], reads: reads)
        setup.installed = [TestQuestionnaire.questionnaire]
        setup.continuationID = "full-1"
        let harness = InterviewHarness(setup: setup, size: ScreenSize(width: 120, height: 30))
        XCTAssertTrue(harness.render().text.contains("f full assessment"), harness.render().text)
        XCTAssertEqual(Set(reads.read), [0, 1], "the results bind f, offered only when a fuller questionnaire is installed")
        XCTAssertEqual(harness.model.continuationTargets.map(\.id), ["interview-full"])
    }

    func testTheStartScreenListsTitlesAndReadsOnlyTheOneStarted() {
        let reads = Reads()
        var setup = TestQuestionnaire.setup()
        setup.offered = offered([TestQuestionnaire.questionnaire, ContinueTests.full], reads: reads)
        let harness = InterviewHarness(setup: setup)
        let screen = harness.render().text
        XCTAssertTrue(screen.contains(TestQuestionnaire.questionnaire.title), screen)
        XCTAssertEqual(reads.read, [])
        harness.type("Acme Dental")
        harness.press(.enter, .enter, .enter, .right)
        XCTAssertTrue(harness.render().text.contains("Full test assessment"), "cycled by title")
        harness.press(.enter, .enter)
        XCTAssertEqual(harness.model.session?.questionnaire.id, "interview-full")
        XCTAssertEqual(Set(reads.read), [1], "only the questionnaire started was read")
    }

    func testAnOfferedQuestionnaireThatDoesNotLoadIsRefusedWhenStartedAndNothingIsSaved() {
        var setup = TestQuestionnaire.setup()
        setup.offered = OfferedQuestionnaires(
            choices: [OfferedQuestionnaires.Choice(id: "broken", title: "Broken")], read: { _ in nil })
        let harness = InterviewHarness(setup: setup)
        harness.type("Acme Dental")
        let effects = harness.press(.enter, .enter, .enter, .enter)
        XCTAssertNil(harness.model.session)
        XCTAssertTrue(effects.isEmpty, "\(effects)")
        XCTAssertEqual(
            harness.model.message?.text,
            "The questionnaire 'broken' cannot be used: its file has problems; 'readiness validate' lists them.")
    }
}
