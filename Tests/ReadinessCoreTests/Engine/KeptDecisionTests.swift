import XCTest

@testable import ReadinessCore

/// An answer `KeptDecision` says keeps a prerequisite's decision does keep it: scored from scratch, the
/// trial gives the same decision, over many random answer sets on every shipped questionnaire and rule,
/// and on version 1 with its prerequisites in reverse order: there a decision by the second can be undone
/// by an answer to the question the first reads, which shows and hides nothing, so the test fails if the
/// questions the prerequisites read were not taken into account.
final class KeptDecisionTests: XCTestCase {
    static func questionnaires() throws -> [(String, Questionnaire)] {
        var all = try TrialsWithinRangeTests.questionnaires()
        for id in EngineFixtures.shippedIDs {
            let old = try EngineFixtures.shipped(id)
            let reversed = Questionnaire(
                id: old.id, version: old.version, title: old.title, summary: old.summary, sections: old.sections, signals: old.signals,
                scoring: old.scoring, rating: RatingRules(prerequisites: old.rating.prerequisites.reversed(), bands: old.rating.bands),
                blockers: old.blockers, areas: old.areas, nextSteps: old.nextSteps)
            all.append(("\(id) 1 prerequisites reversed", reversed))
        }
        return all
    }

    func testEveryAnswerSaidToKeepTheDecisionKeepsIt() throws {
        var kept = 0
        var decidedSets = 0
        for (name, questionnaire) in try Self.questionnaires() {
            let scorer = Scorer(questionnaire: questionnaire)
            for (number, responses) in TrialsWithinRangeTests.answerSets(questionnaire, seeds: 3_200..<3_260).enumerated() {
                let baseline = scorer.evaluate(responses, detailed: false)
                guard let deciding = KeptDecision.deciding(baseline, in: questionnaire) else { continue }
                decidedSets += 1
                for question in baseline.visibleQuestions {
                    let current = baseline.responses[question.id]
                    guard current == nil || current == .unknown, let position = questionnaire.position(ofQuestion: question.id),
                        deciding < scorer.trialPlan.firstPrerequisiteReading[position]
                    else { continue }
                    for candidate in scorer.trialPlan.possibleResponses[position] {
                        var trial = responses
                        trial[question.id] = candidate
                        guard Visibility(questionnaire: questionnaire, responses: trial).shown == baseline.parts.shown else { continue }
                        let decision = scorer.evaluate(trial, detailed: false).decided.decision
                        XCTAssertEqual(decision, baseline.decided.decision, "\(name), set \(number): \(question.id) = \(candidate)")
                        kept += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(decidedSets, 50)
        XCTAssertGreaterThan(kept, 1_000)
    }
}
