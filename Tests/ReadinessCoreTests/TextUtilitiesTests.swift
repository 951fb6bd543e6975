import XCTest

@testable import ReadinessCore

final class SuggestionsTests: XCTestCase {
    func testClosestFindsATypo() {
        XCTAssertEqual(Suggestions.closest(to: "lisenFor", among: ["ask", "listenFor"]), "listenFor")
        XCTAssertEqual(Suggestions.closest(to: "critcalAt", among: ["weight", "criticalAt", "title"]), "criticalAt")
    }

    func testClosestCountsATranspositionAsOneEdit() {
        XCTAssertEqual(Suggestions.editDistance(Array("wieght"), Array("weight")), 1)
        XCTAssertEqual(Suggestions.closest(to: "wieght", among: ["weight"]), "weight")
    }

    func testClosestIgnoresCase() {
        XCTAssertEqual(Suggestions.closest(to: "ATLEAST", among: ["atMost", "atLeast"]), "atLeast")
    }

    func testClosestPrefersTheNearest() {
        XCTAssertEqual(Suggestions.closest(to: "sitez", among: ["site-travel", "sites", "size"]), "sites")
    }

    func testClosestAllowsAboutOneEditPerThreeLetters() {
        // "weight" has six letters: two edits are a typo, three are another word.
        XCTAssertEqual(Suggestions.closest(to: "wabght", among: ["weight"]), "weight")
        XCTAssertNil(Suggestions.closest(to: "wabcht", among: ["weight"]))
        // Never more than three edits, however long the word.
        XCTAssertEqual(Suggestions.closest(to: "talkingPoxxxs", among: ["talkingPoints"]), "talkingPoints")
        XCTAssertNil(Suggestions.closest(to: "talkingPxxxxs", among: ["talkingPoints"]))
    }

    func testClosestKeepsTheFirstOfEquallyNearCandidates() {
        XCTAssertEqual(Suggestions.closest(to: "atMast", among: ["atMost", "atLast"]), "atMost")
        XCTAssertEqual(Suggestions.closest(to: "atMast", among: ["atLast", "atMost"]), "atLast")
    }

    func testClosestRefusesDistantWords() {
        XCTAssertNil(Suggestions.closest(to: "colour", among: ["id", "title", "weight", "criticalAt"]))
        XCTAssertNil(Suggestions.closest(to: "anything", among: [String]()))
        // Short candidates allow one edit only.
        XCTAssertNil(Suggestions.closest(to: "xyz", among: ["id"]))
        XCTAssertEqual(Suggestions.closest(to: "ix", among: ["id"]), "id")
    }
}

final class TextWrapTests: XCTestCase {
    func testWrapsAtSpaces() {
        XCTAssertEqual(TextWrap.lines("the quick brown fox jumps", width: 10), ["the quick", "brown fox", "jumps"])
    }

    func testAWordFitsExactly() {
        XCTAssertEqual(TextWrap.lines("abcde fghij", width: 5), ["abcde", "fghij"])
        XCTAssertEqual(TextWrap.lines("ab cd", width: 5), ["ab cd"])
    }

    func testSplitsAWordWiderThanTheLine() {
        XCTAssertEqual(TextWrap.lines("abcdefghij xy", width: 4), ["abcd", "efgh", "ij", "xy"])
    }

    func testKeepsLineBreaksAndEmptyLines() {
        XCTAssertEqual(TextWrap.lines("one\n\ntwo  three", width: 20), ["one", "", "two three"])
        // A space that carries a combining mark is part of a character, not a break, and CR LF is one
        // character, not the line feed a paragraph ends at (as splitting by characters has it).
        XCTAssertEqual(TextWrap.lines("a \u{301}b c", width: 20), ["a \u{301}b c"])
        XCTAssertEqual(TextWrap.lines("a \u{301}b c", width: 4), ["a \u{301}b", "c"])
        XCTAssertEqual(TextWrap.lines("one\r\ntwo", width: 20), ["one\r\ntwo"])
    }

    func testCountsWideCharactersAsTwoColumns() {
        XCTAssertEqual(TextWrap.lines("日本語テキスト", width: 4), ["日本", "語テ", "キス", "ト"])
        XCTAssertEqual(TextWrap.lines("日本 語", width: 4), ["日本", "語"])
    }

    func testNonPositiveWidthStillMakesProgress() {
        XCTAssertEqual(TextWrap.lines("abc", width: 0), ["a", "b", "c"])
    }

    func testTruncateCutsByColumnsWithAnEllipsis() {
        XCTAssertEqual(TextWrap.truncate("abc", width: 3), "abc")
        XCTAssertEqual(TextWrap.truncate("abcd", width: 3), "ab…")
        XCTAssertEqual(TextWrap.truncate("日本語", width: 6), "日本語")
        XCTAssertEqual(TextWrap.truncate("日本語", width: 5), "日本…")
        XCTAssertEqual(TextWrap.truncate("e\u{301}tude", width: 5), "e\u{301}tude", "a combining mark takes no column")
        XCTAssertEqual(TextWrap.truncate("abc", width: 0), "")
        XCTAssertEqual(TextWrap.truncate("", width: 0), "")
    }

