import XCTest

@testable import ReadinessCore

/// `--ascii` spells names in ASCII where ASCII can: accents folded, letters of their own spelled out,
/// Greek and Cyrillic romanized, and only what has no spelling left as one `?` a run.
final class ASCIITransliterationTests: XCTestCase {
    func testAccentsAreFolded() {
        XCTAssertEqual(
            ASCIITransliteration.transliterate("Zürich Café Åkersberga Niño Çelik Dvořák"), "Zurich Cafe Akersberga Nino Celik Dvorak")
    }

    func testLettersOfTheirOwnAreSpelledOut() {
        XCTAssertEqual(ASCIITransliteration.transliterate("Müller & Söhne Straße"), "Muller & Sohne Strasse")
        XCTAssertEqual(ASCIITransliteration.transliterate("Ærø Færgeri, Øresund"), "Aero Faergeri, Oresund")
        XCTAssertEqual(ASCIITransliteration.transliterate("Łódź Œuvre þorn Đorđe ĳssel"), "Lodz Oeuvre thorn Dorde ijssel")
    }

    func testGreekAndCyrillicAreRomanized() {
        XCTAssertEqual(ASCIITransliteration.transliterate("Ольга Щукина, ЖЭК"), "Olga Shchukina, ZhEK")
        XCTAssertEqual(ASCIITransliteration.transliterate("Αθήνα Ψυχή"), "Athina Psychi")
    }

    func testTypographyGetsItsASCIITwin() {
        XCTAssertEqual(
            ASCIITransliteration.transliterate("“Quoted” — 3×4 … ▲ ●●○ 5 ≤ 6 → done"), "\"Quoted\" - 3x4 ... ! ##- 5 <= 6 -> done")
    }

    func testWhatHasNoSpellingIsOnePlaceholderARun() {
        XCTAssertEqual(ASCIITransliteration.transliterate("شركة الخليج 2026"), "? ? 2026")
        XCTAssertEqual(ASCIITransliteration.transliterate("Harbor 山田歯科 Dental"), "Harbor ? Dental")
        XCTAssertEqual(ASCIITransliteration.transliterate("מרפאת שיניים"), "? ?")
        XCTAssertEqual(ASCIITransliteration.transliterate("Team 🚀🚀 rocks"), "Team ? rocks")
    }

    func testASCIIComesBackAsItIs() {
        let text = "Harbor Dental Group? (yes) - 100% \"ok\""
        XCTAssertEqual(ASCIITransliteration.transliterate(text), text)
    }

    func testTheResultIsAlwaysASCII() {
        for text in ["Ǆemal ǅ ǆ", "ﬁnance ﬂow", "ʃ ɐ ə ŋ", "½ ² ㎏", "ẞ", "\u{0301}alone", "a\u{20DD}"] {
            XCTAssertTrue(ASCIITransliteration.transliterate(text).unicodeScalars.allSatisfy(\.isASCII), text)
        }
    }
}
