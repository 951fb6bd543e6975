import Foundation
import TestSupport
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// The list cache only ever saves time: every change to a file or a questionnaire shows at once.
final class ListingCacheTests: XCTestCase {
    /// A store whose questionnaires come from a real folder (fingerprints are of the files) and a cache.
    private struct Setup {
        let folder: TemporaryFolder
        let questionnaireFolder: String
        let cachePath: String

        init() throws {
            folder = try TemporaryFolder()
            questionnaireFolder = folder.path("questionnaires")
            try FileManager.default.createDirectory(atPath: questionnaireFolder, withIntermediateDirectories: true)
            cachePath = folder.path("cache/readiness/list.cache")
            try writeQuestionnaire(TinyQuestionnaire.yaml(version: "1"))
        }

        func writeQuestionnaire(_ yaml: String) throws {
            try yaml.write(toFile: questionnaireFolder + "/tiny.yaml", atomically: true, encoding: .utf8)
        }

        func store(stamp: String = "build 1") throws -> FileAssessmentStore {
            FileAssessmentStore(
                directory: folder.path("assessments"), questionnaires: try QuestionnaireCatalog(directory: questionnaireFolder),
                cache: ListingCache(path: cachePath, stamp: stamp))
        }
    }

    func testAListingIsRememberedPrivatelyAndGivesTheSameRows() throws {
        let setup = try Setup()
        let store = try setup.store()
        try store.save(StoreFixtures.assessment(id: "aaaa2222", updated: 1, status: .complete, answers: StoreFixtures.fullAnswers))
        try store.save(StoreFixtures.assessment(id: "bbbb2222", updated: 2))
        let first = store.listing()
        XCTAssertEqual(permissions(of: setup.cachePath), 0o600)
        XCTAssertEqual(permissions(of: setup.folder.path("cache/readiness")), 0o700)
        let second = try setup.store().listing()
        XCTAssertEqual(second.summaries, first.summaries)
        XCTAssertEqual(second.summaries.map(\.id), ["bbbb2222", "aaaa2222"])
    }

    func testRowsRememberedOnSaveMatchWhatReadingTheFileGives() throws {
        let setup = try Setup()
        let store = try setup.store()
        // Sub-second times: the file keeps whole seconds, and so must the remembered row.
        var assessment = StoreFixtures.assessment(id: "frac2222", status: .complete, answers: StoreFixtures.fullAnswers)
        assessment.updated = assessment.updated.addingTimeInterval(0.75)
        try store.save(assessment)
        let remembered = store.listing().summaries
        try FileManager.default.removeItem(atPath: setup.cachePath)
        XCTAssertEqual(try setup.store().listing().summaries, remembered)
    }

