import Foundation
import ReproducibleRandom
import XCTest

@testable import ReadinessCore

/// Terminals that fight back, through the real binary in tmux: unknown and broken terminal types, a dumb
/// terminal, a C locale, 1x1 and 10000x10000 windows, a resize storm, standard input closed or ending
/// mid-interview, and the terminal vanishing. Each ends in a clear message or a working degraded mode,
/// with the answers so far saved, the terminal restored and no process left behind.
final class HostileTerminalTests: XCTestCase {
    private let quick = ["--questionnaire", "discovery-quick"]

    // MARK: - Terminal types

    /// A TERM nobody knows: a message naming it, then the same interview line by line.
    func testAnUnknownTerminalTypeSaysSoAndContinuesLineByLine() throws {
        let session = try TmuxSession(arguments: quick, environment: ["TERM": "no-such-terminal-9"])
        try session.waitFor(text: "cannot use the terminal type 'no-such-terminal-9'")
        try answerPlainly(session, organization: "Unknown Term Ltd")
        try assertQuitsAndSaves(session, organization: "Unknown Term Ltd", answers: 1)
    }

    /// A real terminal type whose terminfo entry is not installed here (`xterm-kitty`, looked up in an
    /// empty private terminfo folder first), and a TERM that is not set at all.
    func testAMissingTerminfoEntryOrNoTERMFallsBackToLineByLine() throws {
        let folder = try TemporaryFolder()
        let missing = try TmuxSession(
            arguments: quick, environment: ["TERM": "xterm-kitty", "TERMINFO": folder.url.path, "TERMINFO_DIRS": folder.url.path])
        let screen = try missing.waitFor(text: "Organization:")
        guard screen.contains("cannot use the terminal type 'xterm-kitty'") else {
            throw XCTSkip("this system has a terminfo entry for xterm-kitty, so it is not missing here")
        }
        try answerPlainly(missing, organization: "Kitty Co")
        try assertQuitsAndSaves(missing, organization: "Kitty Co", answers: 1)

        let unset = try TmuxSession(arguments: quick, unsetting: ["TERM"])
        try unset.waitFor(text: "cannot use the terminal type '(unset)'")
        try answerPlainly(unset, organization: "No Term Co")
        try assertQuitsAndSaves(unset, organization: "No Term Co", answers: 1)
    }

