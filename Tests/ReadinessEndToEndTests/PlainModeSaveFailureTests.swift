import Foundation
import XCTest

@testable import ReadinessCore

/// Plain mode when the data folder refuses a save (a real full tmpfs): it says so at once with the
/// reason, keeps the answers and goes on asking, saves everything with the next answer once there is
/// room, and otherwise ends with exit 74 naming what was not saved, offering to write it elsewhere.
final class PlainModeSaveFailureTests: XCTestCase {
    private let quick = ["--questionnaire", "discovery-quick"]

    /// Starts plain mode on a terminal (TERM=dumb) with its data on `fileSystem` and answers question 1.
    private func startAndAnswerFirst(on fileSystem: SmallFileSystem, organization: String) throws -> TmuxSession {
        let session = try TmuxSession(
            arguments: quick, width: 250, height: 50, environment: ["TERM": "dumb", "READINESS_DATA_DIR": fileSystem.url.path])
        try session.waitFor(text: "Organization:")
        try session.type("\(organization)\nJo\ncall\n")
        try session.waitFor(text: "Question 1 of")
        try session.type("2\n")
        try session.waitFor(text: "Question 2 of")
        return session
    }

    func testAFailedSaveIsSaidAtOnceAndTheNextAnswerSavesEverythingOnceThereIsRoom() throws {
        let fileSystem = try SmallFileSystem()
        let session = try startAndAnswerFirst(on: fileSystem, organization: "Full Disk Co")
        fileSystem.fill()
        try session.type("1\n")
        let screen = try session.waitFor(text: "Question 3 of")
        XCTAssertTrue(screen.contains("Could not save: "), screen)
        // The reason before the path, which is long.
        XCTAssertTrue(screen.contains("Could not save: cannot write it: No space left on device ("), screen)
        XCTAssertTrue(screen.contains(".json). The answers are kept here, and saving is tried again with each answer."), screen)
        XCTAssertFalse(screen.contains("saved."), "nothing claims to be saved: \(screen)")
        fileSystem.makeRoom()
        try session.type("3\n")
        try session.waitFor(text: "Saved: every answer so far is on disk again.")
        try session.waitFor(text: "Question 4 of")
        try session.type("q\n")
        XCTAssertEqual(try session.waitForExit(), 0)
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let saved = try XCTUnwrap(try SavedAssessments.all(in: fileSystem.url.path, questionnaire: questionnaire).values.first)
        XCTAssertEqual(
            saved.answers.values.filter { $0.response != nil }.count, 3,
            "the answer given while the disk was full is on disk too: \(saved.answers)")
    }

    func testLeavingWhileTheDiskIsFullExits74NamingWhatIsNotSavedAndWritesACopyWhereTold() throws {
        let fileSystem = try SmallFileSystem()
        let elsewhere = try TemporaryFolder()
        let session = try startAndAnswerFirst(on: fileSystem, organization: "Still Full Co")
        fileSystem.fill()
        try session.type("1\n")
        try session.waitFor(text: "Question 3 of")
        try session.type("q\n")
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let id = try XCTUnwrap(try SavedAssessments.all(in: fileSystem.url.path, questionnaire: questionnaire).keys.first)
        try session.waitFor(text: "Not saved: assessment \(id) (Still Full Co): What leadership wants to keep (answer). Why: ")
        try session.waitFor(text: "Write it to another file (type a path), - to print it here, or Enter to leave without it:")
        // A path on the full disk fails with the reason, and is asked again.
        try session.type(fileSystem.path("copy.json") + "\n")
        try session.waitFor(text: "Could not write it there: ")
        let copy = elsewhere.path("copy.json")
        try session.type(copy + "\n")
        try session.waitFor(text: "Wrote \(copy); 'readiness import \(copy)' adds it to the saved assessments.")
        XCTAssertEqual(try session.waitForExit(), 74)
        // Joined: the error line is longer than the window.
        let screen = try session.tmux(["capture-pane", "-p", "-J"])
        XCTAssertTrue(
            screen.contains(
                "readiness: error: could not save assessment \(id) (Still Full Co): What leadership wants to keep (answer). Why: "), screen)
        XCTAssertTrue(
            screen.contains(
                "No space left on device (\(fileSystem.url.path)/\(id).json). The rest is saved; 'readiness resume \(id) --plain' goes on from there."
            ), screen)
        XCTAssertFalse(screen.contains("Saved assessment"), "never 'Saved' for what was not")
        let onDisk = try XCTUnwrap(try SavedAssessments.all(in: fileSystem.url.path, questionnaire: questionnaire)[id])
        XCTAssertEqual(onDisk.answers.values.filter { $0.response != nil }.count, 1)
        let copied = try AssessmentFile.decode(
            SourceFile(path: copy, text: try String(contentsOfFile: copy, encoding: .utf8)), questionnaire: questionnaire)
        XCTAssertEqual(copied.answers.values.filter { $0.response != nil }.count, 2, "the copy holds both answers")
        XCTAssertEqual(try SavedAssessments.locks(in: fileSystem.url.path), [], "the lock is released")
    }

