import Foundation
import ReadinessCore
import ReadinessStore
import XCTest

/// Compiled questionnaires only ever save time: a copy is used only while it matches its file exactly,
/// and a damaged or unwritable cache never shows.
final class CompiledQuestionnairesTests: XCTestCase {
    private struct Setup {
        let folder: TemporaryFolder
        let questionnaires: String
        let source: String
        let compiledFolder: String

        init() throws {
            folder = try TemporaryFolder()
            questionnaires = folder.path("questionnaires")
            try FileManager.default.createDirectory(atPath: questionnaires, withIntermediateDirectories: true)
            source = questionnaires + "/tiny.yaml"
            compiledFolder = folder.path("cache/readiness/questionnaires")
            try write(StoreFixtures.tinyYAML(version: "1", extraQuestion: ""))
        }

        func write(_ yaml: String) throws { try yaml.write(toFile: source, atomically: false, encoding: .utf8) }

        func catalog(stamp: String = "build 1", folder: String? = nil) throws -> QuestionnaireCatalog {
            try QuestionnaireCatalog(
                directory: questionnaires, compiled: CompiledQuestionnaires(folder: folder ?? compiledFolder, stamp: stamp))
        }

        func title() throws -> String { try XCTUnwrap(catalog().questionnaires.first).title }

        /// The one compiled copy.
        func copy() throws -> String {
            let names = try FileManager.default.contentsOfDirectory(atPath: compiledFolder)
            XCTAssertEqual(names.count, 1, "\(names)")
            return compiledFolder + "/" + (try XCTUnwrap(names.first))
        }

        /// Rewrites the compiled copy's body, keeping its header: what a read of the copy would then give.
        func tamperWithCopy(_ change: (String) -> String) throws {
            let text = try String(contentsOfFile: copy(), encoding: .utf8)
            let newline = try XCTUnwrap(text.firstIndex(of: "\n"))
            try (String(text[...newline]) + change(String(text[text.index(after: newline)...]))).write(
                toFile: copy(), atomically: false, encoding: .utf8)
        }
    }

    func testTheCopyGivesTheSameQuestionnaireAndIsPrivate() throws {
        let setup = try Setup()
        let loaded = try QuestionnaireCatalog.load(path: setup.source)
        let first = try XCTUnwrap(setup.catalog().questionnaires.first)
        let second = try XCTUnwrap(setup.catalog().questionnaires.first)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        XCTAssertEqual(try encoder.encode(first), try encoder.encode(loaded))
        XCTAssertEqual(try encoder.encode(second), try encoder.encode(loaded))
        XCTAssertEqual(second.questions.map(\.id), loaded.questions.map(\.id))
        XCTAssertEqual(second.position(ofQuestion: "sites"), loaded.position(ofQuestion: "sites"))
        let attributes = try FileManager.default.attributesOfItem(atPath: setup.copy())
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testAMatchingCopyIsWhatIsRead() throws {
        let setup = try Setup()
        _ = try setup.catalog()
        try setup.tamperWithCopy { $0.replacingOccurrences(of: "A tiny readiness check", with: "Read from the copy") }
        XCTAssertEqual(try setup.title(), "Read from the copy")
        // Another build never reads it.
        XCTAssertEqual(try setup.catalog(stamp: "build 2").questionnaires.first?.title, "A tiny readiness check")
    }

    func testAChangedFileIsSeenEvenWithItsSizeAndTimeGivenBack() throws {
        let setup = try Setup()
        XCTAssertEqual(try setup.title(), "A tiny readiness check")
        let before = try FileManager.default.attributesOfItem(atPath: setup.source)
        var info = stat()
        XCTAssertEqual(stat(setup.source, &info), 0)
        // The same number of bytes, and the modification time put back to the nanosecond.
        try setup.write(StoreFixtures.tinyYAML(version: "1", extraQuestion: "").replacingOccurrences(of: "A tiny", with: "A tidy"))
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, setup.source, &times, 0), 0)
        let after = try FileManager.default.attributesOfItem(atPath: setup.source)
        XCTAssertEqual(after[.size] as? NSNumber, before[.size] as? NSNumber)
        XCTAssertEqual(after[.modificationDate] as? Date, before[.modificationDate] as? Date)
        XCTAssertEqual(try setup.title(), "A tidy readiness check")
    }

    func testADamagedCopyIsRebuiltSilently() throws {
        let setup = try Setup()
        _ = try setup.catalog()
        for damage in ["{\"not\": \"a questionnaire\"}", "", "\u{0}\u{1}garbage"] {
            try setup.tamperWithCopy { _ in damage }
            XCTAssertEqual(try setup.title(), "A tiny readiness check")
            // Rebuilt: the copy reads again.
            try setup.tamperWithCopy { $0.replacingOccurrences(of: "A tiny readiness check", with: "Rebuilt") }
            XCTAssertEqual(try setup.title(), "Rebuilt")
        }
        try Data([0xFF, 0x00, 0x0A]).write(to: URL(fileURLWithPath: setup.copy()))
        XCTAssertEqual(try setup.title(), "A tiny readiness check")
    }

    func testAnUnwritableCacheFolderStillLoads() throws {
        let setup = try Setup()
        // A file where the cache folder would be: nothing can be created under it, whoever runs the test.
        let blocked = setup.folder.path("blocked")
        try "a file".write(toFile: blocked, atomically: false, encoding: .utf8)
        for _ in 0..<2 {
            XCTAssertEqual(try setup.catalog(folder: blocked + "/questionnaires").questionnaires.first?.title, "A tiny readiness check")
        }
        XCTAssertEqual(try String(contentsOfFile: blocked, encoding: .utf8), "a file")
    }

    func testAnInvalidFileIsReportedEveryTimeAndNeverCopied() throws {
        let setup = try Setup()
        try setup.write("id: tiny-check\nversion: \"1\"\n")
        for _ in 0..<2 {
            guard case .failure(.invalid) = try setup.catalog().entries.first?.result else {
                return XCTFail("the invalid file should be reported")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: setup.compiledFolder))
    }
}
