import ReproducibleRandom
import XCTest

@testable import ReadinessCore

/// The width and the line cuts take shortcuts for ASCII and for whole strings; both must give exactly
/// what going character by character gives, on text mixing ASCII with everything that joins it.
final class TextFastPathTests: XCTestCase {
    /// Pieces that end, extend or join characters: CR LF, combining marks after ASCII, ZWJ sequences,
    /// flags, variation selectors, Hangul jamo, wide and zero-width characters, controls.
    private static let pieces: [String] = [
        "a", "Z", "7", " ", ".", "-", "\r", "\n", "\r\n", "\t", "\u{301}", "e\u{301}", "\u{200D}", "👩", "👩\u{200D}💻",
        "🇩🇪", "\u{1F1E6}", "☀\u{FE0F}", "\u{FE0F}", "界", "\u{1100}\u{1161}", "\u{200B}", "\u{7F}", "\u{600}", "é", "x\u{20DD}",
        // The screen's glyphs and what may follow them: marks, spacing marks, joiners, selectors.
        "▰", "▱", "█", "·", "—", "…", "→", "●", "◆", "ʰ", "\u{A0}", "\u{AD}", "⌚", "\u{2028}", "\u{205F}", "\u{93E}", "\u{20D0}",
        "\u{E0061}", "▰\u{301}", "⌚\u{200D}⌚", "↔\u{FE0F}", "—\u{93E}", "\u{2060}",
    ]

    /// The symbols given one column without a lookup are one column by their properties, every one of them.
    func testTheNarrowSymbolsAreNarrowByTheirProperties() {
        var checked = 0
        for value in UInt32(0x2000)...0x2600 where DisplayWidth.isNarrowSymbol(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(DisplayWidth.byProperties(scalar), 1, String(value, radix: 16))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 700)
        // The neighbours left out are not: zero-width and format characters, the wide watch and squares.
        XCTAssertFalse(DisplayWidth.isNarrowSymbol(0x2028), "the line separator is left to the slow path")
        for value: UInt32 in [0x200B, 0x2060, 0x231A, 0x25FD] {
            XCTAssertFalse(DisplayWidth.isNarrowSymbol(value))
            XCTAssertNotEqual(DisplayWidth.byProperties(Unicode.Scalar(value)!), 1, String(value, radix: 16))
        }
    }

    /// What sanitizing keeps without looking is neither a control nor a format character (the two it
    /// changes), every scalar of it.
    func testWhatSanitizingKeepsAsItIsHoldsNoControlOrFormatCharacter() {
        var kept = 0
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value), TerminalText.isKeptAsIs(scalar) else { continue }
            let category = scalar.properties.generalCategory
            XCTAssertFalse(
                category == .control || category == .format || category == .lineSeparator || category == .paragraphSeparator,
                String(value, radix: 16))
            kept += 1
        }
        XCTAssertGreaterThan(kept, 1_400)
        XCTAssertFalse(TerminalText.isKeptAsIs("\u{AD}"))
        XCTAssertEqual(TerminalText.sanitizedLine("█ é\u{AD}"), "█ é<U+00AD>", "a soft hyphen among kept scalars is still shown")
    }

    func testTheWidthOfATextIsTheSumOfItsCharacters() {
        var generator = SeededGenerator(seed: 20261205)
        for _ in 0..<3_000 {
            let text = Self.randomText(using: &generator)
            XCTAssertEqual(DisplayWidth.of(text), text.reduce(0) { $0 + DisplayWidth.of($1) }, text.debugDescription)
            XCTAssertEqual(DisplayWidth.of(text.dropFirst()), text.dropFirst().reduce(0) { $0 + DisplayWidth.of($1) })
        }
    }

    func testSplittingCutsWhereGoingCharacterByCharacterCuts() {
        var generator = SeededGenerator(seed: 20261206)
        for _ in 0..<3_000 {
            let text = Self.randomText(using: &generator)
            let width = Int.random(in: 0...12, using: &generator)
            let start = text.index(text.startIndex, offsetBy: Int.random(in: 0...min(2, text.count), using: &generator))
            let slice = text[start...]
            let (head, rest) = TextWrap.split(slice, at: width)
            let (expectedHead, expectedRest) = Self.referenceSplit(slice, at: width)
            XCTAssertEqual(head, expectedHead, "\(slice.debugDescription) at \(width)")
            XCTAssertEqual(rest, expectedRest, "\(slice.debugDescription) at \(width)")
            XCTAssertEqual(head.endIndex, expectedHead.endIndex, "the cut is on the same character boundary")
        }
    }

    /// Wrapping finds paragraphs and words by bytes; the pieces are those of splitting by characters.
    func testWrappingSplitsWhereSplittingByCharactersSplits() {
        var generator = SeededGenerator(seed: 20261207)
        for _ in 0..<5_000 {
            let text = Self.randomText(using: &generator, pieces: Self.pieces + [" ", " ", "\n", " \u{301}", "\u{600} ", "\r", "\u{85}"])
            let slice = text.dropFirst(Int.random(in: 0...1, using: &generator))
            for (separator, omitting) in [("\n", false), (" ", true), (" ", false)] {
                let pieces = TextWrap.pieces(of: slice, between: UInt8(ascii: Unicode.Scalar(separator)!), omittingEmpty: omitting)
                let expected = slice.split(separator: Character(separator), omittingEmptySubsequences: omitting)
                XCTAssertEqual(pieces, expected, "\(slice.debugDescription) by \(separator.debugDescription)")
                XCTAssertEqual(pieces.map(\.startIndex), expected.map(\.startIndex))
            }
        }
    }

    /// The cut as it was written before the shortcut: one character at a time.
    private static func referenceSplit(_ text: Substring, at width: Int) -> (Substring, Substring) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let characterWidth = DisplayWidth.of(text[index])
            if used + characterWidth > width && index > text.startIndex { break }
            used += characterWidth
            index = text.index(after: index)
        }
        return (text[..<index], text[index...])
    }

    private static func randomText(using generator: inout SeededGenerator, pieces: [String] = pieces) -> String {
        let count = Int.random(in: 0...16, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}
