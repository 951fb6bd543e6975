import XCTest

@testable import ReadinessCore

/// The reader's text: what the writer wrote comes back byte for byte, and bytes that are not UTF-8 are
/// refused, never repaired into other text.
final class BinaryReaderTextTests: XCTestCase {
    func testTextComesBackAsWrittenWhateverItsCharacters() throws {
        let texts = ["", "plain", "naïve café", "co-managed — “quoted”", "\u{FFFD} kept as written", "👩‍💻 e\u{301}", "\0inside"]
        var writer = BinaryWriter()
        for text in texts { writer.string(text) }
        var reader = BinaryReader(writer.bytes)
        for text in texts {
            let read = try reader.string()
            XCTAssertEqual(Array(read.utf8), Array(text.utf8))
        }
        XCTAssertTrue(reader.isAtEnd)
    }

    func testBytesThatAreNotUTF8AreRefused() {
        let invalid: [[UInt8]] = [
            [0xFF], [0xC3], [0x61, 0x80, 0x62], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
            [0xEF, 0xBF, 0xBD, 0xFE],
        ]
        for bytes in invalid {
            var writer = BinaryWriter()
            writer.data(bytes)  // a count and the bytes: how a string is written
            var reader = BinaryReader(writer.bytes)
            XCTAssertThrowsError(try reader.string(), "\(bytes) is not UTF-8")
        }
    }
}
