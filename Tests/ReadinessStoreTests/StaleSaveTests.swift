import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// A save refuses to overwrite a file that changed on disk since the editor read or wrote it.
final class StaleSaveTests: XCTestCase {
    func testASaveOverAFileChangedSinceItWasReadIsRefusedAndTheNewerFileKept() throws {
        let folder = try TemporaryFolder()
        let store = FileAssessmentStore(directory: folder.path("data"), questionnaires: QuestionnaireShelf([StoreFixtures.tinyV1]))
        let first = try store.save(StoreFixtures.assessment(id: "edit2222"), expecting: .absent)
        XCTAssertEqual(try store.revision(of: "edit2222"), first)

        // Another program saves three answers meanwhile.
        let theirs = StoreFixtures.assessment(id: "edit2222", answers: StoreFixtures.fullAnswers)
        try store.save(theirs)
        let ours = StoreFixtures.assessment(id: "edit2222", answers: ["sites": AnswerRecord(response: .number(1))])
        XCTAssertThrowsError(try store.save(ours, expecting: first)) { error in
            XCTAssertEqual(
                (error as? StoreError)?.description,
                "\(store.path(of: "edit2222")): the file was changed by another program since this interview read it, and saving now would overwrite that"
            )
        }
        XCTAssertEqual(try store.load("edit2222").answers, theirs.answers, "the newer file is kept")

        // Saving on top of what is there now works, and gives the next revision to expect.
        let now = try store.revision(of: "edit2222")
        let next = try store.save(ours, expecting: now)
        XCTAssertNotEqual(next, now)
        XCTAssertEqual(try store.load("edit2222").answers, ours.answers)
    }

    func testANewAssessmentNeverReplacesAFileThatAppearedAndADeletedOneIsNotRecreated() throws {
        let folder = try TemporaryFolder()
        let store = FileAssessmentStore(directory: folder.path("data"), questionnaires: QuestionnaireShelf([StoreFixtures.tinyV1]))
        try store.save(StoreFixtures.assessment(id: "taken222", answers: StoreFixtures.fullAnswers))
        XCTAssertThrowsError(try store.save(StoreFixtures.assessment(id: "taken222"), expecting: .absent)) { error in
            XCTAssertTrue("\(error)".contains("the file was created by another program"), "\(error)")
        }
        let revision = try store.revision(of: "taken222")
        try store.delete("taken222")
        XCTAssertThrowsError(try store.save(StoreFixtures.assessment(id: "taken222"), expecting: revision)) { error in
            XCTAssertTrue("\(error)".contains("the file was deleted by another program"), "\(error)")
        }
        XCTAssertEqual(try store.revision(of: "taken222"), .absent)
    }
}