    func testTruncatingAHugeTextCutsItsStart() {
        // Measured only to the width, not to the end (list cuts names that may be megabytes long); how
        // long that takes is for a benchmark, not a test.
        XCTAssertEqual(TextWrap.truncate(String(repeating: "x", count: 20_000_000), width: 10), "xxxxxxxxx…")
        XCTAssertEqual(TextWrap.truncate(String(repeating: "日", count: 1_000_000) + "end", width: 7), "日日日…")
    }
}

final class DisplayWidthTests: XCTestCase {
    func testASCII() {
        XCTAssertEqual(DisplayWidth.of("readiness"), 9)
        XCTAssertEqual(DisplayWidth.of(""), 0)
    }

    func testCJKIsTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("日本語"), 6)
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x4E2D)!), 2)
    }

    func testCombiningAccentIsZeroColumns() {
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x301)!), 0)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("cafe\u{301}"), 4)
    }

    func testEmojiIsTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("ok 😀"), 5)
    }

    /// Sequences count as the sum of their parts, as ncurses (wcswidth) counts them; the screen draws
    /// them as their parts (joiners and selectors removed), which take exactly these columns.
    func testEmojiSequencesCountTheirParts() {
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 4, "thumbs up and a skin tone: 2 + 2")
        XCTAssertEqual(DisplayWidth.of("❤\u{FE0F}"), 1, "a text-style heart and a presentation selector: 1 + 0")
        XCTAssertEqual(DisplayWidth.of("👩\u{200D}💻"), 4, "woman, joiner, laptop: 2 + 0 + 2")
        XCTAssertEqual(TerminalText.drawable("👩\u{200D}💻 ❤\u{FE0F}"), "👩💻 ❤")
        XCTAssertEqual(DisplayWidth.of(TerminalText.drawable("👩\u{200D}💻")), DisplayWidth.of("👩\u{200D}💻"))
    }

    func testControlsAreZeroColumns() {
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x1B)!), 0)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x85)!), 0)
    }
}

final class TerminalTextTests: XCTestCase {
    func testStripsCSISequences() {
        XCTAssertEqual(TerminalText.sanitized("a\u{1B}[31mred\u{1B}[0m b\u{1B}[2J"), "ared b")
    }

    func testStripsOSCEndedByBEL() {
        XCTAssertEqual(TerminalText.sanitized("\u{1B}]0;pwned title\u{07}text"), "text")
    }

    func testStripsOSCEndedByStringTerminator() {
        XCTAssertEqual(TerminalText.sanitized("\u{1B}]8;;https://example.com\u{1B}\\link\u{1B}]8;;\u{1B}\\ done"), "link done")
    }

    func testStripsC1Controls() {
        XCTAssertEqual(TerminalText.sanitized("a\u{9B}31mb"), "ab")
        XCTAssertEqual(TerminalText.sanitized("a\u{85}b\u{90}c\u{9F}"), "abc")
    }

    func testStripsOtherControlsAndShowsBidiOverrides() {
        // Controls go; a bidirectional override is shown as what it is, so it can neither reorder the
        // text after it nor vanish and make two names look the same.
        XCTAssertEqual(TerminalText.sanitized("a\u{07}b\u{08}c\u{7F}d\u{202E}e\u{2066}f"), "abcd<U+202E>e<U+2066>f")
    }

    func testKeepsTabsAndNewlines() {
        XCTAssertEqual(TerminalText.sanitized("one\ttwo\nthree"), "one\ttwo\nthree")
        XCTAssertEqual(TerminalText.sanitized("naïve 日本 😀"), "naïve 日本 😀")
    }

    func testSanitizedLineTurnsLineBreaksIntoSpaces() {
        XCTAssertEqual(TerminalText.sanitizedLine("one\ttwo\nthree\r"), "one\ttwo three ")
    }

    func testCarriageReturnLineFeedIsOneLineBreak() {
        XCTAssertEqual(TerminalText.sanitizedLine("Zürich\r\nDental\rCo\n\nEnd"), "Zürich Dental Co  End")
        XCTAssertEqual(TerminalText.sanitized("one\r\ntwo\rthree\n"), "one\ntwo three\n")
    }

    // MARK: - Invisible characters

    func testInvisibleFormatCharactersAreShownInPrintedText() {
        XCTAssertEqual(TerminalText.sanitizedLine("Acme\u{200B}Corp"), "Acme<U+200B>Corp")
        XCTAssertEqual(TerminalText.sanitizedLine("\u{FEFF}Acme"), "<U+FEFF>Acme")
        XCTAssertEqual(TerminalText.sanitizedLine("a\u{202E}b\u{2066}c\u{2069}"), "a<U+202E>b<U+2066>c<U+2069>")
        XCTAssertEqual(TerminalText.sanitized("soft\u{AD}hyphen\nline"), "soft<U+00AD>hyphen\nline")
    }

    func testEmojiSequencesKeepTheirJoinersAndTags() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        XCTAssertEqual(TerminalText.sanitizedLine(family), family)
        let scotland = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        XCTAssertEqual(TerminalText.sanitizedLine(scotland), scotland)
        XCTAssertEqual(TerminalText.sanitizedLine("a\u{200D}b"), "a<U+200D>b", "a joiner between letters joins nothing visible")
    }

    func testTypedTextLosesInvisibleCharactersAltogether() {
        XCTAssertEqual(TerminalText.typedLine("Acme\u{200B}\u{202E}Corp\u{FEFF}"), "AcmeCorp")
        XCTAssertEqual(TerminalText.typed("one\u{200C}\ntwo"), "one\ntwo")
    }
}
