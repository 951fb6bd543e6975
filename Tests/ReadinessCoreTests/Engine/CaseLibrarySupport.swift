import Foundation
import XCTest
@testable import ReadinessCore

/// The case library (`Fixtures/case-library`): realistic organizations, each answered on both shipped
/// questionnaires, read from the source tree.
enum CaseLibrary {
    /// One case: its id, the expected rating, and its assessment on each questionnaire that has one.
    struct Case {
        let id: String
        let expectedRating: String
        let assessments: [String: Assessment]
    }

    static var folder: URL {
        EngineFixtures.repositoryRoot.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures/case-library")
    }

    /// Every case, in id order.
    static func cases() throws -> [Case] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.compactMap { name in
            let caseFolder = folder.appendingPathComponent(name)
            let caseFile = caseFolder.appendingPathComponent("case.json")
            guard FileManager.default.fileExists(atPath: caseFile.path) else { return nil }
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: caseFile)) as? [String: Any]
            let expected = (json?["expected"] as? [String: Any])?["rating"] as? String
            var assessments: [String: Assessment] = [:]
            for questionnaireID in EngineFixtures.shippedIDs {
                let url = caseFolder.appendingPathComponent("\(questionnaireID).json")
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                let file = try SourceFile.decoding(path: "case-library/\(name)/\(questionnaireID).json", bytes: [UInt8](Data(contentsOf: url)))
                assessments[questionnaireID] = try AssessmentFile.decode(file, questionnaire: try EngineFixtures.shipped(questionnaireID))
            }
            return Case(id: name, expectedRating: try XCTUnwrap(expected, "\(name): no expected rating"), assessments: assessments)
        }
    }

    /// Bands between two ratings on not-yet < possible-fit < good-fit < strong-fit; nil when only one of
    /// them is fully managed (they are then as far apart as ratings get).
    static func bands(_ first: Rating, _ second: Rating) -> Int? {
        if first == second { return 0 }
        let order: [Rating] = [.notYet, .possibleFit, .goodFit, .strongFit]
        guard let left = order.firstIndex(of: first), let right = order.firstIndex(of: second) else { return nil }
        return abs(left - right)
    }
}
