import Foundation
import TestSupport
import XCTest

@testable import ReadinessCore

/// What the loader builds from every shipped questionnaire and every questionnaire fixture, pinned as a
/// whole: each file's warnings and its loaded model (every stored property, through `LoadedModelDump`),
/// and every invalid fixture's rendered diagnostics. A change to how files are read (speed, say) must
/// leave all of it the same; `RECORD_SNAPSHOTS=1` re-records the files in `Fixtures/loaded` after a
/// deliberate change, to be read as a diff.
final class LoaderIdentityTests: XCTestCase {
    private static let root = EngineFixtures.repositoryRoot
    private static let recorded = root.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures/loaded")

    /// The questionnaires that load, as paths from the repository root.
    private static func loadingFiles() throws -> [String] {
        var paths: [String] = []
        for folder in [
            "questionnaires", "Tests/ReadinessCoreTests/Fixtures/valid", "Tests/ReadinessCoreTests/Fixtures/legacy", "Fuzz/Questionnaires",
        ] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            paths += names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
        }
        return paths
    }

    private static func source(_ path: String) throws -> SourceFile {
        try SourceFile.decoding(path: path, bytes: [UInt8](Data(contentsOf: root.appendingPathComponent(path))))
    }

    /// The warnings and then the model, or the diagnostics when the file does not load.
    private static func dump(_ path: String) throws -> String {
        let check = QuestionnaireLoader.check(try source(path), includes: EngineFixtures.readInclude)
        var text = "diagnostics:\n" + DiagnosticRenderer.render(check.diagnostics, in: check.files)
        text += "files: \(check.files.map(\.path))\n"
        if let questionnaire = check.questionnaire { text += LoadedModelDump.text(of: questionnaire) }
        return text
    }

    func testEveryQuestionnaireThatLoadsGivesTheRecordedModel() throws {
        let paths = try Self.loadingFiles()
        XCTAssertGreaterThanOrEqual(paths.count, 9)
        for path in paths {
            let text = try Self.dump(path)
            XCTAssertTrue(text.contains("\nQuestionnaire\n"), "\(path) does not load:\n\(text.prefix(2000))")
            let name = path.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".yaml", with: ".txt")
            assertSnapshot(text, named: name, in: Self.recorded)
        }
    }

    func testEveryInvalidFixtureGivesTheRecordedDiagnostics() throws {
        let folder = "Tests/ReadinessCoreTests/Fixtures/invalid"
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 30)
        var text = ""
        for name in names {
            text += "== \(name)\n" + (try Self.dump("\(folder)/\(name)"))
        }
        assertSnapshot(text, named: "invalid.txt", in: Self.recorded)
    }

    /// The dump of the model tells values apart: the check above can fail.
    func testTheDumpSeesADifferenceDeepInTheModel() throws {
        let text = try String(
            contentsOf: Self.root.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures/valid/small.yaml"), encoding: .utf8)
        let base = try Self.dump("Tests/ReadinessCoreTests/Fixtures/valid/small.yaml")
        XCTAssertTrue(text.contains("weight: 3"))
        let changed = QuestionnaireLoader.check(
            SourceFile(
                path: "Tests/ReadinessCoreTests/Fixtures/valid/small.yaml",
                text: text.replacingOccurrences(of: "weight: 3", with: "weight: 2")))
        let other =
            "diagnostics:\n" + DiagnosticRenderer.render(changed.diagnostics, in: changed.files)
            + "files: \(changed.files.map(\.path))\n" + LoadedModelDump.text(of: try XCTUnwrap(changed.questionnaire))
        XCTAssertNotEqual(base, other)
    }
}
