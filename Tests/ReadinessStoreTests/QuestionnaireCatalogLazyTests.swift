import Foundation
import TestSupport
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// The catalog indexes every file by its top-level keys and reads a file whole only when it is needed,
/// and every lookup gives what reading every file would.
final class QuestionnaireCatalogLazyTests: XCTestCase {
    /// A questionnaire `id` in `version`: the tiny one under another id.
    private func yaml(id: String = "tiny-check", version: String) -> String {
        TinyQuestionnaire.yaml(version: version).replacingOccurrences(of: "id: tiny-check", with: "id: \(id)")
    }

    /// Its top-level keys are fine, the rest is a YAML syntax error on line 5.
    private func brokenBody(id: String, version: String) -> String {
        "id: \(id)\nversion: \"\(version)\"\ntitle: Broken below\nsignals: [\n  - oops: [\n"
    }

    private func write(_ folder: TemporaryFolder, _ name: String, _ text: String) throws {
        try text.write(toFile: folder.path(name), atomically: true, encoding: .utf8)
    }

    func testTheIndexReadsTheTopLevelKeysAndNoFileWhole() throws {
        let folder = try TemporaryFolder()
        try write(folder, "a.yaml", yaml(version: "1"))
        try write(
            folder, "b.yaml", "# A comment first.\ntitle: 'Quoted: title'\nversion: 2\nsections: [{id: s, questions: []}]\nid: tiny-check\n"
        )
        try write(folder, "c.yaml", "- a list at the top\n")
        try write(folder, "d.yaml", "id: [not, text]\nversion: \"1\"\n")
        let catalog = try QuestionnaireCatalog(directory: folder.url.path)
        XCTAssertEqual(catalog.readPaths, [], "indexing reads no file whole")
        XCTAssertEqual(
            catalog.headers.map { [$0.id, $0.version, $0.title] },
            [["tiny-check", "1", "A tiny readiness check"], ["tiny-check", "2", "Quoted: title"], [nil, nil, nil], [nil, "1", nil]])
        XCTAssertEqual(catalog.headers.map(\.isKnown), [true, true, false, false])
    }

    /// The index reads the start of each file; keys after a long opening comment, or a title that the
    /// start cuts in two, are read from the whole file, never guessed from a piece.
    func testKeysPastTheStartOfAFileAreReadWhole() throws {
        let folder = try TemporaryFolder()
        let comment = String(repeating: "# A long opening comment, line after line.\n", count: 600)
        try write(folder, "late.yaml", comment + yaml(id: "late", version: "3"))
        let title = "A title the start cuts " + String(repeating: "z", count: 300)
        let lead = "# " + String(repeating: "y", count: QuestionnaireCatalog.Header.prefixBytes - 30) + "\n"
        try write(folder, "straddle.yaml", lead + "id: straddle\nversion: \"1\"\ntitle: \(title)\nsections: []\n")
        try write(folder, "short.yaml", yaml(id: "short", version: "1"))
        let catalog = try QuestionnaireCatalog(directory: folder.url.path)
        XCTAssertEqual(
            catalog.headers.map { [$0.id, $0.version, $0.title] },
            [["late", "3", "A tiny readiness check"], ["short", "1", "A tiny readiness check"], ["straddle", "1", title]])
        XCTAssertEqual(catalog.readPaths, [], "indexing reads no file for its questionnaire")
    }

