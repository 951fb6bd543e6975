import Foundation
import ReproducibleRandom
import TestSupport
import XCTest

@testable import ReadinessCore

/// A questionnaire's compiled bytes read back as the same questionnaire, every stored property included
/// (through `LoadedModelDump`, which walks private storage by reflection, so a property added to the model
/// and forgotten here fails), and damaged bytes refused without a crash.
final class CompiledQuestionnaireTests: XCTestCase {
    private static let root = EngineFixtures.repositoryRoot

    /// Every questionnaire in the repository that loads.
    private static func loaded() throws -> [(path: String, questionnaire: Questionnaire)] {
        var found: [(String, Questionnaire)] = []
        for folder in [
            "questionnaires", "Tests/ReadinessCoreTests/Fixtures/valid", "Tests/ReadinessCoreTests/Fixtures/legacy", "Fuzz/Questionnaires",
        ] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            for name in names.filter({ $0.hasSuffix(".yaml") }).sorted() {
                let path = "\(folder)/\(name)"
                let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
                let file = try SourceFile.decoding(path: path, bytes: bytes)
                if let questionnaire = try? QuestionnaireLoader.load(file, includes: EngineFixtures.readInclude) {
                    found.append((path, questionnaire))
                }
            }
        }
        return found
    }

    func testEveryQuestionnaireReadsBackTheSame() throws {
        let all = try Self.loaded()
        XCTAssertGreaterThanOrEqual(all.count, 9)
        for (path, questionnaire) in all {
            let bytes = questionnaire.compiled
            let read = try Questionnaire(compiled: bytes)
            XCTAssertEqual(LoadedModelDump.text(of: read), LoadedModelDump.text(of: questionnaire), path)
            XCTAssertEqual(read.compiled, bytes, "\(path): the same questionnaire must give the same bytes")
        }
    }

    func testDamagedBytesAreRefusedOrReadWithoutACrash() throws {
        let questionnaire = try XCTUnwrap(try Self.loaded().first { $0.path.hasSuffix("discovery-quick-v2.yaml") }?.questionnaire)
        let bytes = questionnaire.compiled
        // Every cut short: refused (the reader needs every field, and the last one ends the bytes).
        for length in stride(from: 0, to: bytes.count, by: 7) {
            XCTAssertThrowsError(try Questionnaire(compiled: Array(bytes[..<length])), "cut at \(length)")
        }
        XCTAssertThrowsError(try Questionnaire(compiled: bytes + [0]), "a byte left over")
        var format = bytes
        format[0] &+= 1
        XCTAssertThrowsError(try Questionnaire(compiled: format), "another format")
        // Bytes changed at random: whatever happens, no crash, no endless allocation. (The cache file
        // around these bytes carries their hash, so a changed byte that still reads is never used.)
        var random = SeededGenerator(seed: 0xC0_4411ED)
        for _ in 0..<400 {
            var damaged = bytes
            for _ in 0...random.next(upTo: 4) {
                damaged[random.next(upTo: damaged.count)] = UInt8(truncatingIfNeeded: random.next())
            }
            _ = try? Questionnaire(compiled: damaged)
        }
    }

    func testConditionsNestedBeyondAnyLoadableFileAreRefused() {
        var writer = BinaryWriter()
        writer.int(Questionnaire.compiledFormat)
        for text in ["q", "1", "Deep"] { writer.string(text) }
        writer.bool(false)
        writer.int(1)  // one section
        writer.string("s")
        writer.string("S")
        writer.bool(false)
        writer.bool(true)  // showIf: `not` nested far deeper than the loader allows
        for _ in 0..<100_000 { writer.tag(2) }
        XCTAssertThrowsError(try Questionnaire(compiled: writer.bytes))
    }
}
