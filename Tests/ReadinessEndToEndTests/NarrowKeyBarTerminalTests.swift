import Foundation
import XCTest

/// The key bar at 70 columns through the real binary in tmux: the start screen keeps its way out.
final class NarrowKeyBarTerminalTests: XCTestCase {
    func testTheStartScreenShowsCtrlCAt70Columns() throws {
        let session = try TmuxSession(arguments: ["--questionnaire", "discovery-quick"], width: 70, height: 24)
        let screen = try session.waitFor(text: "Start the interview")
        XCTAssertTrue(screen.contains("Ctrl-C leave"), screen)
        try session.press("C-c")
        XCTAssertEqual(try session.waitForExit(), 130)
    }
}
