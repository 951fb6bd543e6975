import Foundation
import ReproducibleRandom
import XCTest

@testable import ReadinessCore

/// SIGKILL at random moments while answers are being saved: every answer the screen showed as accepted
/// must be in the file, and the file must load. Nothing can catch SIGKILL, so this tests the order of
/// the writes themselves (a whole new file beside the old one, then a rename), not a handler. What it
/// cannot test is the flush to the disk: a killed process's writes still reach the disk through the
/// kernel, so only a machine that stops (power loss) would show a missing flush, and no test here can.
final class CrashSafetyTests: XCTestCase {
    /// Kills per run: 30 in `swift test`; set READINESS_KILL_ITERATIONS for a longer run (200 takes about 4 minutes).
    private var iterations: Int {
        ProcessInfo.processInfo.environment["READINESS_KILL_ITERATIONS"].flatMap(Int.init) ?? 30
    }

    func testKillingTheInterviewAtRandomMomentsLosesNoAcceptedAnswer() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("co-managed-readiness")
        var generator = SeededGenerator(seed: 20261129)
        let session = try TmuxSession(arguments: ["--questionnaire", "co-managed-readiness"], width: 110, height: 32)
        let driver = InterviewDriver(session: session, questionnaire: questionnaire)
        var accepted: [String: Response] = [:]
        var kills = 0
        var checkedAnswers = 0
        var assessments = 0
        var needsNewAssessment = true
        var currentID = ""
        while kills < iterations {
            if needsNewAssessment {
                try respawn(session, arguments: ["--questionnaire", "co-managed-readiness"])
                try session.waitFor(text: "Start the interview")
                try session.type("Crash Test \(assessments)")
                try session.press("Enter", "Enter", "Enter")
                if try session.screen().contains("Questionnaire  <") { try session.press("Enter") }
                try session.press("Enter")
                accepted = [:]
                assessments += 1
                needsNewAssessment = false
            } else {
                // By id: the last kill may have landed after the final answer, completing the assessment.
                try respawn(session, arguments: ["resume", currentID])
            }
            // Answer a few questions, each accepted once the screen has moved on, then kill mid-answer.
            let answersBeforeKill = Int.random(in: 0...3, using: &generator)
            var reachedResults = false
            for step in 0...answersBeforeKill {
                let screen = try session.waitFor("a question or the results") {
                    driver.questionOnScreen($0) != nil || $0.contains("SIGNALS")
                }
                if screen.contains("SIGNALS") {
                    reachedResults = true
                    break
                }
                let question = try XCTUnwrap(driver.questionOnScreen(screen))
                let response = InterviewTerminalTests.soloAdmin(question)
                try driver.answer(question, with: response)
                if step == answersBeforeKill {
                    // Kill at a random moment while this answer is being taken and saved.
                    usleep(UInt32.random(in: 0...15_000, using: &generator))
                    break
                }
                try session.waitFor("the screen after \(question.id)") { driver.questionOnScreen($0)?.id != question.id }
                accepted[question.id] = response
            }
            let pid = try XCTUnwrap(try session.programProcessID(), "the program is running")
            kill(pid, SIGKILL)
            _ = try session.waitForExit()
            kills += 1
            // The file loads and holds every accepted answer.
            let file = try XCTUnwrap(try latestAssessmentFile(in: session.dataFolder.url), "an assessment file exists")
            let source = SourceFile(path: file, text: try String(contentsOfFile: file, encoding: .utf8))
            let assessment = try AssessmentFile.decode(source, questionnaire: questionnaire)
            currentID = assessment.id
            for (id, response) in accepted {
                XCTAssertEqual(assessment.response(to: id), response, "kill \(kills): the accepted answer to \(id) was lost")
                checkedAnswers += 1
            }
            if reachedResults { needsNewAssessment = true }
        }
        print(
            "CrashSafetyTests: \(kills) kills over \(assessments) assessments; \(checkedAnswers) accepted answers checked on disk after kills."
        )
    }

    /// Restarts the program in the pane (the killed one left nothing running).
    private func respawn(_ session: TmuxSession, arguments: [String]) throws {
        let command = ([ReadinessBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        // SIGKILL leaves the terminal raw and in the alternate screen (nothing can catch it): the shell
        // resets it before printing the status, so the status line reads whole.
        // The killed program's screen stays in the pane until the new one draws: the shell clears it and
        // pauses first, and the test waits for that blank screen, so it never reads the old screen as new.
        let shell =
            "stty sane; tput rmcup; clear; sleep 0.3; env READINESS_DATA_DIR='\(session.dataFolder.url.path)' LANG=C.UTF-8 LC_ALL=C.UTF-8 \(command); status=$?; stty sane; tput rmcup; echo; echo EXIT=$status; exec sh -i"
        try session.tmux(["respawn-pane", "-k", shell])
        try session.waitFor("the pane to clear") { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    private func latestAssessmentFile(in folder: URL) throws -> String? {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        let paths = names.map { folder.appendingPathComponent($0).path }
        return try paths.max { a, b in
            let left = try FileManager.default.attributesOfItem(atPath: a)[.modificationDate] as? Date ?? .distantPast
            let right = try FileManager.default.attributesOfItem(atPath: b)[.modificationDate] as? Date ?? .distantPast
            return left < right
        }
    }
}
