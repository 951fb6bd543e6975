import Foundation
import XCTest

@testable import ReadinessCore

/// Nothing typed in the full-screen interview is lost, misapplied or claimed as saved when it was not:
/// letters typed into a number, signals mid-typing, a hang-up during the exit, and a full disk. The real
/// binary in tmux, with the files on disk checked.
final class InterviewDataSafetyTests: XCTestCase {
    private let quick = ["--questionnaire", "discovery-quick"]

    /// Starts an interview and answers the first two questions, which leads to the number question "Sites".
    private func startAtSites(_ session: TmuxSession, organization: String) throws {
        try session.startNewAssessment(organization: organization)
        try session.waitFor(text: "1. Internal IT team")
        try session.press("2")
        try session.waitFor(text: "2. What leadership wants to keep")
        try session.press("1")
        try session.waitFor(text: "3. Sites")
    }

    /// "70 staff" then Enter in a number: s, a and the other letters neither skip, jump nor mark anything,
    /// and Enter saves 70 instead of choosing an option of some other question.
    func testLettersTypedIntoANumberAreRefusedAndEnterSavesTheNumber() throws {
        let session = try TmuxSession(arguments: quick)
        try startAtSites(session, organization: "Typing Co")
        try session.type("70 staff")
        let refused = try session.waitFor(text: "'f' is not part of a number")
        XCTAssertTrue(refused.contains("3. Sites"), refused)
        XCTAssertTrue(refused.contains("[70 "), "the number keeps what was typed: \(refused)")
        XCTAssertTrue(refused.contains("Esc clear"), "the help bar says how to close the field: \(refused)")
        try session.press("Enter")
        try session.waitFor(text: "4. Support at other sites")
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        let saved = try XCTUnwrap(try session.savedAssessments().values.first)
        XCTAssertEqual(saved.response(to: "sites"), .number(70))
        XCTAssertEqual(Set(saved.answers.keys), ["internal-it", "leadership-intent", "sites"], "only the answers given: \(saved.answers)")
        XCTAssertFalse(saved.answers.values.contains { $0.flagged }, "nothing flagged by a typed f")
    }

    /// SIGQUIT (Ctrl-\) while a note is typed: no "Program crashed", no wait; the note is kept, the
    /// terminal restored, the lock released, exit 131. Esc on the typed note asked first.
    func testSIGQUITWhileANoteIsTypedKeepsItRestoresTheTerminalAndExits131() throws {
        let session = try TmuxSession(arguments: quick)
        try startAtSites(session, organization: "Quit Signal Co")
        try session.press("n")
        try session.waitFor(text: "Note: Sites")
        try session.type("two more clinics in May")
        try session.press("Escape")
        try session.waitFor(text: "Discard what you typed?")
        try session.press("n")
        try session.waitFor(text: "Enter saves")
        kill(try XCTUnwrap(try session.programProcessID()), SIGQUIT)
        XCTAssertEqual(try session.waitForExit(timeout: 10), 131)
        let screen = try session.screen()
        XCTAssertFalse(screen.contains("crashed"), screen)
        XCTAssertTrue(screen.contains("The note being typed for 'Sites' was saved."), screen)
        XCTAssertEqual(try session.paneFormat("#{alternate_on}"), "0", "the alternate screen was left")
        let saved = try XCTUnwrap(try session.savedAssessments().values.first)
        XCTAssertEqual(saved.answers["sites"]?.note, "two more clinics in May")
        XCTAssertEqual(try session.dataFiles(endingWith: ".lock"), [])
    }

    /// SIGTERM while a number is typed: it is kept as the answer, flagged for review since nobody
    /// confirmed it, and the exit message says so instead of a bare "Saved".
    func testSIGTERMWhileANumberIsTypedKeepsItFlaggedAndSaysSo() throws {
        let session = try TmuxSession(arguments: quick)
        try startAtSites(session, organization: "Term Signal Co")
        try session.type("12")
        try session.waitFor(text: "[12")
        kill(try XCTUnwrap(try session.programProcessID()), SIGTERM)
        XCTAssertEqual(try session.waitForExit(), 143)
        let screen = try session.screen()
        XCTAssertTrue(screen.contains("'12 sites' for 'Sites' was saved, flagged for review: it was not confirmed."), screen)
        let saved = try XCTUnwrap(try session.savedAssessments().values.first)
        XCTAssertEqual(saved.answers["sites"], AnswerRecord(response: .number(12), flagged: true))
    }