    func testAFileChangedBehindTheStoresBackIsReadAgain() throws {
        let setup = try Setup()
        let store = try setup.store()
        try store.save(StoreFixtures.assessment(id: "edit2222", organization: "Before"))
        XCTAssertEqual(store.listing().summaries.first?.organization, "Before")
        // Edited by hand (or synced in), same size, same second.
        let path = store.path(of: "edit2222")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"Before\"", with: "\"Behind\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try setup.store().listing().summaries.first?.organization, "Behind")
        // Damaged by hand: reported, not remembered.
        try "{".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try setup.store().listing().problems.map(\.path), [path])
    }

    func testAChangedQuestionnaireIsReadAgain() throws {
        let setup = try Setup()
        try setup.store().save(
            StoreFixtures.assessment(
                id: "ques2222", status: .complete,
                answers: ["after-hours": AnswerRecord(response: .choice("covered")), "sites": AnswerRecord(response: .number(1))]))
        XCTAssertEqual(try setup.store().listing().summaries.first?.rating, .notYet)
        // The same version, edited: the bands move. The rating must follow.
        try setup.writeQuestionnaire(
            TinyQuestionnaire.yaml(version: "1").replacingOccurrences(
                of: """
                        - {rating: not-yet, min: 0, max: 29, reason: "Covered today."}
                        - {rating: possible-fit, min: 30, max: 49, reason: "Worth a closer look."}
                    """,
                with: """
                        - {rating: possible-fit, min: 0, max: 49, reason: "Worth a closer look."}
                    """))
        XCTAssertEqual(try setup.store().listing().summaries.first?.rating, .possibleFit)
    }

    func testAnotherBuildIgnoresTheCache() throws {
        let setup = try Setup()
        try setup.store().save(StoreFixtures.assessment(id: "stmp2222", organization: "Real"))
        _ = try setup.store().listing()
        // Plant a lie in the cache: only a cache of this build may be believed.
        let lie = try String(contentsOfFile: setup.cachePath, encoding: .utf8).replacingOccurrences(of: "\tReal\t", with: "\tLie\t")
        try lie.write(toFile: setup.cachePath, atomically: true, encoding: .utf8)
        XCTAssertEqual(try setup.store().listing().summaries.first?.organization, "Lie", "the same build believes its cache")
        XCTAssertEqual(try setup.store(stamp: "build 2").listing().summaries.first?.organization, "Real")
    }

    func testACacheOfTheOlderFormatIsRebuiltNotMisread() throws {
        // Version 2 rows had no provisional field: read as version 3 they would state a rating too early.
        let setup = try Setup()
        try setup.store().save(
            StoreFixtures.assessment(
                id: "prov2222", organization: "Real", status: .complete,
                answers: ["after-hours": AnswerRecord(response: .unknown), "sites": AnswerRecord(response: .number(1))]))
        XCTAssertEqual(try setup.store().listing().summaries.first?.outcome?.provisional, true)
        let current = try String(contentsOfFile: setup.cachePath, encoding: .utf8)
        XCTAssertTrue(current.hasPrefix("readiness-list-cache 3\t"), current)
        // The same build's rows in the older format, with a planted name: only a rebuild gives "Real".
        let older =
            current.split(separator: "\n").map { line in
                line.hasPrefix("readiness-list-cache")
                    ? "readiness-list-cache 2\tbuild 1"
                    : line.split(separator: "\t", omittingEmptySubsequences: false).dropLast().joined(separator: "\t")
                        .replacingOccurrences(of: "\tReal\t", with: "\tLie\t")
            }.joined(separator: "\n") + "\n"
        try older.write(toFile: setup.cachePath, atomically: true, encoding: .utf8)
        let summary = try XCTUnwrap(setup.store().listing().summaries.first)
        XCTAssertEqual(summary.organization, "Real")
        XCTAssertEqual(summary.outcome?.provisional, true)
        XCTAssertTrue(try String(contentsOfFile: setup.cachePath, encoding: .utf8).hasPrefix("readiness-list-cache 3\t"), "rewritten")
    }

    func testADamagedCacheCostsOnlyTime() throws {
        let setup = try Setup()
        try setup.store().save(StoreFixtures.assessment(id: "dmgd2222", organization: "Tab\there"))
        for damage in ["", "readiness-list-cache 1\tbuild 1\nnot\ta\tvalid\tline\n", "\u{0}\u{1}garbage"] {
            try FileManager.default.createDirectory(atPath: AtomicFile.parentFolder(of: setup.cachePath), withIntermediateDirectories: true)
            try damage.write(toFile: setup.cachePath, atomically: true, encoding: .utf8)
            XCTAssertEqual(try setup.store().listing().summaries.map(\.organization), ["Tab\there"])
        }
    }

    func testDeletedFilesLeaveTheCache() throws {
        let setup = try Setup()
        let store = try setup.store()
        try store.save(StoreFixtures.assessment(id: "gone2222"))
        try store.save(StoreFixtures.assessment(id: "kept2222"))
        _ = store.listing()
        try store.delete("gone2222")
        XCTAssertEqual(store.listing().summaries.map(\.id), ["kept2222"])
        let text = try String(contentsOfFile: setup.cachePath, encoding: .utf8)
        XCTAssertFalse(text.contains("gone2222"))
    }
}
