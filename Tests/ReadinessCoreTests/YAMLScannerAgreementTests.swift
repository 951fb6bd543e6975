import Foundation
import ReproducibleRandom
import XCTest

@testable import ReadinessCore

/// The block scanner reads questionnaires without libyaml; wherever it gives a tree, libyaml must give
/// the same tree and diagnostics (`YAMLReaderAgreement.scannerDisagreement`). Checked over every questionnaire
/// file in the repository and over thousands of damaged copies of them, which reach the places where
/// the scanner must give up.
final class YAMLScannerAgreementTests: XCTestCase {
    private static let root = EngineFixtures.repositoryRoot

    private static func yamlFiles(in folder: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }

    private static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The shipped files and the valid fixtures are read by the scanner, so loading them skips libyaml.
    func testTheScannerReadsEveryShippedQuestionnaire() throws {
        let paths =
            try Self.yamlFiles(in: "questionnaires") + Self.yamlFiles(in: "questionnaires/shared")
            + Self.yamlFiles(in: "Tests/ReadinessCoreTests/Fixtures/valid") + Self.yamlFiles(in: "Fuzz/Questionnaires")
        XCTAssertGreaterThanOrEqual(paths.count, 9)
        for path in paths {
            XCTAssertNotNil(YAMLReader.readWithoutLibYAML(try Self.text(path)), "the scanner gave up on \(path)")
        }
        XCTAssertNotNil(YAMLReader.readWithoutLibYAML(Self.terseQuestionnaire), "the scanner gave up on the terse style")
    }

    func testTheScannerAgreesWithLibYAMLOnEveryQuestionnaireFile() throws {
        let folders = [
            "questionnaires", "questionnaires/shared", "Tests/ReadinessCoreTests/Fixtures/valid",
            "Tests/ReadinessCoreTests/Fixtures/invalid", "Tests/ReadinessCoreTests/Fixtures/legacy", "Fuzz/Corpus/questionnaire",
            "Fuzz/Questionnaires",
        ]
        for folder in folders {
            for path in try Self.yamlFiles(in: folder) {
                if let problem = YAMLReaderAgreement.scannerDisagreement(try Self.text(path)) { XCTFail("\(path): \(problem)") }
            }
        }
    }

    /// Small YAML written to sit at the scanner's edges: each either read alike or left to libyaml.
    func testTheScannerAgreesAtItsEdges() {
        let texts = [
            "a: b\n", "a: b", "a:\n  b: c\n", "a:\n- b\n", "a:\n  - b\n  - c: d\n    e: f\n", "- a\n- b\n", "  a: b\n  c: d\n",
            "a: b\n  c\n", "a: b # c\n", "a: b#c\n", "a: 'it''s'\n", "a: \"x\\ny\"\n", "a: \"x\" y\n", "a: [b, c]\n", "a: [b, c,]\n",
            "a: {b: c, d: [e, f]}\n", "a: {b: c\n", "a: {b:c}\n", "a: [b: c]\n", "a: [\"x\", 'y']\n", "a: 10:30\n", "a: x: y\n",
            "a : b\n", "<<: x\n", "a: &x b\n", "a: *x\n", "a: !t b\n", "a: |\n  b\n", "a: >\n  b\n", "---\na: b\n", "a: b\n---\nc: d\n",
            "a: b\n...\n", "%YAML 1.1\n---\na: b\n", "a:\tb\n", "a: b\r\n", "a:\n", "a:\nb: c\n", "a: -5\n", "-a: b\n", "a: - b\n",
            "- - a\n", "-\n  a: b\n", "a: b\n c: d\n", "a:\n    b: c\n  d: e\n", "é: ü\nx: [é, ü]\n", "a: [é, {b: ü}]\n", "",
            "# only a comment\n", "a: b\n\n\n# end\n", "a:\n  # note\n  b: c\n", "[a, b]\n", "a\n", "a: b\n- c\n", "a: b\nc\n",
            "a: ?b\n", "a: [?b]\n", "a: [b#c]\n", "a: [b #c]\n", "a: \"\"\n", "a: ''\n", "a: b\u{2028}c\n", "a: \u{FEFF}b\n",
            String(repeating: "k", count: 1100) + ": v\n", "a: [b, c] # d\n", "a: {}\n", "a: []\n", "- {a: b}\n- [c]\n",
            "a: {b: Who?}\n", "a: [b?, c?d]\n", "a: {b?: c}\n", "a: [b ?c]\n", "a: [? b]\n", "a: [b, ?c]\n", "a: {b: c:?}\n",
            "a: {b: c?:d}\n", "a: [b?]\n", "a: {b: ?}\n", "a:\n- b\n- c\nd: e\n", "a:\n- b: c\n  d:\n  - e\n  f: g\nh: i\n",
            "a:\n- b\n  c: d\n", "a:\n- b\n c\n", "a:\n-\n- b\n", "- a:\n  - b\n- c\n", "a:\n- b\nc:\n- d\n", "a:\n# x\n- b\n",
            "a:\n  b:\n  - c\n  d: e\nf: g\n", "a:\n- b\n  - c\n", "a:\n- b\n-c\n", "a:\n- - b\n", "a: b\n- c\n",
        ]
        var read = 0
        for text in texts {
            if let problem = YAMLReaderAgreement.scannerDisagreement(text) { XCTFail("\(text.debugDescription): \(problem)") }
            if YAMLReader.readWithoutLibYAML(text) != nil { read += 1 }
        }
        XCTAssertGreaterThan(read, 20)
        XCTAssertLessThan(read, texts.count - 20)
    }