    func testAQuestionnaireIsReadOnlyWhenUsedSoABrokenUnusedOneStopsNothing() throws {
        let folder = try TemporaryFolder()
        try write(folder, "other.yaml", brokenBody(id: "other", version: "1"))
        try write(folder, "tiny.yaml", yaml(version: "1"))
        let catalog = try QuestionnaireCatalog(directory: folder.url.path)
        XCTAssertEqual(try catalog.questionnaire(id: "tiny-check").version, "1")
        XCTAssertEqual(catalog.questionnaire(id: "tiny-check", version: "1")?.title, "A tiny readiness check")
        XCTAssertNotNil(catalog.fingerprint(of: try catalog.questionnaire(id: "tiny-check")))
        XCTAssertEqual(catalog.readPaths, [folder.path("tiny.yaml")], "the broken file was never read")

        // Used, the broken one says where it is broken.
        XCTAssertThrowsError(try catalog.questionnaire(id: "other")) { error in
            guard case .invalid(.invalid(let diagnostics))? = error as? CatalogError else { return XCTFail("\(error)") }
            XCTAssertTrue(diagnostics.description.contains("other.yaml:5:3: error: YAML syntax"), diagnostics.description)
        }
        // Reading every file (validate, `questionnaires`) still finds it.
        XCTAssertEqual(catalog.entries.map { (try? $0.result.get()) == nil }, [true, false])
    }

