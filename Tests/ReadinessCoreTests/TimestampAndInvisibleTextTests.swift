import Foundation
import XCTest

@testable import ReadinessCore

/// Dates as assessment files hold them, and invisible characters in text shown or typed.
final class TimestampAndInvisibleTextTests: XCTestCase {
    func testDatesRoundTripAcrossTheWholeRange() {
        for text in [
            "0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "2000-02-29T12:00:00Z", "2026-11-29T14:03:00Z",
            "9999-12-31T23:59:59Z",
        ] {
            XCTAssertEqual(Timestamp.parse(text).map(Timestamp.format), text)
        }
        XCTAssertEqual(Timestamp.parse("2026-11-29T14:03:00Z")?.timeIntervalSince1970, 1_795_960_980)
        XCTAssertEqual(Timestamp.parse("2026-11-29T16:03:00+02:00"), Timestamp.parse("2026-11-29T14:03:00Z"))
        XCTAssertEqual(Timestamp.parse("2026-11-29T14:03:00.250Z")?.timeIntervalSince1970, 1_795_960_980.25)
        XCTAssertEqual(Timestamp.day(Timestamp.parse("0001-01-01T00:00:00Z")!), "0001-01-01")
        XCTAssertEqual(Timestamp.minute(Timestamp.parse("2026-12-31T23:30:00Z")!, in: TimeZone(secondsFromGMT: 3600)!), "2027-01-01 00:30")
    }

    func testImpossibleDatesAreRefusedWithTheReason() {
        XCTAssertEqual(Timestamp.problem(in: "2026-02-30T00:00:00Z"), "there is no day 30 in February 2026")
        XCTAssertEqual(Timestamp.problem(in: "2100-02-29T00:00:00Z"), "there is no day 29 in February 2100")
        XCTAssertEqual(Timestamp.problem(in: "2026-00-10T00:00:00Z"), "there is no month 00")
        XCTAssertEqual(Timestamp.problem(in: "2026-01-01T23:60:00Z"), "23:60:00 is not a time of day")
        XCTAssertEqual(Timestamp.problem(in: "2026-01-01"), "it must be a date and time such as 2026-11-29T14:03:00Z")
        XCTAssertEqual(
            Timestamp.problem(in: "2026-01-01T00:00:00"), "it must end with Z (UTC) or an offset such as +02:00, like 2026-11-29T14:03:00Z")
        XCTAssertEqual(Timestamp.problem(in: "2026-01-01T00:00:00Zjunk"), "unexpected text after the date and time")
        XCTAssertNil(Timestamp.problem(in: "2024-02-29T00:00:00Z"))
    }

    func testInvisibleFormatCharactersAreShownWhenPrintedAndRemovedWhenTyped() {
        let name = "Acme\u{200B} \u{202E}evil\u{202C} \u{2066}x\u{2069}\u{FEFF}\u{00AD}"
        XCTAssertEqual(TerminalText.sanitizedLine(name), "Acme<U+200B> <U+202E>evil<U+202C> <U+2066>x<U+2069><U+FEFF><U+00AD>")
        XCTAssertEqual(TerminalText.sanitized("a\u{200D}b\nc"), "a<U+200D>b\nc")
        XCTAssertEqual(TerminalText.typedLine(name), "Acme evil x")
        XCTAssertEqual(TerminalText.typed("a\u{200B}b\nc"), "ab\nc")
        // Joiners and tags inside emoji sequences are part of the picture.
        let family = "👨\u{200D}👩\u{200D}👧"
        let england = "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
        XCTAssertEqual(TerminalText.sanitizedLine(family + england), family + england)
        XCTAssertEqual(TerminalText.typedLine(family), family)
        // Diagnostics keep one scalar for each, so columns still point at the right place.
        XCTAssertEqual(TerminalText.controlsShown("a\u{200B}b\u{202E}c"), "a\u{FFFD}b\u{FFFD}c")
    }
}
