import Foundation
import XCTest

@testable import ReadinessCore

/// The shipped questionnaires were rewritten in the split language (named conditions, `{strongest: S}`,
/// first-match exception tables) without changing a recommendation. These tests hold them to that against
/// frozen copies of the files as they were in the first form (`Fixtures/legacy/`): the same ratings, needs,
/// ranges, blockers, split rows (owner, lead, phase, reasons) and next steps on every case there is and on
/// random answers. They also prove a questionnaire in the first form still loads, under the same id and
/// version, so assessments saved under version 1 open and report exactly as before.
final class RulesFormEquivalenceTests: XCTestCase {
    /// A frozen first-form questionnaire, read from the source tree.
    private static func legacy(_ id: String) throws -> Questionnaire {
        let path = "Tests/ReadinessCoreTests/Fixtures/legacy/\(id).yaml"
        let text = try String(contentsOf: EngineFixtures.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        return try QuestionnaireLoader.load(SourceFile(path: path, text: text))
    }

    /// Every assessment file in `Fixtures/cases/<id>/` and in the case library answered on `id`, by name.
    private static func savedAssessments(_ id: String) throws -> [(name: String, file: SourceFile)] {
        let root = EngineFixtures.repositoryRoot.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures")
        let manager = FileManager.default
        var found: [(String, SourceFile)] = []
        let cases = root.appendingPathComponent("cases/\(id)")
        for name in try manager.contentsOfDirectory(atPath: cases.path).sorted() where name.hasSuffix(".json") {
            let url = cases.appendingPathComponent(name)
            found.append(("cases/\(id)/\(name)", try SourceFile.decoding(path: url.path, bytes: [UInt8](Data(contentsOf: url)))))
        }
        let library = root.appendingPathComponent("case-library")
        for name in try manager.contentsOfDirectory(atPath: library.path).sorted() {
            let url = library.appendingPathComponent("\(name)/\(id).json")
            guard manager.fileExists(atPath: url.path) else { continue }
            found.append(("case-library/\(name)", try SourceFile.decoding(path: url.path, bytes: [UInt8](Data(contentsOf: url)))))
        }
        return found
    }

    func testTheFirstFormStillLoadsUnderTheSameIdAndVersion() throws {
        for id in EngineFixtures.shippedIDs {
            let old = try Self.legacy(id)
            let new = try EngineFixtures.shipped(id)
            XCTAssertEqual(old.id, new.id)
            XCTAssertEqual(
                old.version, new.version, "\(id): the rewrite is version 1 restated, so saved version 1 assessments open under it")
            XCTAssertTrue(old.areas.contains { !$0.rules.isEmpty }, "\(id): the frozen copy is no longer in the first form")
        }
    }

    /// Every saved case decodes the same under both forms and scores identically, field by field.
    func testEverySavedCaseScoresAsUnderTheFirstForm() throws {
        for id in EngineFixtures.shippedIDs {
            let old = try Self.legacy(id)
            let new = try EngineFixtures.shipped(id)
            let before = Scorer(questionnaire: old)
            let after = Scorer(questionnaire: new)
            let saved = try Self.savedAssessments(id)
            XCTAssertGreaterThanOrEqual(saved.count, 40, id)
            for (name, file) in saved {
                let underOld = try AssessmentFile.decode(file, questionnaire: old)
                let underNew = try AssessmentFile.decode(file, questionnaire: new)
                XCTAssertEqual(underOld, underNew, name)
                let responses = underNew.answers.compactMapValues(\.response)
                let was = before.score(responses)
                let now = after.score(responses)
                XCTAssertSameScore(was, now, "\(id) \(name)\nbefore:\n\(was.digest)\nafter:\n\(now.digest)")
            }
        }
    }

    /// Random answers, partial and complete, reach corners the cases do not: same scores throughout.
    func testRandomAnswersScoreAsUnderTheFirstForm() throws {
        for id in EngineFixtures.shippedIDs {
            let old = try Self.legacy(id)
            let before = Scorer(questionnaire: old)
            let after = Scorer(questionnaire: try EngineFixtures.shipped(id))
            var random = RandomAnswers(old, seed: 13)
            var differences: [String] = []
            for round in 0..<300 {
                let responses = random.partialResponses(answering: [100, 90, 70, 40][round % 4])
                let was = before.score(responses)
                let now = after.score(responses)
                if was.digest != now.digest || was.split != now.split || was.nextSteps != now.nextSteps || was.fit != now.fit {
                    differences.append("round \(round)\nbefore:\n\(was.digest)\nafter:\n\(now.digest)")
                }
            }
            XCTAssertEqual(differences.count, 0, "\(id): \(differences.count) differences; first:\n\(differences.first ?? "")")
        }
    }
}
