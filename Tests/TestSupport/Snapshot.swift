import Foundation
import XCTest

/// Compares `actual` with the file `name` in `folder`, byte for byte; with `RECORD_SNAPSHOTS=1` in the
/// environment, writes it there instead, so a deliberate change is re-recorded in one run and read as a
/// diff. A missing snapshot fails and says how to record it, so a test never passes against nothing.
///
/// Each test target wraps this with its own `Snapshots` folder (and, for screens, its `.txt` naming).
public func assertSnapshot(_ actual: String, named name: String, in folder: URL, file: StaticString = #filePath, line: UInt = #line) {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            print("recorded snapshot \(url.path)")
        } catch {
            XCTFail("cannot record snapshot \(url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        XCTFail("no snapshot at \(url.path); run the tests with RECORD_SNAPSHOTS=1 to record it, then read it", file: file, line: line)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard actual != expected else { return }
    XCTFail(snapshotDifference(expected: expected, actual: actual, name: name), file: file, line: line)
}

/// The lines that differ between a snapshot and the output, each with its number (at most
/// `limit` of them, so one shifted line does not flood the log).
func snapshotDifference(expected: String, actual: String, name: String, limit: Int = 12) -> String {
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    var report = "snapshot \(name) differs (RECORD_SNAPSHOTS=1 re-records it):"
    var shown = 0
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let old = index < expectedLines.count ? expectedLines[index] : "(end of snapshot)"
        let new = index < actualLines.count ? actualLines[index] : "(end of output)"
        guard old != new else { continue }
        guard shown < limit else {
            report += "\n  (more lines differ)"
            break
        }
        report += "\n  line \(index + 1):\n  - \(old)\n  + \(new)"
        shown += 1
    }
    return report
}
