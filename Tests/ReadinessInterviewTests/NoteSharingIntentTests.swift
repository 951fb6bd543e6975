import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// `setNoteShared`: what plain mode says after "Share this note with the customer?", through the model's
/// checks and saves like every other intent.
final class NoteSharingIntentTests: XCTestCase {
    func testANoteIsSharedAndTakenBackAndEachChangeIsSaved() {
        let harness = InterviewHarness.started()
        harness.send(.intent(.setNote("Owner on leave in May")))
        harness.send(.intent(.setNoteShared(true)))
        XCTAssertMessage(harness, contains: "The note is shared with the customer.", isError: false)
        XCTAssertEqual(harness.saves.last?.answers["it-team"]?.shareNote, true)
        harness.send(.intent(.setNoteShared(false)))
        XCTAssertMessage(harness, contains: "The note stays internal.", isError: false)
        XCTAssertEqual(harness.saves.last?.answers["it-team"]?.shareNote, false)
        XCTAssertEqual(harness.saves.last?.answers["it-team"]?.note, "Owner on leave in May")
    }

    func testWithoutANoteThereIsNothingToShare() {
        let harness = InterviewHarness.started()
        harness.send(.intent(.setNoteShared(true)))
        XCTAssertMessage(harness, contains: "This question has no note to share.", isError: true)
        XCTAssertTrue(harness.saves.isEmpty)
    }
}
