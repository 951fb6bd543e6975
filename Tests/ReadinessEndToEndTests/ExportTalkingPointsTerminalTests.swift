import Foundation
import XCTest

/// The export dialog's copies through the real binary: the talking points reach the file only in the
/// internal copy that asks for them.
final class ExportTalkingPointsTerminalTests: XCTestCase {
    func testTheInternalCopyWithTalkingPointsHoldsThemAndTheOthersDoNot() throws {
        let data = try TemporaryFolder()
        try FinishedCall.write(into: data)
        let session = try TmuxSession(arguments: ["resume", "call0001"], width: 100, height: 30, dataFolder: data)
        try session.waitFor(text: "f full assessment")
        // Tab once: internal; twice: internal with talking points; three times: back to the client copy.
        for (name, tabs) in [("internal.txt", 1), ("points.txt", 2), ("client.txt", 3)] {
            try session.press("e")
            try session.waitFor(text: "Copy (Tab)")
            for _ in 0..<tabs { try session.press("Tab") }
            // The name offered follows the copy: the internal one never offers the client file's name.
            if tabs < 3 { try session.waitFor(text: "-internal.") }
            try session.press("C-u")
            try session.type(data.path(name))
            try session.press("Enter")
            try session.waitFor(text: "Wrote ")
        }
        let internalCopy = try String(contentsOfFile: data.path("internal.txt"), encoding: .utf8)
        let withPoints = try String(contentsOfFile: data.path("points.txt"), encoding: .utf8)
        let clientCopy = try String(contentsOfFile: data.path("client.txt"), encoding: .utf8)
        XCTAssertTrue(withPoints.contains("TALKING POINTS\n"), withPoints)
        XCTAssertFalse(internalCopy.contains("TALKING POINTS\n"), internalCopy)
        XCTAssertFalse(clientCopy.contains("TALKING POINTS\n"), clientCopy)
        XCTAssertTrue(internalCopy.contains("The owner carries the pager"), "the internal copy keeps the note")
        XCTAssertTrue(withPoints.contains("The owner carries the pager"))
        XCTAssertFalse(clientCopy.contains("The owner carries the pager"))
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
