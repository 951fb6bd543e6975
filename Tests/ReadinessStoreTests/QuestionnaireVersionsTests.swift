import Foundation
import TestSupport
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// Which version of a questionnaire new work gets: the newest by number, never by file name.
final class QuestionnaireVersionsTests: XCTestCase {
    func testVersionsCompareAsDottedNumbers() {
        let ordered = ["0.9", "1", "1.2", "1.10", "2", "9", "10", "10.0.1", "10.1"]
        for (index, older) in ordered.enumerated() {
            for newer in ordered[(index + 1)...] {
                XCTAssertTrue(QuestionnaireVersion.isOlder(older, than: newer), "\(older) < \(newer)")
                XCTAssertFalse(QuestionnaireVersion.isOlder(newer, than: older), "not \(newer) < \(older)")
            }
        }
        XCTAssertEqual(QuestionnaireVersion.newest(["9", "10", "2"].shuffled(), version: { $0 }), "10")
        XCTAssertFalse(QuestionnaireVersion.isOlder("2", than: "2"))
    }

    func testTheCatalogGivesTheNewestVersionWhateverTheFilesAreCalled() throws {
        for (oldName, newName) in [("a.yaml", "b.yaml"), ("b.yaml", "a.yaml")] {
            let folder = try TemporaryFolder()
            try TinyQuestionnaire.yaml(version: "9").write(
                toFile: folder.path(oldName), atomically: true, encoding: .utf8)
            try TinyQuestionnaire.yaml(version: "10").write(
                toFile: folder.path(newName), atomically: true, encoding: .utf8)
            let catalog = try QuestionnaireCatalog(directory: folder.url.path)
            XCTAssertEqual(try catalog.questionnaire(id: "tiny-check").version, "10", "\(oldName) holds 9, \(newName) holds 10")
            XCTAssertEqual(try catalog.questionnaire(id: "tiny-check@9").version, "9")
            XCTAssertEqual(catalog.versions(of: "tiny-check"), ["10", "9"])
            XCTAssertEqual(catalog.newestVersions.map(\.version), ["10"])
            XCTAssertThrowsError(try catalog.questionnaire(id: "tiny-check@3")) { error in
                guard case .unknownVersion(let id, let version, let installed)? = error as? CatalogError else { return XCTFail("\(error)") }
                XCTAssertEqual([id, version], ["tiny-check", "3"])
                XCTAssertEqual(installed, ["10", "9"])
            }
        }
    }
}
