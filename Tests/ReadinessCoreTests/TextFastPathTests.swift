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

    private static func randomText(using generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...16, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}
