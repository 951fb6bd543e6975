import Foundation
import XCTest

/// What the full screen remembers between runs, through the real binary: two runs share one data folder
/// and one private XDG_CONFIG_HOME (the data folder's `.config`, see `TmuxSession`), never the user's.
final class InterviewPreferencesTerminalTests: XCTestCase {
    private func configFile(_ data: TemporaryFolder) -> String { data.path(".config/readiness/interview.conf") }

    func testTheAssessorOfANewAssessmentFillsTheNextStartScreen() throws {
        let data = try TemporaryFolder()
        let first = try TmuxSession(arguments: ["--questionnaire", "discovery-quick"], dataFolder: data)
        try first.startNewAssessment(organization: "Acme Dental", assessor: "Ana Müller")
        try first.waitFor(text: "1. Internal IT team")
        try first.press("q")
        XCTAssertEqual(try first.waitForExit(), 0)
        XCTAssertTrue(try String(contentsOfFile: configFile(data), encoding: .utf8).contains("assessor = Ana Müller"))

        // The next run, with no --assessor: the name is there, and Enter from the organization goes to Start.
        let second = try TmuxSession(arguments: ["--questionnaire", "discovery-quick"], dataFolder: data)
        let start = try second.waitFor(text: "Start the interview")
        XCTAssertTrue(start.contains("Assessor       Ana Müller"), start)
        try second.type("Globex")
        try second.press("Enter")
        // The cursor sits on the focused row: Start, after one Enter.
        let onStart = try second.waitFor("the cursor on Start") { screen in
            let row = screen.components(separatedBy: "\n").firstIndex { $0.contains("[ Start the interview ]") }
            return row.map(String.init) == (try? second.paneFormat("#{cursor_y}"))
        }
        XCTAssertTrue(onStart.contains("Organization   Globex"), onStart)
        try second.press("Enter")
        try second.waitFor(text: "1. Internal IT team")
        try second.press("q")
        XCTAssertEqual(try second.waitForExit(), 0)
        let saved = try second.savedAssessments().values.map { "\($0.organization): \($0.assessor)" }.sorted()
        XCTAssertEqual(saved, ["Acme Dental: Ana Müller", "Globex: Ana Müller"])

        // --assessor still wins over what was remembered.
        let third = try TmuxSession(arguments: ["--questionnaire", "discovery-quick", "--assessor", "Bo Lind"], dataFolder: data)
        let prefilled = try third.waitFor(text: "Start the interview")
        XCTAssertTrue(prefilled.contains("Assessor       Bo Lind"), prefilled)
        try third.press("C-c")
        _ = try third.waitForExit()
    }

    func testAPaneHiddenWithPStaysHiddenAfterResumeUntilShownAgain() throws {
        let data = try TemporaryFolder()
        let first = try TmuxSession(arguments: ["--questionnaire", "discovery-quick", "--mode", "call"], dataFolder: data)
        try first.startNewAssessment(organization: "Acme Dental")
        try first.waitFor(text: "SO FAR")
        try first.press("p")
        try first.waitFor("the pane to hide") { !$0.contains("SO FAR") && $0.contains("1. Internal IT team") }
        try first.press("2")
        try first.waitFor(text: "2. What leadership wants to keep")
        try first.press("q")
        XCTAssertEqual(try first.waitForExit(), 0)
        XCTAssertTrue(try String(contentsOfFile: configFile(data), encoding: .utf8).contains("live-pane = hidden"))
        let id = try XCTUnwrap(try first.savedAssessments().values.first?.id)

        let resumed = try TmuxSession(arguments: ["resume", id], dataFolder: data)
        let screen = try resumed.waitFor(text: "2. What leadership wants to keep")
        XCTAssertFalse(screen.contains("SO FAR"), "the pane stays hidden:\n\(screen)")
        try resumed.press("p")
        try resumed.waitFor(text: "SO FAR")
        try resumed.press("q")
        XCTAssertEqual(try resumed.waitForExit(), 0)
        XCTAssertTrue(try String(contentsOfFile: configFile(data), encoding: .utf8).contains("live-pane = shown"))

        let again = try TmuxSession(arguments: ["resume", id], dataFolder: data)
        try again.waitFor(text: "SO FAR")
        try again.press("q")
        XCTAssertEqual(try again.waitForExit(), 0)
    }
}
