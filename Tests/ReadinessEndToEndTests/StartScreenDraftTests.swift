import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Drafts offered on the full-screen start screen through the real binary in tmux: the list is read at
/// launch, so a draft picked later must be read again and locked, never opened from that old copy.
final class StartScreenDraftTests: XCTestCase {
    /// Five yes/no questions, so a draft can be answered a few questions at a time by a piped script.
    static let questionnaire = yesNoQuestionnaire(version: "1", questions: 5)

    /// `questions` yes/no questions ("Question number 1" ...) in one section, as version `version`.
    static func yesNoQuestionnaire(version: String, questions: Int) -> String {
        """
        id: five-check
        version: "\(version)"
        title: Five questions
        signals:
          - {id: after-hours-gap, title: After-hours gap, weight: 3}
        sections:
          - id: all
            title: All
            questions:
        \((1...questions).map { number in """
              - id: q\(number)
                title: Question number \(number)
                kind: single
                call: {ask: "Is \(number) covered?"}
                self: {ask: "Is \(number) covered?", why: "It matters."}
                options:
                  - {id: "yes", label: Covered}
                  - {id: "no", label: Not covered, signals: {after-hours-gap: 10}}
        """ }.joined(separator: "\n"))
        rating:
          bands:
            - {rating: not-yet, min: 0, max: 49, reason: "Covered."}
            - {rating: good-fit, min: 50, max: 100, reason: "Gaps."}
        areas:
          - {id: monitoring, title: Monitoring, owner: partner, phase: now, reason: Watch it.}

        """
    }

    func testADraftAnsweredElsewhereAfterTheListWasReadOpensWithThoseAnswersAndKeepsThem() throws {
        let fixture = try FiveQuestionWorkspace()
        let id = try fixture.draft()
        let session = try TmuxSession(environment: fixture.environment, dataFolder: fixture.data)
        try session.waitFor(text: "Northwind · Five questions · 1 answered")

        // While the start screen shows the list, another interview answers three more questions.
        let elsewhere = try fixture.plain(["resume", id], lines: ["1", "2", "1"])
        XCTAssertEqual(elsewhere.status, 76, elsewhere.stderr)
        XCTAssertTrue(try fixture.saved(id).contains("\"q4\""))

        try session.press("Enter")
        let opened = try session.waitFor(text: "saved elsewhere since the list was read")
        XCTAssertTrue(opened.contains("Question number 5"), "opens at the first question the saved draft leaves open:\n\(opened)")
        try session.press("2")
        try session.waitFor(text: "SIGNALS")
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        let saved = try fixture.saved(id)
        for question in ["q1", "q2", "q3", "q4", "q5"] {
            XCTAssertTrue(saved.contains("\"\(question)\""), "\(question) was lost:\n\(saved)")
        }
        XCTAssertTrue(saved.contains("\"status\": \"complete\""), saved)
    }

    func testADraftAnotherInterviewHoldsIsRefusedNamingTheHolderAndOpensOnceItIsFree() throws {
        let fixture = try FiveQuestionWorkspace()
        let id = try fixture.draft()
        let session = try TmuxSession(environment: fixture.environment, dataFolder: fixture.data)
        try session.waitFor(text: "Northwind · Five questions · 1 answered")

        // This test process becomes the other editor after the list was read, as README.md's lock format says.
        let descriptor = open(fixture.data.path("\(id).lock"), O_RDWR | O_CREAT, 0o600)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        XCTAssertEqual(flock(descriptor, LOCK_EX | LOCK_NB), 0)
        let record = "{\"pid\": \(getpid()), \"host\": \"laptop\", \"since\": \"2026-09-14T15:00:00Z\"}\n"
        XCTAssertEqual(write(descriptor, record, record.utf8.count), record.utf8.count)

        try session.press("Enter")
        let refused = try session.waitFor(text: "Cannot open this draft")
        XCTAssertTrue(refused.contains("is being edited by process \(getpid()) on laptop"), refused)
        XCTAssertTrue(refused.contains("Start the interview"), "still on the start screen:\n\(refused)")

        flock(descriptor, LOCK_UN)
        try session.press("Enter")
        try session.waitFor(text: "Question number 2")
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
