import ReadinessCore
import ReadinessInterview
import ReadinessTerminal
import XCTest

/// A resumed draft goes on at its open questions; the start offers the assessor remembered from an earlier
/// run; a typed note is asked about before it is shared with the customer.
final class PlainResumeAndStartTests: XCTestCase {
    /// The discovery call with its first five questions answered but the second skipped, as a draft.
    private func draft() throws -> Assessment {
        let run = try PlainRun.run(PlainConversationTests.start + ["2", "s", "1", "2", "2", "q"])
        XCTAssertEqual(run.exit, .quit, run.output.text)
        return try XCTUnwrap(run.services.saved["plain001"])
    }

    func testAResumedDraftGoesOnThroughTheOpenQuestionsOnlyAndBackStillReachesAnAnsweredOne() throws {
        let saved = try draft()
        // The skipped question is answered; the three answered after it are passed over; b goes back to
        // one of them, Enter keeps it, and the next open question is answered.
        let run = try PlainRun.run(["1", "b", "", "2", "q"], resume: saved, services: MemoryServices([saved]))
        XCTAssertEqual(run.exit, .quit, run.output.text)
        let prompts = run.output.conversation.filter { $0.hasPrefix("[") && $0.hasSuffix("] > ") }
        XCTAssertEqual(
            prompts,
            ["[leadership-intent] > ", "[project-delivery] > ", "[documentation-state] > ", "[project-delivery] > ", "[after-hours] > "],
            run.output.text)
        XCTAssertEqual(
            run.output.conversation.filter { $0.hasPrefix("Current answer: ") }.count, 1,
            "only the question gone back to reads its answer: \(run.output.text)")
        XCTAssertTrue(run.output.text.contains("It goes on at the questions not yet answered; b goes back"), run.output.text)
        XCTAssertEqual(run.assessment?.response(to: "leadership-intent"), .choice("keep-control"))
        XCTAssertEqual(run.assessment?.response(to: "documentation-state"), saved.response(to: "documentation-state"))
        XCTAssertNotNil(run.assessment?.response(to: "project-delivery"))
    }

    func testTheRememberedAssessorIsOfferedAndEnterKeepsIt() throws {
        let kept = try PlainRun.run(["Acme Dental", "", "call", "q"], rememberedAssessor: "Sam Rivera")
        XCTAssertTrue(kept.output.conversation.contains("Assessor [Sam Rivera]: "), kept.output.text)
        XCTAssertEqual(kept.assessment?.assessor, "Sam Rivera")

        let other = try PlainRun.run(["Acme Dental", "Jo Admin", "call", "q"], rememberedAssessor: "Sam Rivera")
        XCTAssertEqual(other.assessment?.assessor, "Jo Admin")

        let none = try PlainRun.run(["Acme Dental", "-", "call", "q"], rememberedAssessor: "Sam Rivera")
        XCTAssertEqual(none.assessment?.assessor, "")

        let nothingRemembered = try PlainRun.run(["Acme Dental", "", "call", "q"])
        XCTAssertTrue(nothingRemembered.output.conversation.contains("Assessor (your name, optional): "), nothingRemembered.output.text)
        XCTAssertEqual(nothingRemembered.assessment?.assessor, "")
    }

    func testANoteIsSharedWithTheCustomerOnlyWhenTheAssessorSaysSo() throws {
        let shared = try PlainRun.run(PlainConversationTests.start + ["n", "Owner on leave in May", "y", "2", "q"])
        XCTAssertTrue(shared.output.conversation.contains("Share this note with the customer? (y/N) "), shared.output.text)
        XCTAssertTrue(shared.output.text.contains("The note is shared with the customer."), shared.output.text)
        let record = try XCTUnwrap(shared.services.saved["plain001"]?.answers["internal-it"])
        XCTAssertEqual(record.note, "Owner on leave in May")
        XCTAssertTrue(record.shareNote)
        XCTAssertEqual(record.response, .choice("solo"), "the line after the question answers the question")

        let kept = try PlainRun.run(PlainConversationTests.start + ["n", "Owner on leave in May", "", "2", "q"])
        XCTAssertEqual(kept.services.saved["plain001"]?.answers["internal-it"]?.shareNote, false)
        XCTAssertTrue(kept.output.text.contains("The note stays internal."), kept.output.text)

        // Sharing, then typing the note again and saying no, takes the share back.
        let unshared = try PlainRun.run(PlainConversationTests.start + ["n", "First", "y", "n", "Second", "n", "2", "q"])
        let record2 = try XCTUnwrap(unshared.services.saved["plain001"]?.answers["internal-it"])
        XCTAssertEqual(record2.note, "Second")
        XCTAssertFalse(record2.shareNote)

        // An empty note removes it and asks nothing more.
        let removed = try PlainRun.run(PlainConversationTests.start + ["n", "", "2", "q"])
        XCTAssertFalse(removed.output.conversation.contains("Share this note with the customer? (y/N) "), removed.output.text)
        XCTAssertEqual(removed.assessment?.response(to: "internal-it"), .choice("solo"))
    }
}
