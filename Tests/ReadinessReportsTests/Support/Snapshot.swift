import Foundation
import TestSupport

/// Compares output with `Snapshots/NAME` exactly; `RECORD_SNAPSHOTS=1` writes it instead.
func assertSnapshot(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
    assertSnapshot(actual, named: name, in: folder, file: file, line: line)
}