    /// "-" at the offer prints the assessment file, which `import` reads back with every answer.
    func testTheUnsavedAssessmentCanBePrintedInstead() throws {
        let fileSystem = try SmallFileSystem()
        let session = try startAndAnswerFirst(on: fileSystem, organization: "Print Co")
        fileSystem.fill()
        try session.type("1\n")
        try session.waitFor(text: "Question 3 of")
        try session.type("q\n")
        try session.waitFor(text: "or Enter to leave without it:")
        // "--" first: tmux would read a lone "-" as an option of send-keys.
        try session.tmux(["send-keys", "-l", "--", "-"])
        try session.press("Enter")
        try session.waitFor(text: "Printed above; 'readiness import FILE' adds a copy of it to the saved assessments.")
        XCTAssertEqual(try session.waitForExit(), 74)
        let printed = try session.tmux(["capture-pane", "-p", "-J", "-S", "-200"])
        let start = try XCTUnwrap(printed.range(of: "{\n")?.lowerBound, printed)
        let end = try XCTUnwrap(printed.range(of: "\n}\n", range: start..<printed.endIndex)?.upperBound, printed)
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let copy = try AssessmentFile.decode(SourceFile(path: "printed", text: String(printed[start..<end])), questionnaire: questionnaire)
        XCTAssertEqual(copy.organization, "Print Co")
        XCTAssertEqual(copy.answers.values.filter { $0.response != nil }.count, 2)
    }

    /// A script on a folder with room for the lock and nothing else: every save fails, the script goes on,
    /// and the run ends with 74 naming what was never saved; nothing says "saved".
    func testAScriptWhoseSavesAllFailGoesOnAndExits74() throws {
        let fileSystem = try SmallFileSystem(files: 2)
        let outcome = try ReadinessBinary.run(
            quick, stdin: "Script Co\nJo\ncall\n2\n1\n", environment: ["READINESS_DATA_DIR": fileSystem.url.path])
        XCTAssertEqual(outcome.status, 74, outcome.stderr)
        XCTAssertEqual(outcome.stderr.components(separatedBy: "Could not save: ").count - 1, 1, "said once: \(outcome.stderr)")
        XCTAssertEqual(
            outcome.stderr.components(separatedBy: "Still not saved: ").count - 1, 2, "and again for each answer: \(outcome.stderr)")
        XCTAssertTrue(outcome.stderr.contains("Question 3 of"), "the script goes on: \(outcome.stderr)")
        XCTAssertTrue(outcome.stderr.contains("Input ended.\n"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("readiness: error: could not save assessment "), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("(Script Co) with its 2 answers (it was never saved). Why: "), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("are saved"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("Saved assessment"), outcome.stderr)
    }
}
