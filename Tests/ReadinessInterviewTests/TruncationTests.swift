import ReproducibleRandom
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Text that does not fit: every cut ends in the ellipsis (display-width aware), a long status message
/// wraps instead of being cut, and the what-if list says when there is more above or below.
final class TruncationTests: XCTestCase {
    private func row(_ canvas: Canvas, _ y: Int = 0) -> String {
        canvas.frame.text.components(separatedBy: "\n")[y]
    }

    func testACutWriteEndsInTheEllipsis() {
        var canvas = Canvas(size: ScreenSize(width: 40, height: 1))
        canvas.write("could reveal a blocker", x: 2, y: 0, width: 17)
        XCTAssertEqual(row(canvas), "  could reveal a b…")
        var ascii = Canvas(size: ScreenSize(width: 40, height: 1), ellipsis: "...")
        ascii.write("could reveal a blocker", x: 2, y: 0, width: 17)
        XCTAssertEqual(row(ascii), "  could reveal a...")
    }

    func testTheEllipsisCountsWideCharactersAndTheScreenEdge() {
        var canvas = Canvas(size: ScreenSize(width: 7, height: 1))
        canvas.write("東京の歯科医院", x: 0, y: 0)
        XCTAssertEqual(row(canvas), "東京の…", "three wide characters (6 columns) and the ellipsis in 7")
        var edge = Canvas(size: ScreenSize(width: 10, height: 1))
        edge.write("▲ 1 blocker", x: 0, y: 0)
        XCTAssertEqual(row(edge), "▲ 1 block…")
    }

    /// A write steps over characters with `TextWrap.character`; the cells are those of going through the
    /// text's characters one by one, for text mixing ASCII with marks, joiners, wide characters and glyphs.
    func testAWriteFillsTheCellsOfEachCharacterInTurn() {
        let pieces = [
            "a", " ", "e\u{301}", "\u{301}", "界", "👩\u{200D}💻", "🇩🇪", "█", "░", "·", "—", "é", "\r\n", "\u{200B}", "x\u{20DD}", "☀\u{FE0F}",
        ]
        var generator = SeededGenerator(seed: 20261208)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let x = Int.random(in: -2...3, using: &generator)
            var canvas = Canvas(size: ScreenSize(width: 16, height: 1))
            let end = canvas.write(text, x: x, y: 0, marksCut: false)
            var expected = Array(repeating: " ", count: 16)
            let limit = min(16, x + 16)  // a write is as wide as the screen from where it starts
            var column = x
            for character in TerminalText.drawable(TerminalText.sanitizedLine(text)) {
                let width = DisplayWidth.of(character)
                if width == 0 { continue }
                if column + width > limit { break }
                if column >= 0 {
                    expected[column] = String(character)
                    for extra in 1..<max(1, width) { expected[column + extra] = "" }
                }
                column += width
            }
            XCTAssertEqual((0..<16).map { canvas.frame[$0, 0].character }, expected, text.debugDescription)
            XCTAssertEqual(end, column, text.debugDescription)
        }
    }

    func testTextThatFitsOrLosesOnlyBlanksIsNotMarked() {
        var canvas = Canvas(size: ScreenSize(width: 12, height: 1))
        canvas.write("fits       ", x: 0, y: 0, width: 6)
        XCTAssertEqual(row(canvas), "fits")
        canvas.write("exactly six", x: 0, y: 0, width: 11)
        XCTAssertEqual(row(canvas), "exactly six")
    }

    func testALongStatusMessageWrapsAndIsReadToTheEnd() {
        let harness = InterviewHarness.started(size: ScreenSize(width: 70, height: 24))
        var model = harness.model
        let text =
            "Continued in Co-managed IT readiness: 20 answers carried over from the discovery call; 3 were not carried (they mean something else here)."
        model.message = StatusMessage(text: text, isError: false)
        let lines = InterviewLayout().render(model).text.components(separatedBy: "\n")
        let bottom = lines[lines.count - 4...lines.count - 2].joined(separator: " ")
        XCTAssertTrue(bottom.contains("Continued in"), bottom)
        XCTAssertTrue(bottom.contains("3 were not carried"), bottom)
        XCTAssertTrue(bottom.hasSuffix("here)."), bottom)
        XCTAssertTrue(lines.last!.contains("quit"), "the key bar stays: \(lines.last!)")
    }

    func testAStatusMessageLongerThanThreeLinesEndsInTheEllipsis() {
        let harness = InterviewHarness.started(size: ScreenSize(width: 64, height: 18))
        var model = harness.model
        model.message = StatusMessage(text: String(repeating: "word ", count: 60) + "END", isError: true)
        let lines = InterviewLayout().render(model).text.components(separatedBy: "\n")
        XCTAssertTrue(lines[lines.count - 2].hasSuffix("…"), lines[lines.count - 2])
        XCTAssertFalse(lines.joined().contains("END"))
    }

    func testTheWhatIfListSaysThereIsMoreBelowAndAbove() throws {
        let harness = try ShippedCall.onResults(size: ScreenSize(width: 80, height: 24))
        harness.press(.character("w"))
        let first = harness.render().text
        XCTAssertTrue(first.contains("more"), first)
        XCTAssertTrue(first.contains("↓"), first)
        XCTAssertFalse(first.contains("↑"), first)
        harness.press(.end)
        let last = harness.render().text
        XCTAssertTrue(last.contains("↑"), last)
        XCTAssertFalse(last.contains("↓"), last)
        let ascii = harness.render(.plainASCII).text
        XCTAssertTrue(ascii.contains("^ "), ascii)
    }
}