    /// A listing (the start screen's drafts, `list`) reads and fingerprints only the questionnaires its
    /// assessments were answered under, and remembers rows as before.
    func testAListingReadsOnlyTheQuestionnairesItsAssessmentsUse() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("questionnaires"), withIntermediateDirectories: true)
        try write(folder, "questionnaires/other.yaml", yaml(id: "other", version: "1"))
        try write(folder, "questionnaires/tiny.yaml", yaml(version: "1"))
        func store() throws -> (FileAssessmentStore, QuestionnaireCatalog) {
            let catalog = try QuestionnaireCatalog(directory: folder.path("questionnaires"))
            let cache = ListingCache(path: folder.path("cache/list.cache"), stamp: "build 1")
            return (FileAssessmentStore(directory: folder.path("assessments"), questionnaires: catalog, cache: cache), catalog)
        }
        let (first, firstCatalog) = try store()
        try first.save(StoreFixtures.assessment(id: "aaaa2222", updated: 1, status: .complete, answers: StoreFixtures.fullAnswers))
        let listed = first.listing()
        XCTAssertEqual(listed.summaries.map(\.id), ["aaaa2222"])
        XCTAssertEqual(firstCatalog.readPaths, [folder.path("questionnaires/tiny.yaml")])
        let (second, secondCatalog) = try store()
        XCTAssertEqual(second.listing().summaries, listed.summaries, "the remembered row")
        XCTAssertEqual(secondCatalog.readPaths, [folder.path("questionnaires/tiny.yaml")])
    }

    /// Each lookup against the same lookup over every file read (the catalog's behaviour before the
    /// index): the newest that loads, the first of two files with the same id and version, a broken
    /// newest file leaving the one before it in use, a file whose header lies or cannot be scanned.
    func testEveryLookupGivesWhatReadingEveryFileGives() throws {
        let folder = try TemporaryFolder()
        try write(folder, "a.yaml", yaml(version: "9"))
        try write(folder, "b.yaml", brokenBody(id: "tiny-check", version: "10"))
        try write(folder, "c.yaml", yaml(version: "9").replacingOccurrences(of: "A tiny readiness check", with: "The second nine"))
        try write(folder, "d.yaml", yaml(version: "2.0"))
        try write(folder, "e.yaml", yaml(id: "other", version: "3"))
        try write(folder, "f.yaml", yaml(id: "other", version: "3.0"))
        try write(folder, "g.yaml", "[unclosed\n")
        try write(folder, "h.yaml", brokenBody(id: "only-broken", version: "1"))
        let directory = folder.url.path
        let everyFile = QuestionnaireShelf(try QuestionnaireCatalog(directory: directory).questionnaires)
        func same(_ lhs: Questionnaire?, _ rhs: Questionnaire?, _ what: String) {
            XCTAssertEqual(lhs.map { [$0.id, $0.version, $0.title] }, rhs.map { [$0.id, $0.version, $0.title] }, what)
        }
        for id in ["tiny-check", "other", "only-broken", "missing"] {
            same(try QuestionnaireCatalog(directory: directory).newest(id: id), everyFile.newest(id: id), "newest \(id)")
            for version in ["9", "10", "2", "2.0", "3", "3.0", "1"] {
                same(
                    try QuestionnaireCatalog(directory: directory).questionnaire(id: id, version: version),
                    everyFile.questionnaire(id: id, version: version), "\(id)@\(version)")
            }
        }
        let lazy = try QuestionnaireCatalog(directory: directory)
        XCTAssertEqual(lazy.newestVersions.map { "\($0.id)@\($0.version)" }, ["other@3.0", "tiny-check@9"])
        XCTAssertEqual(lazy.questionnaire(id: "tiny-check", version: "9")?.title, "A tiny readiness check", "the first file wins")
        XCTAssertEqual(lazy.shadowed.map(\.path), [folder.path("c.yaml")], "the repeat is still named")
    }

    /// What the start screen lists before reading any file whole: the newest version of each id by its
    /// header, the same ids and titles `newestVersions` gives when every newest file loads.
    func testNewestTitlesReadNoFileAndMatchTheQuestionnairesTheyName() throws {
        let folder = try TemporaryFolder()
        try write(folder, "a.yaml", yaml(version: "9"))
        try write(folder, "b.yaml", yaml(version: "10").replacingOccurrences(of: "A tiny readiness check", with: "Ten"))
        try write(folder, "c.yaml", yaml(id: "other", version: "3"))
        try write(folder, "d.yaml", brokenBody(id: "broken", version: "1"))
        let catalog = try QuestionnaireCatalog(directory: folder.url.path)
        XCTAssertEqual(
            catalog.newestTitles.map { [$0.id, $0.title] },
            [["broken", "Broken below"], ["other", "A tiny readiness check"], ["tiny-check", "Ten"]])
        XCTAssertEqual(catalog.readPaths, [], "listed by the headers alone")
        XCTAssertNil(catalog.newest(id: "broken"), "listed, and known not to load once asked for")

        // A file whose header cannot be scanned may hold any id: every file is read, as `newestVersions` does.
        try write(folder, "e.yaml", "{id: flow, version: \"1\", title: Flow, sections: []}\n")
        let unsure = try QuestionnaireCatalog(directory: folder.url.path)
        if unsure.headers.allSatisfy(\.isKnown) { return }  // the scan read the flow mapping after all
        XCTAssertEqual(unsure.newestTitles.map(\.id), unsure.newestVersions.map(\.id))
    }

    /// The shipped questionnaires: each header's title is the title the full read gives.
    func testTheShippedHeadersGiveTheLoadedTitles() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let catalog = try QuestionnaireCatalog(directory: repository.appendingPathComponent("questionnaires").path)
        let titles = catalog.newestTitles
        XCTAssertEqual(titles.map(\.id), catalog.newestVersions.map(\.id))
        XCTAssertEqual(titles.map(\.title), catalog.newestVersions.map(\.title))
        XCTAssertFalse(titles.isEmpty)
    }

    /// Two threads asking for the same file at once (the interview's start screen listing a draft while
    /// the other core reads the questionnaire it will start) read it once: the second waits for the first.
    func testAFileAskedForByTwoThreadsAtOnceIsReadOnce() {
        let slots = LoadSlots(count: 2)
        final class Count: @unchecked Sendable {
            let lock = ThreadLock()
            var reads = [0, 0]
        }
        let count = Count()
        // Eight threads of their own (a dispatch queue would run only as many at once as there are cores).
        let done = DispatchGroup()
        for thread in 0..<8 {
            done.enter()
            Thread {
                let index = thread % 2
                _ = slots.fill(index) {
                    count.lock.withLock { count.reads[index] += 1 }
                    usleep(50_000)  // long enough for the other threads to ask meanwhile
                    return QuestionnaireCatalog.Entry(
                        path: "file-\(index)", result: .failure(.file(FileError(path: "x", reason: "test"))))
                }
                done.leave()
            }.start()
        }
        done.wait()
        XCTAssertEqual(count.lock.withLock { count.reads }, [1, 1])
        XCTAssertEqual(slots.value(0)?.path, "file-0")
    }
}
