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

    /// Scanning only the start of a file gives exactly what scanning the whole file gives, or nothing (so
    /// the caller reads the whole file): never a value cut where the start ends. Every length is tried,
    /// with the keys before, across and after libyaml's pieces, and a title long enough to be cut.
    func testAPrefixGivesTheWholeFilesKeysOrNothing() {
        let title = "A title long enough to be cut" + String(repeating: " é", count: 300)
        let sections = "sections:\n" + String(repeating: "  - id: s\n    title: A section\n", count: 150)
        for padding in [0, 700, 1500] {
            let header = "# " + String(repeating: "x", count: padding) + "\nid: cut-\(padding)\nversion: \"2\"\ntitle: \(title)\n"
            let text = Array((header + sections).utf8)
            let whole = YAMLTopLevelScan.values(of: keys, in: text)
            XCTAssertEqual(whole, ["id": "cut-\(padding)", "version": "2", "title": title])
            for length in 0...text.count {
                guard let found = YAMLTopLevelScan.values(of: keys, in: Array(text[..<length]), isPrefix: true) else { continue }
                XCTAssertEqual(found, whole, "padding \(padding), the first \(length) bytes")
            }
            // Sure once the start holds the keys and what libyaml reads ahead past them (a piece or two).
            let ample = min(text.count, header.utf8.count + 3_000)
            XCTAssertEqual(
                YAMLTopLevelScan.values(of: keys, in: Array(text[..<ample]), isPrefix: true), whole,
                "padding \(padding): a start well past the keys")
        }
    }

    /// The comment and empty lines that open a file are skipped before libyaml reads it, with any line
    /// ending; what is found is what libyaml finds reading them.
    func testOpeningCommentsAreSkippedWithoutChangingWhatIsFound() {
        let header: [String: String] = ["id": "x", "version": "1", "title": "T # not a comment"]
        let keysThenBody = "id: x\nversion: 1\ntitle: 'T # not a comment'\nsections: []\n"
        for lead in [
            "", "# a\n", "#\n\n# b\r\n#c\r", "\n\n", "\r\n\r\n# x\r\n", "# 🧭 é\n#\n", "  # an indented comment\n",
            "\u{FEFF}# after a byte order mark\n", "# c\n%YAML 1.1\n---\n", "# c\n---\n", "#a\n \n# b\n",
        ] {
            let text = Array((lead + keysThenBody).utf8)
            XCTAssertEqual(YAMLTopLevelScan.values(of: keys, in: text), header, "lead \(lead.debugDescription)")
        }
        XCTAssertEqual(YAMLTopLevelScan.values(of: keys, in: Array("# only comments\n# and no end".utf8)), [:])
        XCTAssertNil(YAMLTopLevelScan.values(of: keys, in: Array("# a comment\n- a list\n".utf8)))
        XCTAssertNil(YAMLTopLevelScan.values(of: keys, in: Array("# comments to the end of a start\n#".utf8), isPrefix: true))

        func skipped(_ text: String) -> Int { Array(text.utf8).withUnsafeBufferPointer(YAMLTopLevelScan.openingCommentsLength) }
        XCTAssertEqual(skipped("# a\n\r\n#b\rid: x\n"), 9)
        XCTAssertEqual(skipped("id: x\n# later\n"), 0)
        XCTAssertEqual(skipped(" # indented\n"), 0)
        XCTAssertEqual(skipped("# no end"), 0)
        XCTAssertEqual(skipped("# one\n# no end"), 6)
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
