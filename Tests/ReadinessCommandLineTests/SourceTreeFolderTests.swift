import Foundation
import XCTest

@testable import readiness

/// A binary built from this source tree finds the questionnaires shipped in it.
final class SourceTreeFolderTests: XCTestCase {
    func testTheSourceTreesQuestionnaireFolderIsFound() throws {
        let folder = QuestionnaireOptions.sourceTreeFolder
        let testFile = URL(fileURLWithPath: #filePath)
        let root = testFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        XCTAssertEqual(folder, root.appendingPathComponent("questionnaires").path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/discovery-quick.yaml"), folder)
    }
}
