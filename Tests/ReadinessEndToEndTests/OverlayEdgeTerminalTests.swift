import Foundation
import XCTest

/// A box over the results at 100 columns in a real terminal: the 90-column box is narrower than the
/// window, and nothing of the screen beneath may show beside it (cut-off words, halves of wide characters).
final class OverlayEdgeTerminalTests: XCTestCase {
    func testTheHelpOverResultsWithWideTextLeavesNothingBesideTheBox() throws {
        let data = try TemporaryFolder()
        // Notes that run to the right edge, their wide characters on odd columns for one and even for the other.
        let wide = String(repeating: "夜間は院長が自分で電話を受けています", count: 3)
        try FinishedCall.write(
            into: data, organization: "東京デンタル医院", notes: ["sites": wide, "mfa": "x" + wide, "after-hours": wide])
        let session = try TmuxSession(arguments: ["resume", "call0001"], width: 100, height: 30, dataFolder: data)
        try session.waitFor(text: "f full assessment")
        try session.press("End")
        let beneath = try session.waitFor(text: "Enter shows the reasons")
        XCTAssertTrue(beneath.contains("⚑ Sites: 夜間"), beneath)
        try session.press("?")
        let screen = try session.waitFor(text: "close this help")
        let lines = screen.components(separatedBy: "\n")
        let top = try XCTUnwrap(lines.firstIndex { $0.contains("┌─ Help") }, screen)
        let bottom = try XCTUnwrap(lines.indices.first { $0 > top && lines[$0].contains("└") }, screen)
        for row in (top - 1)...(bottom + 1) {
            let line = lines[row]
            guard let left = line.firstIndex(where: { "┌│└".contains($0) }) else {
                XCTAssertEqual(line.trimmingCharacters(in: .whitespaces), "", "row \(row) just above or below the box:\n\(screen)")
                continue
            }
            let right = line.lastIndex { "┐│┘".contains($0) }!
            XCTAssertEqual(line.distance(from: line.startIndex, to: left), 5, "row \(row):\n\(screen)")
            XCTAssertEqual(line[..<left].trimmingCharacters(in: .whitespaces), "", "left of the box, row \(row):\n\(screen)")
            XCTAssertEqual(line[line.index(after: right)...], "", "right of the box, row \(row):\n\(screen)")
        }
        try session.press("Escape", "q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
