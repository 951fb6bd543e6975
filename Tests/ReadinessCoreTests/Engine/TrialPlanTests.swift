import Foundation
import XCTest

@testable import ReadinessCore

/// The scorer's plan for trials is worked out in passes that grow with the questionnaire (one over the
/// conditions, one over the blockers), not once per question; its tables must be exactly what the
/// plain definitions give, written here as they were before: per question, over everything.
final class TrialPlanTests: XCTestCase {
    /// Every questionnaire in the repository that loads, the shipped ones first.
    private func questionnaires() throws -> [Questionnaire] {
        var found: [Questionnaire] = []
        let root = EngineFixtures.repositoryRoot
        for folder in ["questionnaires", "Tests/ReadinessCoreTests/Fixtures/valid", "Fuzz/Questionnaires"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            for name in names.filter({ $0.hasSuffix(".yaml") }).sorted() {
                let text = try String(contentsOf: root.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8)
                let file = SourceFile(path: "\(folder)/\(name)", text: text)
                if let questionnaire = try? QuestionnaireLoader.load(file, includes: EngineFixtures.readInclude) {
                    found.append(questionnaire)
                }
            }
        }
        XCTAssertGreaterThanOrEqual(found.count, 6)
        return found
    }

    /// The values some condition compares `questionID` with, looked for in every condition.
    private func thresholds(of questionID: String, in questionnaire: Questionnaire) -> [Int] {
        var conditions = questionnaire.questions.compactMap(\.showIf) + questionnaire.sections.compactMap(\.showIf)
        conditions += questionnaire.rating.prerequisites.map(\.when) + questionnaire.blockers.map(\.when)
        conditions += questionnaire.areas.flatMap { ($0.rules + $0.exceptions).map(\.when) } + questionnaire.splitPolicy.rules.map(\.when)
        conditions += questionnaire.nextSteps.compactMap(\.when)
        func values(_ condition: Condition) -> [Int] {
            switch condition {
            case .all(let items), .any(let items): items.flatMap(values)
            case .not(let inner), .named(_, let inner): values(inner)
            case .answer(let id, .atLeast(let value)) where id == questionID: [value]
            case .answer(let id, .atMost(let value)) where id == questionID: [value]
            default: []
            }
        }
        return conditions.flatMap(values)
    }

    func testThePlanIsWhatThePlainDefinitionsGive() throws {
        var numberQuestions = 0
        for questionnaire in try questionnaires() {
            let plan = Scorer(questionnaire: questionnaire).trialPlan
            let blockerReads = questionnaire.blockers.map { Set($0.when.questionIDs) }
            let readingScores = questionnaire.blockers.indices.filter { questionnaire.blockers[$0].when.readsScores }
            for (position, question) in questionnaire.questions.enumerated() {
                let reading = blockerReads.indices.filter { blockerReads[$0].contains(question.id) }
                XCTAssertEqual(plan.blockersReading[position], reading, "\(questionnaire.id) \(question.id)")
                let recheck =
                    plan.showsOrHides[position] ? Array(questionnaire.blockers.indices) : Array(Set(reading + readingScores)).sorted()
                XCTAssertEqual(plan.blockersToRecheck(at: position), recheck, "\(questionnaire.id) \(question.id)")
                if case .number(let spec) = question.kind {
                    numberQuestions += 1
                    var values: Set<Int> = [spec.minimum, spec.maximum]
                    for band in spec.bands { values.formUnion([band.atLeast, band.atLeast - 1]) }
                    for threshold in thresholds(of: question.id, in: questionnaire) {
                        values.formUnion([threshold - 1, threshold, threshold + 1])
                    }
                    var expected = values.filter { (spec.minimum...spec.maximum).contains($0) }.sorted().map(Response.number)
                    if question.allowsNotApplicable { expected.append(.notApplicable) }
                    XCTAssertEqual(plan.possibleResponses[position], expected, "\(questionnaire.id) \(question.id)")
                    XCTAssertEqual(AskNext.possibleResponses(for: question, in: questionnaire), expected)
                }
            }
        }
        XCTAssertGreaterThan(numberQuestions, 3, "the questionnaires have number questions to check")
    }

    func testTheUnionOfTwoAscendingListsIsSortedWithoutRepeats() {
        XCTAssertEqual(TrialPlan.union([], []), [])
        XCTAssertEqual(TrialPlan.union([1, 4, 7], []), [1, 4, 7])
        XCTAssertEqual(TrialPlan.union([], [2, 3]), [2, 3])
        XCTAssertEqual(TrialPlan.union([1, 4, 7], [0, 4, 5, 7, 9]), [0, 1, 4, 5, 7, 9])
    }
}
