import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// One store implementation under test, with what a test needs beyond the protocol: a way to put damaged
/// bytes in it, and the name to report failures under.
struct StoreHarness {
    let name: String
    let store: AssessmentStore
    /// Puts raw bytes under an id, as a damaged or foreign file would be.
    let damage: (_ id: String, _ bytes: String) throws -> Void
    /// What a problem's path is for an id: the file's path, or the id in memory.
    let problemPath: (_ id: String) -> String
    /// Keeps a temporary folder alive as long as the harness.
    let folder: TemporaryFolder?

    static func inMemory(_ questionnaires: [Questionnaire]) -> StoreHarness {
        let store = InMemoryAssessmentStore(questionnaires: QuestionnaireShelf(questionnaires))
        return StoreHarness(
            name: "in-memory", store: store, damage: { id, text in store.storeRaw(Array(text.utf8), id: id) },
            problemPath: { $0 }, folder: nil)
    }

    static func onDisk(_ questionnaires: [Questionnaire]) throws -> StoreHarness {
        let folder = try TemporaryFolder()
        let directory = folder.path("data/assessments")
        let store = FileAssessmentStore(directory: directory, questionnaires: QuestionnaireShelf(questionnaires))
        return StoreHarness(
            name: "file", store: store,
            damage: { id, text in
                try DataFolder.create(directory)
                try text.write(toFile: store.path(of: id), atomically: false, encoding: .utf8)
            },
            problemPath: { store.path(of: $0) }, folder: folder)
    }
}

extension XCTestCase {
    /// Runs the same checks against both implementations: the store's one test suite.
    func forEachStore(
        _ questionnaires: [Questionnaire] = [StoreFixtures.tinyV1],
        file: StaticString = #filePath, line: UInt = #line,
        _ body: (StoreHarness) throws -> Void
    ) throws {
        for harness in [StoreHarness.inMemory(questionnaires), try StoreHarness.onDisk(questionnaires)] {
            do {
                try body(harness)
            } catch {
                XCTFail("\(harness.name) store: unexpected error: \(error)", file: file, line: line)
            }
        }
    }
}

/// Asserts that an expression throws exactly this store error.
func XCTAssertStoreError<T>(
    _ expression: @autoclosure () throws -> T, _ expected: StoreError, _ store: String,
    file: StaticString = #filePath, line: UInt = #line
) {
    do {
        _ = try expression()
        XCTFail("\(store) store: expected \(expected), nothing was thrown", file: file, line: line)
    } catch let error as StoreError {
        XCTAssertEqual(error, expected, "\(store) store", file: file, line: line)
    } catch {
        XCTFail("\(store) store: expected \(expected), got \(error)", file: file, line: line)
    }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("readiness-store-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The permission bits of a path.
func permissions(of path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return -1 }
    return Int(info.st_mode & 0o777)
}
