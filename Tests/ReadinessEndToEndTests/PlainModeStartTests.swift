import Foundation
import XCTest

@testable import ReadinessCore

/// How plain mode starts, through the real binary: every way into it (`--plain`, TERM=dumb, a terminal
/// type curses cannot use, standard input that is not a terminal) starts a new assessment by asking for
/// the organization, resumes only when asked and says which draft it resumed, and refuses, with the
/// reason and exit 75 or 74, an assessment whose lock it cannot take.
final class PlainModeStartTests: XCTestCase {
    private let quick = ["--questionnaire", "discovery-quick"]

    /// Saves a draft of "Other Org" with option 2 as the first answer, as a piped script does, and returns its id.
    private func otherOrganizationsDraft(in data: TemporaryFolder) throws -> String {
        let outcome = try ReadinessBinary.run(quick, stdin: "Other Org\nJo\ncall\n2\n", environment: ["READINESS_DATA_DIR": data.url.path])
        XCTAssertEqual(outcome.status, 76, outcome.stderr)
        let saved = try SavedAssessments.all(in: data.url.path, questionnaire: try InterviewDriver.shippedQuestionnaire("discovery-quick"))
        return try XCTUnwrap(saved.keys.first)
    }

    /// Another organization's draft is the newest; plain mode reached by each route answers into a new
    /// assessment of its own and leaves that draft exactly as it was.
    func testEveryWayIntoPlainModeStartsANewAssessmentAndLeavesTheNewestDraftAlone() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let first = try XCTUnwrap(questionnaire.questions.first)
        for (route, environment) in [("an unknown TERM", ["TERM": "no-such-terminal-15"]), ("TERM=dumb", ["TERM": "dumb"])] {
            let data = try TemporaryFolder()
            let draftID = try otherOrganizationsDraft(in: data)
            let before = try String(contentsOfFile: data.path("\(draftID).json"), encoding: .utf8)
            let session = try TmuxSession(arguments: quick, environment: environment, dataFolder: data)
            try session.waitFor(text: "Organization:")
            XCTAssertFalse(try session.screen().contains("Resuming"), route)
            try session.type("Mine Ltd\n")
            try session.waitFor(text: "Assessor")
            try session.type("Jo\n")
            try session.waitFor(text: "Mode, call")
            try session.type("call\n")
            try session.waitFor(text: "Question 1 of")
            try session.type("3\n")
            try session.waitFor(text: "Question 2 of")
            try session.type("q\n")
            XCTAssertEqual(try session.waitForExit(), 0, route)
            XCTAssertEqual(
                try String(contentsOfFile: data.path("\(draftID).json"), encoding: .utf8), before,
                "\(route): the other organization's draft was changed")
            let saved = try SavedAssessments.all(in: data.url.path, questionnaire: questionnaire)
            XCTAssertEqual(saved.count, 2, route)
            let mine = try XCTUnwrap(saved.values.first { $0.organization == "Mine Ltd" }, route)
            XCTAssertEqual(mine.response(to: first.id), .choice(first.options[2].id), route)
        }
    }

    /// A script piped in (standard input not a terminal) on a terminal type curses knows: a new assessment too.
    func testAPipedScriptStartsANewAssessmentWhenDraftsExist() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let data = try TemporaryFolder()
        let draftID = try otherOrganizationsDraft(in: data)
        let before = try String(contentsOfFile: data.path("\(draftID).json"), encoding: .utf8)
        let outcome = try ReadinessBinary.run(
            quick, stdin: "Piped Ltd\nJo\ncall\n1\n", environment: ["READINESS_DATA_DIR": data.url.path, "TERM": "xterm"])
        XCTAssertEqual(outcome.status, 76, outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("Resuming"), outcome.stderr)
        XCTAssertEqual(try String(contentsOfFile: data.path("\(draftID).json"), encoding: .utf8), before)
        XCTAssertEqual(
            try SavedAssessments.all(in: data.url.path, questionnaire: questionnaire).values.map(\.organization).sorted(),
            ["Other Org", "Piped Ltd"])
    }

    /// `resume` in plain mode (here through an unknown TERM) says which draft it opened before it asks anything.
    func testResumingNamesTheDraftBeforeTheFirstQuestion() throws {
        let data = try TemporaryFolder()
        let draftID = try otherOrganizationsDraft(in: data)
        let session = try TmuxSession(arguments: ["resume"], environment: ["TERM": "no-such-terminal-15"], dataFolder: data)
        let screen = try session.waitFor(text: "Question 2 of")
        let total = try InterviewDriver.shippedQuestionnaire("discovery-quick").questions.count
        let named = "Resuming draft \(draftID): Other Org, Co-managed IT discovery call, 1 of \(total) questions answered."
        let announcement = try XCTUnwrap(screen.range(of: named), screen)
        XCTAssertLessThan(announcement.lowerBound, try XCTUnwrap(screen.range(of: "Question 2 of")).lowerBound, screen)
        try session.type("q\n")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    /// A second interview holds the draft: a piped resume, or `--plain` on it, says who holds it, exits 75,
    /// prints no report and changes nothing; the first interview goes on.
    func testALockHeldByAnotherInterviewExits75AndTakesNothing() throws {
        let data = try TemporaryFolder()
        let draftID = try otherOrganizationsDraft(in: data)
        let holder = try TmuxSession(arguments: ["resume", draftID], environment: ["TERM": "dumb"], dataFolder: data)
        try holder.waitFor(text: "Question 2 of")
        let holderID = try XCTUnwrap(try holder.programProcessID())
        let before = try String(contentsOfFile: data.path("\(draftID).json"), encoding: .utf8)
        for arguments in [["resume", draftID], ["resume", draftID, "--plain", "--format", "json"]] {
            let outcome = try ReadinessBinary.run(arguments, stdin: "1\n3\n1\n", environment: ["READINESS_DATA_DIR": data.url.path])
            XCTAssertEqual(outcome.status, 75, "\(arguments): \(outcome.stderr)")
            XCTAssertTrue(
                outcome.stderr.contains("readiness: error: assessment \(draftID) is being edited by process \(holderID)"), outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("nothing was changed; try again when it is closed"), outcome.stderr)
            XCTAssertEqual(outcome.stdout, "", "no report for an assessment that was never opened")
            XCTAssertEqual(
                try String(contentsOfFile: data.path("\(draftID).json"), encoding: .utf8), before,
                "\(arguments): the held draft was changed")
        }
        try holder.type("1\n")
        try holder.waitFor(text: "Question 3 of")
        try holder.type("q\n")
        XCTAssertEqual(try holder.waitForExit(), 0)
        XCTAssertEqual(try SavedAssessments.locks(in: data.url.path), [])
    }

    /// A data folder on a read-only file system: a new assessment cannot take its lock, so the script's
    /// answers are refused with the reason and exit 74, and no blank report is printed.
    func testANewAssessmentInAReadOnlyFolderExits74WithTheReason() throws {
        let fileSystem = try SmallFileSystem()
        try fileSystem.makeReadOnly()
        let outcome = try ReadinessBinary.run(
            quick, stdin: "Read Only Ltd\nJo\ncall\n1\n2\n", environment: ["READINESS_DATA_DIR": fileSystem.url.path])
        XCTAssertEqual(outcome.status, 74, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("Read-only file system; nothing was changed"), outcome.stderr)
        XCTAssertEqual(outcome.stdout, "", "no blank report")
        XCTAssertFalse(outcome.stderr.contains("Question 1 of"), "nothing is asked that could not be kept: \(outcome.stderr)")
    }
}
