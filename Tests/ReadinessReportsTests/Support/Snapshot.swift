import Foundation
import XCTest

/// Compares output with `Snapshots/NAME` exactly; with `RECORD_SNAPSHOTS=1` in the environment, writes
/// the output there instead, so a deliberate change is re-recorded in one run and reviewed as a diff.
func assertSnapshot(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            print("recorded snapshot \(name)")
        } catch {
            XCTFail("cannot record snapshot \(name): \(error)", file: file, line: line)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        XCTFail("no snapshot \(name); run the tests with RECORD_SNAPSHOTS=1 to record it", file: file, line: line)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard actual != expected else { return }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference =
        zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actualLines.count, expectedLines.count)
    let expectedLine = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "(end of snapshot)"
    let actualLine = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "(end of output)"
    XCTFail(
        """
        output differs from snapshot \(name) at line \(firstDifference + 1) (RECORD_SNAPSHOTS=1 re-records it):
          expected: \(expectedLine)
          actual:   \(actualLine)
        """, file: file, line: line)
}