    /// The terse style generated questionnaires are written in: lists in their key's column, one flow
    /// mapping a question, `?` inside flow scalars.
    private static let terseQuestionnaire = """
        id: terse
        sections:
        - id: s0
          title: S0
          questions:
          - {id: q0, title: Q, kind: single, call: {ask: Who is on call?}, options: [{id: o0, label: L, signals: {s0: 1}}]}
          - {id: q1, title: Q, kind: scale, showIf: {question: q0, is: [o0]}, scale: {low: L, high: H, signals: {s0: [0, 5]}}}
        - id: s1
          questions:
          - {id: q2, title: Why?, kind: single}
        blockers:
        - {id: b0, when: {all: [{question: q0, is: [o0]}, {signal: s0, levelAtLeast: high}]}, title: B0, explain: E0.}
        rating:
          bands:
          - {rating: not-yet, min: 0, max: 29, reason: "Covered today."}

        """

    /// Damaged copies of real files: deletions, insertions of YAML's special characters, lines moved in
    /// and out, with a fixed seed.
    func testTheScannerAgreesWithLibYAMLOnDamagedQuestionnaires() throws {
        let bases =
            try [
                "Tests/ReadinessCoreTests/Fixtures/valid/small.yaml", "Tests/ReadinessCoreTests/Fixtures/valid/tiny.yaml",
                "Fuzz/Questionnaires/every-kind.yaml",
            ].map { Array(try Self.text($0).utf8) } + [Array(Self.terseQuestionnaire.utf8)]
        let pieces = [
            ":", ": ", " #", "#", "-", "- ", "\n", "  ", " ", "\"", "'", "''", "[", "]", "{", "}", ",", "\\", "\t", "---\n", "&a ", "*a",
            "? ", "?", "{a: b?}", "é", "\r\n", "<<: ", "|", ">", "%", "!", "@", "x: y", "\n  ", "\n- ", "...", "\u{2028}", "{a: b}",
            "[a, b]",
        ].map { Array($0.utf8) }
        var generator = SeededGenerator(seed: 18)
        var read = 0
        var refused = 0
        for round in 0..<3000 {
            var bytes = bases[round % bases.count]
            for _ in 0...generator.next(upTo: 2) {
                let at = generator.next(upTo: bytes.count)
                switch generator.next(upTo: 4) {
                case 0: bytes.removeSubrange(at..<min(bytes.count, at + 1 + generator.next(upTo: 3)))
                case 1, 2: bytes.insert(contentsOf: pieces[generator.next(upTo: pieces.count)], at: at)
                default:
                    // A line indented or outdented by one or two spaces.
                    let start = (bytes[..<at].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
                    if generator.next(upTo: 2) == 0 {
                        bytes.insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: 1 + generator.next(upTo: 2)), at: start)
                    } else if start < bytes.count, bytes[start] == UInt8(ascii: " ") {
                        bytes.remove(at: start)
                    }
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if let problem = YAMLReaderAgreement.scannerDisagreement(text) {
                XCTFail("round \(round): \(problem)\n--- text:\n\(text)")
                return
            }
            if YAMLReader.readWithoutLibYAML(text) != nil { read += 1 } else { refused += 1 }
        }
        // Both ways are taken often, so both are checked.
        XCTAssertGreaterThan(read, 300)
        XCTAssertGreaterThan(refused, 300)
    }
}
