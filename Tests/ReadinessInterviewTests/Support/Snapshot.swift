import Foundation
import XCTest

/// Compares text with `Snapshots/<name>.txt` beside the tests; with `RECORD_SNAPSHOTS=1` set, writes it instead.
///
/// A missing snapshot fails (and says how to record it), so a test never passes against nothing.
func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent(name + ".txt")
    let actual = text.hasSuffix("\n") ? text : text + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            print("recorded snapshot \(url.path)")
        } catch {
            XCTFail("could not record \(url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no snapshot at \(url.path); run with RECORD_SNAPSHOTS=1 to record it, then read it", file: file, line: line)
        return
    }
    guard expected != actual else { return }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    var report = "snapshot \(name) differs (RECORD_SNAPSHOTS=1 re-records it):"
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let old = index < expectedLines.count ? expectedLines[index] : "<none>"
        let new = index < actualLines.count ? actualLines[index] : "<none>"
        if old != new { report += "\n  line \(index + 1):\n  - \(old)\n  + \(new)" }
    }
    XCTFail(report, file: file, line: line)
}
