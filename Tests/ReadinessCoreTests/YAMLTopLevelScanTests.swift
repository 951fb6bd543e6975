import XCTest

@testable import ReadinessCore

/// The catalog's header scan hands libyaml a kilobyte at a time; what it finds must not depend on where
/// those pieces end.
final class YAMLTopLevelScanTests: XCTestCase {
    private let keys: Set<String> = ["id", "version", "title"]

    /// A header after `padding` bytes of comments or of another key's long value, with wide characters
    /// that cross the pieces' ends wherever the padding puts them.
    private func header(after padding: Int, asComment: Bool, bom: Bool) -> String {
        let filler = String(repeating: "é", count: padding / 2) + String(repeating: "x", count: padding % 2)
        let lead = asComment ? "# \(filler)\n" : "notes: \"\(filler)\"\n"
        return (bom ? "\u{FEFF}" : "") + lead
            + "id: quick-\(padding)\nversion: \"2\"\ntitle: Ünïcödé call 🧭 \(padding)\nsections:\n  - id: a\n"
    }

    func testTheKeysAreFoundWhereverThePiecesEnd() {
        var paddings = Array(0...40) + Array(990...1060) + Array(2030...2070) + [4096, 16_380, 16_384, 16_390, 40_000]
        paddings.sort()
        for padding in paddings {
            for asComment in [true, false] {
                for bom in [false, true] {
                    let text = header(after: padding, asComment: asComment, bom: bom)
                    let found = YAMLTopLevelScan.values(of: keys, in: Array(text.utf8))
                    XCTAssertEqual(
                        found, ["id": "quick-\(padding)", "version": "2", "title": "Ünïcödé call 🧭 \(padding)"],
                        "padding \(padding), comment \(asComment), BOM \(bom)")
                }
            }
        }
    }

    func testAnUnsureOrShortFileGivesWhatItHas() {
        XCTAssertNil(YAMLTopLevelScan.values(of: keys, in: Array("- a\n- b\n".utf8)), "a list at the top")
        XCTAssertNil(YAMLTopLevelScan.values(of: keys, in: Array("id: [a\n".utf8)), "a syntax error before the keys")
        let long = String(repeating: "# pad\n", count: 400)
        XCTAssertNil(YAMLTopLevelScan.values(of: keys, in: Array((long + "id: a\nversion: [\n").utf8)), "an error after a kilobyte")
        XCTAssertEqual(YAMLTopLevelScan.values(of: keys, in: Array((long + "id: a\n").utf8)), ["id": "a"], "the end before the rest")
        XCTAssertEqual(YAMLTopLevelScan.values(of: keys, in: []), [:])
    }
}
