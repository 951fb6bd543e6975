import Foundation
import XCTest

/// The interview reads `interview.conf` with the same `key = value` reader as `report.conf`: a known key
/// fills the start screen, and every line it cannot use is named with its place on standard error.
final class InterviewConfigTests: XCTestCase {
    func testTheRememberedAssessorFillsTheStartScreenAndBadLinesAreNamed() throws {
        let data = try TemporaryFolder()
        let path = try data.write(
            ".config/readiness/interview.conf", "# remembered\nassessor = Ana Müller\nno equals sign\nlive-pane = maybe\ncolour = blue\n")
        let session = try TmuxSession(arguments: ["--questionnaire", "discovery-quick"], dataFolder: data)
        let start = try session.waitFor(text: "Start the interview")
        XCTAssertTrue(start.contains("Ana Müller"), start)
        try session.press("C-c")
        _ = try session.waitForExit()
        let printed = try session.printedLines()
        for problem in [
            "readiness: \(path):3: expected 'key = value', found 'no equals sign'; ignored.",
            "readiness: \(path):4: live-pane is 'hidden' or 'shown', not 'maybe'; ignored.",
            "readiness: \(path):5: unknown key 'colour' (known: assessor, live-pane); ignored.",
        ] {
            XCTAssertTrue(printed.contains(problem), "\(problem)\n\(printed)")
        }
    }
}
