import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// The compiled questionnaire copies through the real binary: an edited questionnaire shows at once (even
/// with its size and time given back), and a damaged or unwritable cache never shows.
final class CompiledQuestionnaireCacheTests: XCTestCase {
    private struct Workspace {
        let folder: TemporaryFolder

        var source: String { folder.path("questionnaires/discovery-quick.yaml") }
        var copies: String { folder.path("cache/readiness/questionnaires") }

        init() throws {
            folder = try TemporaryFolder()
            let shipped = ReadinessBinary.repository.appendingPathComponent("questionnaires/discovery-quick.yaml").path
            _ = try folder.write("questionnaires/discovery-quick.yaml", String(contentsOfFile: shipped, encoding: .utf8))
        }

        func list(cache: String? = nil) throws -> ReadinessBinary.Outcome {
            try ReadinessBinary.run(
                ["questionnaires"],
                environment: ["READINESS_QUESTIONNAIRES": folder.path("questionnaires"), "XDG_CACHE_HOME": cache ?? folder.path("cache")])
        }
    }

    func testAnEditedQuestionnaireIsSeenEvenWithItsSizeAndTimeGivenBack() throws {
        let workspace = try Workspace()
        let first = try workspace.list()
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Co-managed IT discovery call"), first.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.copies).count, 1)
        XCTAssertEqual(try workspace.list().stdout, first.stdout, "the copy gives the same listing")

        var info = stat()
        XCTAssertEqual(stat(workspace.source, &info), 0)
        let text = try String(contentsOfFile: workspace.source, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "title: Co-managed IT discovery call", with: "title: Co-managed IT discovery chat")
        XCTAssertNotEqual(edited, text)
        XCTAssertEqual(edited.utf8.count, text.utf8.count)
        try edited.write(toFile: workspace.source, atomically: false, encoding: .utf8)
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, workspace.source, &times, 0), 0)

        let second = try workspace.list()
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("Co-managed IT discovery chat"), second.stdout)
        XCTAssertFalse(second.stdout.contains("Co-managed IT discovery call"), second.stdout)
    }

    func testADamagedCopyAndAnUnwritableCacheNeverShow() throws {
        let workspace = try Workspace()
        let first = try workspace.list()
        let copy = workspace.copies + "/" + (try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: workspace.copies).first))
        let header = try XCTUnwrap(String(contentsOfFile: copy, encoding: .utf8).split(separator: "\n").first)
        try (header + "\n{\"id\": 3").write(toFile: copy, atomically: false, encoding: .utf8)
        let damaged = try workspace.list()
        XCTAssertEqual(damaged.status, 0)
        XCTAssertEqual(damaged.stdout, first.stdout)
        XCTAssertEqual(damaged.stderr, "")
        XCTAssertGreaterThan(try String(contentsOfFile: copy, encoding: .utf8).count, 1_000, "rebuilt")

        // The cache folder's place is taken by a file: nothing can be written, and nothing is said.
        let blocked = try workspace.folder.write("blocked", "not a folder")
        let unwritable = try workspace.list(cache: blocked)
        XCTAssertEqual(unwritable.status, 0)
        XCTAssertEqual(unwritable.stdout, first.stdout)
        XCTAssertEqual(unwritable.stderr, "")
    }
}
