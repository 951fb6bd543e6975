import Foundation
import TestSupport

/// Compares a screen with `Snapshots/<name>.txt` beside the tests (ending in a newline, as an editor
/// keeps it); `RECORD_SNAPSHOTS=1` writes it instead.
func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
    assertSnapshot(text.hasSuffix("\n") ? text : text + "\n", named: name + ".txt", in: folder, file: file, line: line)
}
