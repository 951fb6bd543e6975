import Foundation
import XCTest

@testable import ReadinessCore

/// When too little is known to state a rating, the result says so (`Fit.provisional`), judged against
/// organizations whose expected result a consultant set from their facts alone.
final class ProvisionalTests: XCTestCase {
    /// The case library: every organization, answered on both questionnaires, is provisional exactly when
    /// its `case.json` expects it.
    func testTheCaseLibraryIsProvisionalExactlyWhereTheConsultantExpectsIt() throws {
        let library = EngineFixtures.repositoryRoot.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures/case-library")
        let cases = try FileManager.default.contentsOfDirectory(atPath: library.path).filter { !$0.contains(".") }.sorted()
        XCTAssertGreaterThanOrEqual(cases.count, 30)
        var provisionalCount = 0
        for name in cases {
            let folder = library.appendingPathComponent(name)
            let expectation =
                try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("case.json"))) as? [String: Any]
            let expected = try XCTUnwrap((expectation?["expected"] as? [String: Any])?["provisional"] as? Bool, name)
            if expected { provisionalCount += 1 }
            for questionnaireID in EngineFixtures.shippedIDs {
                let questionnaire = try EngineFixtures.shipped(questionnaireID)
                let path = "\(name)/\(questionnaireID).json"
                let file = try SourceFile.decoding(
                    path: path, bytes: [UInt8](Data(contentsOf: folder.appendingPathComponent("\(questionnaireID).json"))))
                let fit = Scorer(questionnaire: questionnaire).score(try AssessmentFile.decode(file, questionnaire: questionnaire)).fit
                XCTAssertEqual(
                    fit.isProvisional, expected, "\(path): need \(fit.need) (\(fit.low)-\(fit.high)), \(fit.provisional?.reasons ?? [])")
            }
        }
        XCTAssertGreaterThan(provisionalCount, 0, "the library must hold provisional cases for this test to mean anything")
    }

    func testNothingAnsweredIsProvisionalBecauseNothingRestsOnAnswers() throws {
        for id in EngineFixtures.shippedIDs {
            let fit = Scorer(questionnaire: try EngineFixtures.shipped(id)).score([:]).fit
            XCTAssertEqual(fit.provisional?.causes.first, .littleEvidence(percent: 0, needed: Provisional.neededEvidencePercent), id)
        }
    }

    func testOneAnswerAmongUnknownsIsProvisional() throws {
        let questionnaire = try EngineFixtures.shipped("co-managed-readiness")
        XCTAssertNotNil(questionnaire.questions.first { $0.id == "sites" })
        let fit = Scorer(questionnaire: questionnaire).score(["sites": .number(1)]).fit
        XCTAssertTrue(fit.isProvisional, "one answer cannot state a rating: \(fit.need) (\(fit.low)-\(fit.high))")
    }

    func testARatingSettledByAPrerequisiteIsNeverProvisional() throws {
        let questionnaire = try EngineFixtures.shipped("co-managed-readiness")
        let fit = Scorer(questionnaire: questionnaire).score(
            try EngineFixtures.assessment("hand-everything-off", in: "co-managed-readiness")
        ).fit
        XCTAssertEqual(fit.rating, .fullyManaged)
        XCTAssertEqual(fit.confidence, .high)
        XCTAssertNil(fit.provisional)
    }

    func testTheEvidencedShareWeighsEachSignalByTheKnownPartOfItsPoints() {
        func signal(weight: Int, known: Int, unknown: Int) -> SignalResult {
            SignalResult(
                id: "s", title: "S", weight: weight, score: nil, low: nil, high: nil, level: nil, points: 0,
                maximum: known, unknownMaximum: unknown, contributions: [])
        }
        // (3 * 1/4 + 1 * 1) / 4 = 43.75%; a signal no shown question feeds does not count.
        let share = Provisional.evidencedPercent(of: [
            signal(weight: 3, known: 5, unknown: 15), signal(weight: 1, known: 10, unknown: 0), signal(weight: 9, known: 0, unknown: 0),
        ])
        XCTAssertEqual(share, 43)
        XCTAssertNil(Provisional.evidencedPercent(of: [signal(weight: 2, known: 0, unknown: 0)]))
    }
}
