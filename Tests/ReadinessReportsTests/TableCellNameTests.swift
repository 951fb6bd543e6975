import ReadinessCore
import ReproducibleRandom
import XCTest

@testable import ReadinessReports

/// A name's cell is the name made safe and cut to its width: the short way taken for printable ASCII that
/// fits gives exactly what cleaning and measuring give, and every other name still goes the long way.
final class TableCellNameTests: XCTestCase {
    /// What the cell is made of, measured every time.
    private func measured(_ name: String) -> String {
        let clean = TerminalText.fieldLine(name)
        return TextWrap.truncate(clean, width: TableCell.nameWidth)
    }

    func testPrintableASCIINamesGiveTheMeasuredCell() {
        var generator = SeededGenerator(seed: 40)
        for _ in 0..<2_000 {
            let length = Int.random(in: 1...(TableCell.nameWidth + 3), using: &generator)
            let name = String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator))) })
            XCTAssertEqual(TableCell.name(name), measured(name), name)
        }
    }

    func testOtherNamesAreCleanedAndCut() {
        XCTAssertEqual(TableCell.name("Tab\there"), "Tab here")
        XCTAssertEqual(TableCell.name("Esc\u{1B}[31mred"), "Escred")
        XCTAssertEqual(TableCell.name("zero\u{200B}width"), "zero<U+200B>width")
        XCTAssertEqual(TableCell.name(String(repeating: "B", count: 41)), String(repeating: "B", count: 39) + "…")
        XCTAssertEqual(TableCell.name(String(repeating: "東", count: 21)), String(repeating: "東", count: 19) + "…")
        XCTAssertEqual(TableCell.name(""), "-")
    }
}