    /// A terminfo entry that exists but is garbage: curses refuses it, and so the interview goes line by line.
    func testACorruptTerminfoEntryFallsBackToLineByLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("r/readiness-corrupt", String(repeating: "\u{1A}\u{01}garbage", count: 40))
        let session = try TmuxSession(arguments: quick, environment: ["TERM": "readiness-corrupt", "TERMINFO": folder.url.path])
        try session.waitFor(text: "cannot use the terminal type 'readiness-corrupt'")
        try answerPlainly(session, organization: "Corrupt Co")
        try assertQuitsAndSaves(session, organization: "Corrupt Co", answers: 1)
    }

    /// TERM=dumb: line by line from the start, with no escape sequences at all.
    func testADumbTerminalGetsPlainLinesWithoutEscapes() throws {
        let session = try TmuxSession(arguments: quick, environment: ["TERM": "dumb"])
        try answerPlainly(session, organization: "Dumb Terminal Co")
        let coloured = try session.tmux(["capture-pane", "-p", "-e"])
        XCTAssertFalse(coloured.contains("\u{1B}["), "no escape sequences on a dumb terminal:\n\(coloured)")
        XCTAssertEqual(try session.paneFormat("#{alternate_on}"), "0", "no alternate screen")
        try assertQuitsAndSaves(session, organization: "Dumb Terminal Co", answers: 1)
    }

    // MARK: - Locale

    /// LANG=C and LC_ALL=POSIX: the full screen in ASCII only, and it still works, typed UTF-8 included.
    func testACLocaleDrawsASCIIAndStillWorks() throws {
        let session = try TmuxSession(arguments: quick, environment: ["LANG": "C", "LC_ALL": "POSIX"])
        let driver = InterviewDriver(session: session, questionnaire: try InterviewDriver.shippedQuestionnaire("discovery-quick"))
        let start = try session.waitFor(text: "Start the interview")
        XCTAssertTrue(start.contains("(*) discovery call"), start)
        try startNewAssessment(session, organization: "Zürich Dental")
        let first = try session.waitFor("a question") { driver.questionOnScreen($0) != nil }
        XCTAssertTrue(first.contains("Section 1/"), first)
        let drawn = first.replacingOccurrences(of: "Zürich Dental", with: "")
        XCTAssertTrue(drawn.unicodeScalars.allSatisfy(\.isASCII), "only ASCII drawn in a C locale:\n\(first)")
        let question = try XCTUnwrap(driver.questionOnScreen(first))
        try driver.answer(question, with: InterviewTerminalTests.soloAdmin(question))
        try session.waitFor("the next question") { driver.questionOnScreen($0)?.id != question.id }
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        try assertTerminalRestored(session)
        let saved = try savedAssessment(session)
        XCTAssertEqual(saved.organization, "Zürich Dental", "typed UTF-8 is kept whatever the locale")
        XCTAssertNotNil(saved.response(to: question.id))
    }

    // MARK: - Sizes

    /// 1x1 from the start: nothing can be drawn, yet the program is alive, says what it needs once there
    /// is room, quits with q, and works normally once the window is usable.
    func testAOneByOneWindowWaitsForRoomAndQuits() throws {
        let session = try TmuxSession(arguments: quick, width: 1, height: 1)
        try waitUntilRunning(session)
        try session.resize(width: 44, height: 6)
        try session.waitFor(text: "Terminal too small: 44x6")
        try session.resize(width: 100, height: 30)
        try startNewAssessment(session, organization: "Tiny Window Co")
        try session.waitFor(text: "Section 1/")
        try session.resize(width: 1, height: 1)
        try session.resize(width: 30, height: 4)
        try session.waitFor(text: "30x4")
        try session.resize(width: 1, height: 1)
        let pid = try XCTUnwrap(try session.programProcessID())
        try session.press("q")
        XCTAssertTrue(waitUntilGone(pid, timeout: 5), "q quits at 1x1")
        // One column wraps every character of the status line: read it from the history once the window
        // is wide again.
        try session.resize(width: 100, height: 30)
        try session.waitFor("the exit status") { _ in ((try? session.tmux(["capture-pane", "-p", "-S", "-100"])) ?? "").contains("EXIT=0") }
        try assertTerminalRestored(session)
    }

    /// 10000x10000 (tmux's own maximum, which it does allow): the interview draws in the top-left
    /// 1000x500 of it, stays small in memory and responsive, and is whole again at a normal size.
    func testAHugeWindowIsDrawnInItsCornerWithinMemory() throws {
        let session = try TmuxSession(arguments: quick, width: 10000, height: 10000)
        XCTAssertEqual(try session.paneFormat("#{window_width}x#{window_height}"), "10000x10000", "tmux allows 10000x10000")
        try session.waitFor("the start screen", timeout: 30) { _ in
            ((try? session.tmux(["capture-pane", "-p", "-E", "12"])) ?? "").contains("Start the interview")
        }
        let pid = try XCTUnwrap(try session.programProcessID())
        XCTAssertLessThan(residentMegabytes(pid), 400, "the interview keeps a capped screen, not 10000x10000")
        try startNewAssessment(session, organization: "Huge Window Co", screen: { try session.tmux(["capture-pane", "-p", "-E", "20"]) })
        try session.waitFor("the first question at the huge size", timeout: 30) { _ in
            ((try? session.tmux(["capture-pane", "-p", "-E", "5"])) ?? "").contains("Section 1/")
        }
        // The bottom of the drawing is row 500: the help bar is there, and nothing is drawn below it.
        let bottom = try session.tmux(["capture-pane", "-p", "-S", "495", "-E", "505"])
        XCTAssertTrue(bottom.contains("? help"), bottom)
        try session.resize(width: 100, height: 30)
        let normal = try session.waitFor(text: "Section 1/")
        XCTAssertEqual(rows(normal).count, 30, normal)
        XCTAssertLessThan(residentMegabytes(pid), 400)
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        try assertTerminalRestored(session)
    }

    /// 200 random sizes as fast as tmux delivers them, mid-question: then the screen is right for the last
    /// size, and answering still works.
    func testAResizeStormEndsWithTheRightScreenAndWorkingInput() throws {
        let session = try TmuxSession(arguments: quick)
        let driver = InterviewDriver(session: session, questionnaire: try InterviewDriver.shippedQuestionnaire("discovery-quick"))
        try startNewAssessment(session, organization: "Storm Co")
        let first = try session.waitFor("the first question") { driver.questionOnScreen($0) != nil }
        let question = try XCTUnwrap(driver.questionOnScreen(first))
        var generator = SeededGenerator(seed: 20_261_129)
        for _ in 0..<200 {
            try session.resize(width: Int.random(in: 1...300, using: &generator), height: Int.random(in: 1...120, using: &generator))
        }
        try session.resize(width: 90, height: 28)
        // Whole at 90x28: 28 rows, the title's right end (the mode and the call timer) in the last column
        // (capture-pane drops the trailing blank), the help bar on the last row.
        let settled = try session.waitFor("the question at 90x28") { screen in
            let lines = rows(screen)
            return driver.questionOnScreen(screen)?.id == question.id && lines.count == 28
                && lines[0].contains("discovery call") && lines[0].count == 89 && lines[27].contains("help")
        }
        XCTAssertFalse(settled.contains("too small"), settled)
        try driver.answer(question, with: InterviewTerminalTests.soloAdmin(question))
        try session.waitFor("the next question") { driver.questionOnScreen($0).map { $0.id != question.id } ?? false }
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        try assertTerminalRestored(session)
        XCTAssertNotNil(try savedAssessment(session).response(to: question.id))
    }

    // MARK: - Input that ends

    /// Standard input is /dev/null: plain mode, which says the input ended, keeps the draft and exits 76.
    func testClosedStandardInputKeepsTheDraftAndExits76() throws {
        let session = try TmuxSession(
            arguments: quick + ["--organization", "Closed Input Co", "--assessor", "Jo", "--mode", "call"], input: .closed)
        let status = try session.waitForExit()
        let screen = try session.screen()
        XCTAssertEqual(status, 76, screen)
        XCTAssertTrue(screen.contains("Input ended; the answers so far are saved."), screen)
        XCTAssertTrue(screen.contains("readiness resume"), screen)
        let saved = try savedAssessment(session)
        XCTAssertEqual(saved.organization, "Closed Input Co")
        XCTAssertEqual(saved.status, .draft)
        XCTAssertNil(try lockFile(session), "the editing lock is released")
    }

    /// A pipe that closes after two answers: both are saved, the run says the input ended and exits 76,
    /// and `resume` picks the draft up at the third question.
    func testAPipeClosingMidInterviewKeepsEveryAnswerGiven() throws {
        let session = try TmuxSession(arguments: quick, input: .pipe("printf 'Piped Co\\nJo\\ncall\\n2\\n1\\n'; sleep 1"))
        XCTAssertEqual(try session.waitForExit(), 76)
        let screen = try session.screen()
        XCTAssertTrue(screen.contains("Input ended; the answers so far are saved."), screen)
        let saved = try savedAssessment(session)
        XCTAssertEqual(saved.organization, "Piped Co")
        XCTAssertEqual(saved.answers.values.filter { $0.response != nil }.count, 2, "\(saved.answers)")
        let resumed = try ReadinessBinary.run(
            ["resume", saved.id, "--plain"], stdin: "q\n", environment: ["READINESS_DATA_DIR": session.dataFolder.url.path])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue((resumed.stdout + resumed.stderr).contains("Question 3 of"), resumed.stdout + resumed.stderr)
    }

    // MARK: - The terminal vanishing

    /// The window closes (an SSH drop: SIGHUP, then end of input) in the full-screen interview: the
    /// process saves, releases its lock and is gone within seconds, and every answer is on disk.
    func testTheTerminalVanishingMidInterviewSavesAndLeavesNoProcess() throws {
        let session = try TmuxSession(arguments: quick)
        let driver = InterviewDriver(session: session, questionnaire: try InterviewDriver.shippedQuestionnaire("discovery-quick"))
        try startNewAssessment(session, organization: "Vanishing Co")
        var answered: [String: Response] = [:]
        for _ in 0..<2 {
            let screen = try session.waitFor("a question") { driver.questionOnScreen($0) != nil }
            let question = try XCTUnwrap(driver.questionOnScreen(screen))
            let response = InterviewTerminalTests.soloAdmin(question)
            try driver.answer(question, with: response)
            try session.waitFor("the next question") { driver.questionOnScreen($0).map { $0.id != question.id } ?? false }
            answered[question.id] = response
        }
        let pid = try XCTUnwrap(try session.programProcessID())
        try session.tmux(["kill-session"])
        XCTAssertTrue(
            waitUntilGone(pid, timeout: 5), "readiness \(pid) is still running after its terminal went away: \(processState(pid) ?? "?")")
        let saved = try savedAssessment(session)
        for (id, response) in answered { XCTAssertEqual(saved.response(to: id), response, "the answer to \(id) was lost") }
        XCTAssertNil(try lockFile(session), "the editing lock is released on the way out")
    }

    /// The same in plain mode (TERM=dumb): SIGHUP ends it at once, every answer given is on disk, and
    /// `resume` goes on from there.
    func testTheTerminalVanishingInPlainModeLeavesAResumableDraft() throws {
        let session = try TmuxSession(arguments: quick, environment: ["TERM": "dumb"])
        try answerPlainly(session, organization: "Vanishing Plain Co")
        let pid = try XCTUnwrap(try session.programProcessID())
        try session.tmux(["kill-session"])
        XCTAssertTrue(
            waitUntilGone(pid, timeout: 5), "readiness \(pid) is still running after its terminal went away: \(processState(pid) ?? "?")")
        let saved = try savedAssessment(session)
        XCTAssertEqual(saved.organization, "Vanishing Plain Co")
        XCTAssertEqual(saved.answers.values.filter { $0.response != nil }.count, 1)
        let resumed = try ReadinessBinary.run(
            ["resume", saved.id, "--plain"], stdin: "q\n", environment: ["READINESS_DATA_DIR": session.dataFolder.url.path])
        XCTAssertEqual(resumed.status, 0, "a dead process's lock is taken over: \(resumed.stderr)")
    }

    /// Ctrl-C and SIGTERM in plain mode end the read, not the process: it says the answers are saved,
    /// names the draft, releases its lock and exits 130 or 143, as the full-screen interview does.
    func testCtrlCAndSIGTERMInPlainModeSayWhatWasSavedAndReleaseTheLock() throws {
        for (name, status) in [("Ctrl-C", Int32(130)), ("SIGTERM", 143)] {
            let session = try TmuxSession(arguments: quick, environment: ["TERM": "dumb"])
            try answerPlainly(session, organization: "Stopped \(name) Co")
            if name == "Ctrl-C" {
                try session.press("C-c")
            } else {
                kill(try XCTUnwrap(try session.programProcessID()), SIGTERM)
            }
            XCTAssertEqual(try session.waitForExit(), status, name)
            let screen = try session.screen()
            XCTAssertTrue(screen.contains("Interrupted; the answers so far are saved."), "\(name):\n\(screen)")
            XCTAssertTrue(screen.contains("Resume with 'readiness resume "), "\(name):\n\(screen)")
            XCTAssertNil(try lockFile(session), "\(name): the editing lock is released")
            XCTAssertEqual(try savedAssessment(session).answers.values.filter { $0.response != nil }.count, 1, name)
        }
    }

    // MARK: - Helpers

    /// The rows of a captured screen (capture-pane ends the last row with a line break too).
    private func rows(_ screen: String) -> [Substring] {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Fills in the start screen and starts the interview.
    private func startNewAssessment(_ session: TmuxSession, organization: String, screen: (() throws -> String)? = nil) throws {
        let read = screen ?? { try session.screen() }
        try session.waitFor("the start screen", timeout: 30) { _ in ((try? read()) ?? "").contains("Start the interview") }
        try session.type(organization)
        try session.press("Enter")
        try session.type("Jo")
        try session.press("Enter", "Enter", "Enter")
        if try read().contains("Questionnaire  <") { try session.press("Enter") }
    }

    /// In plain mode: names the organization, the assessor and the mode, and answers the first question.
    private func answerPlainly(_ session: TmuxSession, organization: String) throws {
        try session.waitFor(text: "Organization:")
        try session.type(organization + "\n")
        try session.waitFor(text: "Assessor")
        try session.type("Jo\n")
        try session.waitFor(text: "Mode, call")
        try session.type("call\n")
        try session.waitFor(text: "Question 1 of")
        try session.type("2\n")
        try session.waitFor(text: "Question 2 of")
    }

    /// Quits plain mode with q: exit 0, the draft saved with the answers given.
    private func assertQuitsAndSaves(_ session: TmuxSession, organization: String, answers: Int) throws {
        try session.type("q\n")
        XCTAssertEqual(try session.waitForExit(), 0)
        try assertTerminalRestored(session)
        let saved = try savedAssessment(session)
        XCTAssertEqual(saved.organization, organization)
        XCTAssertEqual(saved.answers.values.filter { $0.response != nil }.count, answers)
    }

    /// Waits until the program runs in the pane.
    private func waitUntilRunning(_ session: TmuxSession) throws {
        let deadline = Date().addingTimeInterval(15)
        while (try session.programProcessID()) == nil {
            guard Date() < deadline else { throw TmuxSession.TmuxError(message: "the program did not start") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// After the program: the normal screen, a visible cursor, and a shell that echoes in line mode.
    private func assertTerminalRestored(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try session.paneFormat("#{alternate_on}"), "0", "the alternate screen was left", file: file, line: line)
        XCTAssertEqual(try session.paneFormat("#{cursor_flag}"), "1", "the cursor is visible", file: file, line: line)
        try session.type("case \"$(stty -a)\" in *-icanon*|*'-echo '*) echo TTY-BROKEN;; *) echo TTY-SANE;; esac")
        try session.press("Enter")
        let screen = try session.waitFor("the shell's answer", file: file, line: line) {
            $0.contains("TTY-SANE\n") || $0.contains("TTY-BROKEN\n") || $0.hasSuffix("TTY-SANE")
        }
        XCTAssertFalse(screen.contains("TTY-BROKEN\n"), screen, file: file, line: line)
    }

    /// The one assessment saved in the session's data folder, decoded against its questionnaire.
    private func savedAssessment(_ session: TmuxSession) throws -> Assessment {
        let files = try FileManager.default.contentsOfDirectory(atPath: session.dataFolder.url.path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(files.count, 1, "one assessment saved: \(files)")
        let path = session.dataFolder.path(try XCTUnwrap(files.first))
        let source = SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
        return try AssessmentFile.decode(source, questionnaire: try InterviewDriver.shippedQuestionnaire("discovery-quick"))
    }

    /// The editing lock file left in the data folder, if any.
    private func lockFile(_ session: TmuxSession) throws -> String? {
        try FileManager.default.contentsOfDirectory(atPath: session.dataFolder.url.path).first { $0.hasSuffix(".lock") }
    }

    /// The process's state letter from /proc, or nil when there is no such process.
    private func processState(_ pid: Int32) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else {
            return nil
        }
        return stat[stat.index(after: close)...].split(separator: " ").first.map(String.init)
    }

    /// Waits until a process has ended (gone, or a zombie waiting for a parent that reaps nothing).
    private func waitUntilGone(_ pid: Int32, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let state = processState(pid), state != "Z", state != "X" else { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The process's resident memory in megabytes.
    private func residentMegabytes(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
    }
}
