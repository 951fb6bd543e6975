import XCTest

@testable import ReadinessCore

#if canImport(Glibc)
    import Glibc
#endif

/// `DisplayWidth` claims to count columns as ncurses does, and ncurses asks the C library's `wcwidth`.
/// So the table is checked against the real `wcwidth` of this machine's C library, scalar by scalar, over
/// the ranges that text in this program uses: an independent check, not the table checked against itself.
final class DisplayWidthLibcTests: XCTestCase {
    /// Latin and its accents, Greek, Cyrillic, Hebrew, Arabic, combining marks, CJK, Hangul, kana,
    /// Devanagari, Thai, fullwidth forms, the symbols and emoji that names and notes hold.
    private static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0x24F, 0x300...0x36F, 0x370...0x52F, 0x590...0x6FF,
        0x1100...0x11FF, 0x2000...0x206F, 0x2190...0x27BF, 0x2E80...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE00...0xFE6F, 0xFF00...0xFFEF,
        0x900...0x97F, 0xE00...0xE7F, 0x1F000...0x1FAFF, 0x20000...0x2A6DF,
    ]

    func testEveryAssignedScalarTakesTheColumnsTheCLibrarySays() throws {
        let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        defer { _ = setlocale(LC_CTYPE, previous) }
        try XCTSkipIf(setlocale(LC_CTYPE, "C.UTF-8") == nil, "the C.UTF-8 locale is not installed, so wcwidth cannot be asked")
        // Glibc's module map hides wcwidth (it needs _XOPEN_SOURCE); the symbol itself is always there.
        let symbol = try XCTUnwrap(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"), "the C library has no wcwidth")
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        var mismatches: [String] = []
        var compared = 0
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let libc = wcwidth(Int32(value))
                // -1: the C library does not know the scalar (unassigned in its Unicode version); nothing to compare.
                guard libc >= 0 else { continue }
                compared += 1
                let ours = DisplayWidth.of(scalar)
                if ours != Int(libc) {
                    mismatches.append(String(format: "U+%04X ours %d, wcwidth %d", value, ours, libc))
                }
            }
        }
        XCTAssertGreaterThan(compared, 50_000, "the ranges were compared")
        XCTAssertEqual(mismatches, [], "\(mismatches.count) scalars differ:\n" + mismatches.prefix(40).joined(separator: "\n"))
    }
}
