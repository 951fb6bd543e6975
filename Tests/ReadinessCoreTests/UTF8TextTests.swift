import ReproducibleRandom
import XCTest

@testable import ReadinessCore

/// Text from bytes that must be UTF-8: `UTF8Text.decoded` accepts and refuses exactly what
/// `String(validating:)` does, and gives the same text; the compiled questionnaire's reader uses it.
final class UTF8TextTests: XCTestCase {
    func testDecodingAgreesWithValidatingOverRandomBytes() {
        var generator = SeededGenerator(seed: 20261206)
        // Pieces of valid text and stray bytes, so both answers come up often.
        let pieces: [[UInt8]] = [
            Array("plain ".utf8), Array("é".utf8), Array("—".utf8), Array("👩‍💻".utf8), Array("\u{FFFD}".utf8), [0],
            [0x80], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF],
        ]
        var refused = 0
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let expected = String(validating: bytes, as: UTF8.self)
            let decoded = UTF8Text.decoded(bytes)
            XCTAssertEqual(decoded.map { Array($0.utf8) }, expected.map { Array($0.utf8) }, "\(bytes)")
            if expected == nil { refused += 1 }
        }
        XCTAssertGreaterThan(refused, 1_000)
    }

    func testTheReaderGivesBackWhatTheWriterWroteWhateverItsCharacters() throws {
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

    func testTheReaderRefusesBytesThatAreNotUTF8() {
        for bytes: [UInt8] in [[0xFF], [0x61, 0x80, 0x62], [0xEF, 0xBF, 0xBD, 0xFE]] {
            var writer = BinaryWriter()
            writer.data(bytes)  // a count and the bytes: how a string is written
            var reader = BinaryReader(writer.bytes)
            XCTAssertThrowsError(try reader.string(), "\(bytes) is not UTF-8")
        }
    }
}