    /// A hang-up keeps coming while the interview is on its way out (the terminal's SIGHUP, then the
    /// shell's, ...): the process is never killed half-way. It finishes its exit path, says what it
    /// saved, releases its lock and exits 129.
    func testHangUpSignalsDuringTheExitNeverKillItOrLeaveTheLock() throws {
        let session = try TmuxSession(arguments: quick)
        try startAtSites(session, organization: "Hang-up Co")
        let pid = try XCTUnwrap(try session.programProcessID())
        // Signals until the process is gone, so some arrive during every step of the exit path.
        let storm = Thread {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, kill(pid, SIGHUP) == 0 { usleep(500) }
        }
        storm.start()
        XCTAssertEqual(try session.waitForExit(), 129)
        let screen = try session.waitFor(text: "Saved assessment")
        XCTAssertTrue(screen.contains("(draft)"), screen)
        XCTAssertEqual(try session.dataFiles(endingWith: ".lock"), [], "the editing lock is released")
        let saved = try XCTUnwrap(try session.savedAssessments().values.first)
        XCTAssertEqual(saved.response(to: "internal-it"), .choice("solo"))
    }

    // MARK: - A full disk

    /// The disk fills mid-interview: the failure is on screen at once and stays, the answers stay in the
    /// window, the next change after space is freed saves them all; q asks while they are not saved, and
    /// leaving without them exits 74 and says so.
    func testAFullDiskIsShownRetriedAndAskedAboutAndLeavingWithoutTheAnswersExits74() throws {
        let disk = try SmallFileSystem(kilobytes: 256)
        let session = try TmuxSession(arguments: quick, dataFolder: disk.folder)
        try startAtSites(session, organization: "Full Disk Co")
        disk.fill()
        try session.type("3")
        try session.press("Enter")
        let failed = try session.waitFor(text: "No space left on device")
        XCTAssertTrue(failed.contains("NOT SAVED"), failed)
        XCTAssertTrue(failed.contains("4. Support at other sites"), "the interview goes on: \(failed)")
        XCTAssertNil(try XCTUnwrap(try session.savedAssessments().values.first).response(to: "sites"))
        // Space again: the next change saves everything the window held.
        disk.makeRoom()
        try session.press("f")
        try session.waitFor(text: "Saved: every answer is on disk again.")
        XCTAssertEqual(try XCTUnwrap(try session.savedAssessments().values.first).response(to: "sites"), .number(3))
        // Full again: q asks, n stays, y leaves without the last change, exit 74.
        disk.fill()
        try session.press("f")
        try session.waitFor(text: "NOT SAVED")
        try session.press("q")
        try session.waitFor(text: "Your answers are not saved")
        try session.press("n")
        try session.waitFor("the question to close") { !$0.contains("Your answers are not saved") }
        try session.press("q")
        try session.waitFor(text: "y leave without them")
        try session.press("y")
        XCTAssertEqual(try session.waitForExit(), 74)
        let screen = try session.screen()
        XCTAssertTrue(screen.contains("the last changes were not saved"), screen)
        XCTAssertEqual(try session.dataFiles(endingWith: ".lock"), [], "the editing lock is released")
    }

    /// While saving fails, q then w writes the answers where the user types, as an assessment file that
    /// `report` reads; then q leaves (exit 74) naming the copy.
    func testTheAnswersCanBeWrittenElsewhereWhenTheDiskIsFull() throws {
        let disk = try SmallFileSystem(kilobytes: 256)
        let elsewhere = try TemporaryFolder()
        let session = try TmuxSession(arguments: quick, dataFolder: disk.folder)
        try startAtSites(session, organization: "Copy Co")
        disk.fill()
        try session.type("4")
        try session.press("Enter")
        try session.waitFor(text: "NOT SAVED")
        try session.press("q")
        try session.waitFor(text: "w write them to a file")
        try session.press("w")
        try session.waitFor(text: "Write the answers to")
        try session.press("C-u")
        let copy = elsewhere.path("copy co.json")
        try session.type(copy)
        try session.press("Enter")
        try session.waitFor(text: "Wrote \(copy).")
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 74)
        let screen = try session.printedLines()
        XCTAssertTrue(screen.contains("the answers were written to \(copy)"), screen)
        let report = try ReadinessBinary.run(["report", copy])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("Copy Co"), report.stdout)
        let attributes = try FileManager.default.attributesOfItem(atPath: copy)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "owner-only, like every file the program writes")
        let text = try String(contentsOfFile: copy, encoding: .utf8)
        XCTAssertTrue(text.contains("\"sites\""), text)
    }
}
