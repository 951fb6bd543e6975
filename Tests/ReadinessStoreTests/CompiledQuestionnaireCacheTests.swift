import Foundation
import ReproducibleRandom
import TestSupport
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// A compiled copy is used only while it can be trusted, and never changes what a command reads: a
/// changed questionnaire or include is read afresh even with its old size and time, a copy of another
/// build or a damaged one is rebuilt, and a broken file is never kept.
///
/// To tell whether a copy was used, some tests plant a copy of a *different* questionnaire that
/// describes the real file exactly: reading it back means the copy was trusted.
final class CompiledQuestionnaireCacheTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private var folder: TemporaryFolder!
    private var cache: CompiledQuestionnaireCache!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        cache = CompiledQuestionnaireCache(folder: folder.path("cache/questionnaires"), stamp: "readiness 1.0 build A")
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = folder.path(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    private func load(_ path: String, with cache: CompiledQuestionnaireCache? = nil) throws -> Questionnaire {
        try QuestionnaireCatalog.load(path: path, compiled: cache ?? self.cache)
    }

    /// A copy of `other` that describes the file at `path` (and its includes) exactly as they are.
    private func plant(_ other: Questionnaire, for path: String, includes: [String] = []) throws {
        let sources = try ([path] + includes).map { source in
            try XCTUnwrap(CompiledQuestionnaireCache.Source.current(source, bytes: try FileReader.bytes(atPath: source)))
        }
        cache.keep(other, from: sources)
    }

    private func decoy() throws -> Questionnaire {
        try QuestionnaireLoader.load(
            SourceFile.decoding(path: "decoy.yaml", bytes: Array(TinyQuestionnaire.yaml(version: "99").utf8)))
    }

    /// Sets a file's time back to what it was, so only its contents tell that it changed.
    private func restoreTime(of path: String, to info: stat) {
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
    }

    private func info(_ path: String) -> stat {
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        return info
    }

    func testTheSecondReadIsTheSameQuestionnaireFromItsCopy() throws {
        let path = try write("tiny.yaml", TinyQuestionnaire.yaml(version: "1"))
        let first = try load(path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.copyPath(for: path)), "the first read keeps a copy")
        let second = try load(path)
        XCTAssertEqual(LoadedModelDump.text(of: second), LoadedModelDump.text(of: first))
        try plant(try decoy(), for: path)
        XCTAssertEqual(try load(path).version, "99", "an unchanged file is read from its copy")
    }

    func testAChangedFileIsReadAfreshEvenWithItsOldSizeAndTime() throws {
        let path = try write("tiny.yaml", TinyQuestionnaire.yaml(version: "1"))
        let before = info(path)
        try plant(try decoy(), for: path)
        // The same length, another title: only the contents tell once the time is put back.
        _ = try write("tiny.yaml", TinyQuestionnaire.yaml(version: "1").replacingOccurrences(of: "A tiny", with: "A tidy"))
        restoreTime(of: path, to: before)
        XCTAssertEqual(info(path).st_size, before.st_size)
        let read = try load(path)
        XCTAssertEqual(read.title, "A tidy readiness check")
        XCTAssertEqual(try load(path).title, "A tidy readiness check", "and the copy is rebuilt from the change")
    }

    func testATouchedFileIsReadAfresh() throws {
        let path = try write("tiny.yaml", TinyQuestionnaire.yaml(version: "1"))
        try plant(try decoy(), for: path)
        var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        XCTAssertEqual(try load(path).version, "1")
    }

    func testAChangedOrMissingIncludeIsReadAfresh() throws {
        let main = try write(
            "q/quick.yaml",
            String(contentsOf: Self.repository.appendingPathComponent("questionnaires/discovery-quick-v2.yaml"), encoding: .utf8))
        let shared = Self.repository.appendingPathComponent("questionnaires/shared/split-v2.yaml")
        let include = try write("q/shared/split-v2.yaml", String(contentsOf: shared, encoding: .utf8))
        let loaded = try load(main)
        XCTAssertEqual(LoadedModelDump.text(of: try load(main)), LoadedModelDump.text(of: loaded))
        try plant(try decoy(), for: main, includes: [include])
        XCTAssertEqual(try load(main).version, "99", "unchanged files: the copy")

        let before = info(include)
        let text = try String(contentsOfFile: include, encoding: .utf8)
        let changed = try XCTUnwrap(text.range(of: "high, count: 4,").map { text.replacingCharacters(in: $0, with: "high, count: 3,") })
        XCTAssertEqual(changed.utf8.count, text.utf8.count)
        _ = try write("q/shared/split-v2.yaml", changed)
        restoreTime(of: include, to: before)
        let reread = try load(main)
        XCTAssertEqual(reread.version, "2")
        XCTAssertEqual(loaded.splitPolicy.strongest.count, 4)
        XCTAssertEqual(reread.splitPolicy.strongest.count, 3, "the include's change is read")

        try FileManager.default.removeItem(atPath: include)
        XCTAssertThrowsError(try load(main), "a missing include is reported as without a cache")
    }

    func testACopyOfAnotherBuildIsNotRead() throws {
        let path = try write("tiny.yaml", TinyQuestionnaire.yaml(version: "1"))
        try plant(try decoy(), for: path)
        let rebuilt = CompiledQuestionnaireCache(folder: cache.folder, stamp: "readiness 1.0 build B")
        XCTAssertEqual(try load(path, with: rebuilt).version, "1")
        XCTAssertEqual(try load(path, with: rebuilt).version, "1", "and the copy is now the new build's")
        XCTAssertEqual(try load(path).version, "1", "which the old build does not read either")
    }

    func testADamagedCopyIsRebuiltSilently() throws {
        let path = try write("tiny.yaml", TinyQuestionnaire.yaml(version: "1"))
        let expected = LoadedModelDump.text(of: try load(path))
        let copyPath = cache.copyPath(for: path)
        let good = try FileReader.bytes(atPath: copyPath)
        var random = SeededGenerator(seed: 0xDA_4A9E)
        var damages: [[UInt8]] = [[], Array("not a copy".utf8), Array(good.prefix(good.count / 2)), good + [0]]
        for _ in 0..<120 {
            var damaged = good
            damaged[random.next(upTo: damaged.count)] ^= UInt8(1 + random.next(upTo: 255))
            damages.append(damaged)
        }
        for damaged in damages {
            try Data(damaged).write(to: URL(fileURLWithPath: copyPath))
            XCTAssertEqual(LoadedModelDump.text(of: try load(path)), expected)
            XCTAssertEqual(try FileReader.bytes(atPath: copyPath), good, "the copy is written again")
        }
    }

    func testABrokenFileIsNeverKept() throws {
        let path = try write("broken.yaml", "id: broken\nversion: \"1\"\ntitle: Broken\nsignals: [\n")
        XCTAssertThrowsError(try load(path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.copyPath(for: path)))
    }

    func testACacheFolderThatCannotBeWrittenChangesNothing() throws {
        let path = try write("tiny.yaml", TinyQuestionnaire.yaml(version: "1"))
        _ = try write("blocked", "a file where the cache folder would be")
        let blocked = CompiledQuestionnaireCache(folder: folder.path("blocked/questionnaires"), stamp: cache.stamp)
        XCTAssertEqual(try load(path, with: blocked).version, "1")
        XCTAssertEqual(try load(path, with: blocked).version, "1")
    }
}
