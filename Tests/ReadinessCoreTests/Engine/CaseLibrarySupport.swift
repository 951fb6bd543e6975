import Foundation
import XCTest

@testable import ReadinessCore

/// The case library (`Fixtures/case-library`): realistic organizations, each answered on both shipped
/// questionnaires, read from the source tree.
enum CaseLibrary {
    /// One case: its id, the expected rating and key rows, its version 1 assessment on each questionnaire
    /// that has one, and its answers for version 2 (see `answersV2`).
    struct Case {
        let id: String
        let expectedRating: String
        let keyRows: [KeyRow]
        let assessments: [String: Assessment]
        /// Per questionnaire, the answers scored under version 2: the case's `<id>.v2.json` when it has
        /// one (answered for questions version 2 added), otherwise its version 1 answers, which version 2
        /// asks with the same options.
        let answersV2: [String: [String: Response]]
    }

    /// A split row the consultant named as key: the area, and the owner and phase it should have.
    struct KeyRow {
        let area: String
        let owner: String
        let phase: String
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
            let rows = ((json?["expected"] as? [String: Any])?["keyRows"] as? [[String: Any]] ?? []).map {
                KeyRow(area: $0["area"] as? String ?? "", owner: $0["owner"] as? String ?? "", phase: $0["phase"] as? String ?? "")
            }
            var assessments: [String: Assessment] = [:]
            var answersV2: [String: [String: Response]] = [:]
            for questionnaireID in EngineFixtures.shippedIDs {
                guard let assessment = try read(name, "\(questionnaireID).json", try EngineFixtures.shipped(questionnaireID)) else {
                    continue
                }
                assessments[questionnaireID] = assessment
                let own = try read(name, "\(questionnaireID).v2.json", try EngineFixtures.shipped(questionnaireID, version: "2"))
                answersV2[questionnaireID] = (own ?? assessment).answers.compactMapValues(\.response)
            }
            return Case(
                id: name, expectedRating: try XCTUnwrap(expected, "\(name): no expected rating"), keyRows: rows,
                assessments: assessments, answersV2: answersV2)
        }
    }

    /// A case's answer file read against `questionnaire`, or nil when the case has no such file.
    private static func read(_ caseID: String, _ fileName: String, _ questionnaire: Questionnaire) throws -> Assessment? {
        let url = folder.appendingPathComponent(caseID).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let file = try SourceFile.decoding(path: "case-library/\(caseID)/\(fileName)", bytes: [UInt8](Data(contentsOf: url)))
        return try AssessmentFile.decode(file, questionnaire: questionnaire)
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
