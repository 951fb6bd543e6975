import ReadinessCore
import ReadinessInterview
import ReadinessTerminal
import XCTest

/// Each answer is confirmed once, before what comes next is said: "Saved: ..." before "Ask next: ..." and
/// before "Finished.", the ending said once, and only choices that can be used offered.
final class PlainConfirmationOrderTests: XCTestCase {
    private let fuller = { try PlainRun.shipped("co-managed-readiness") }

    func testTheLastAnswerIsSavedBeforeTheEndingWhichIsSaidOnceAndOffersFOnlyWhereTheMenuIs() throws {
        let person = try PlainRun.run(
            PlainConversationTests.start + PlainConversationTests.answers + [""], interactive: true, alsoOffered: [try fuller()])
        XCTAssertEqual(person.exit, .finished, person.output.text)
        let lines = person.output.conversation
        let lastPrompt = try XCTUnwrap(lines.firstIndex(of: "[anything-else] > "), person.output.text)
        let saved = try XCTUnwrap(lines[lastPrompt...].firstIndex { $0.hasPrefix("Saved: ") }, person.output.text)
        let finished = lines.indices.filter { lines[$0].hasPrefix("Finished.") }
        XCTAssertEqual(finished.count, 1, "the ending is said once: \(person.output.text)")
        XCTAssertLessThan(saved, finished[0], "the answer is confirmed first: \(person.output.text)")
        XCTAssertTrue(lines[finished[0]].contains("f continues it in Co-managed IT readiness assessment"), lines[finished[0]])
        XCTAssertTrue(person.output.text.contains("f continue in Co-managed IT readiness assessment, "), "the menu has f")

        let script = try PlainRun.run(PlainConversationTests.start + PlainConversationTests.answers, alsoOffered: [try fuller()])
        XCTAssertEqual(script.exit, .finished, script.output.text)
        let ending = script.output.conversation.filter { $0.hasPrefix("Finished.") }
        XCTAssertEqual(
            ending,
            [
                "Finished. 'readiness resume plain001 --questionnaire co-managed-readiness --plain' continues it in Co-managed IT readiness assessment, asking only what is not yet known."
            ], script.output.text)
        XCTAssertFalse(script.output.text.contains("f continue"), "a script has no f to press: \(script.output.text)")
    }

    func testAnAnswerReachedWithAskNextIsSavedBeforeTheNextAskNextIsNamed() throws {
        let run = try PlainRun.run(PlainConversationTests.start + ["2", "a", "1", "q"])
        let lines = run.output.conversation
        let asked = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Ask next: ") }, run.output.text)
        // The question `a` went to is answered with 1: its confirmation comes before the next "Ask next".
        let answered = try XCTUnwrap(lines[(asked + 1)...].firstIndex { $0.hasPrefix("Saved: ") }, run.output.text)
        let nextAsk = try XCTUnwrap(lines[(asked + 1)...].firstIndex { $0.hasPrefix("Ask next: ") }, run.output.text)
        XCTAssertLessThan(answered, nextAsk, run.output.text)
    }

    func testTheSameAnswerGivenAgainIsConfirmed() throws {
        // Answer the first question, go back, give the same answer again.
        let run = try PlainRun.run(PlainConversationTests.start + ["2", "b", "2", "q"])
        let said = "One person: a solo administrator or IT manager who does everything."
        let confirmations = run.output.conversation.filter { $0.hasSuffix(said) }
        XCTAssertEqual(confirmations, ["Saved: \(said)", "Kept: \(said)"], run.output.text)
    }
}
