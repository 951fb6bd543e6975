import XCTest

@testable import ReadinessCore

/// The trials a listing leaves out (`TrialsWithinRange`) are those whose need is inside the arithmetic
/// range, so the listing's fit is the one trying every answer gives: checked trial by trial against scoring
/// the changed answers from scratch, and fit by fit against the listing with nothing left out, over many
/// random answer sets on every shipped questionnaire and every scoring rule.
final class TrialsWithinRangeTests: XCTestCase {
    /// The shipped questionnaires as `IncrementalTrialTests` has them (with every rule forced on), and
    /// version 1 with primary questions alone and with the strongest choice alone, where the proof applies.
    static func questionnaires() throws -> [(String, Questionnaire)] {
        var all = try IncrementalTrialTests.questionnaires()
        for id in EngineFixtures.shippedIDs {
            let version1 = try EngineFixtures.shipped(id)
            let primaries = ["recovery-readiness": "restore-tested", "single-person-dependency": "admin-access"]
                .filter { version1.question($0.value) != nil && version1.signal($0.key)?.criticalAt != nil }
            all.append(("\(id) 1 primaries", version1.with(ScoringSemantics(criticalFrom: primaries))))
            all.append(("\(id) 1 strongest", version1.with(ScoringSemantics(choices: .strongest))))
        }
        return all
    }

    /// Random answer sets with open questions: partial ones, and complete ones with "don't know" here and
    /// there (a finished assessment's usual open questions).
    static func answerSets(_ questionnaire: Questionnaire, seeds: Range<UInt64>) -> [[String: Response]] {
        RandomAnswers.answerSets(questionnaire, seeds: seeds, answering: 70, unknownPercent: 12, startingEmpty: false)
    }

    func testEveryAnswerLeftOutStaysWithinTheRange() throws {
        var leftOut = 0
        for (name, questionnaire) in try Self.questionnaires() {
            let scorer = Scorer(questionnaire: questionnaire)
            for (number, responses) in Self.answerSets(questionnaire, seeds: 3_000..<3_060).enumerated() {
                let baseline = scorer.evaluate(responses, detailed: false)
                guard baseline.decided.decision.prerequisiteID == nil, baseline.trialsStayWithinRange else { continue }
                let range = min(baseline.need.low, baseline.need.need)...max(baseline.need.high, baseline.need.need)
                for question in baseline.visibleQuestions {
                    let current = baseline.responses[question.id]
                    guard current == nil || current == .unknown, let position = questionnaire.position(ofQuestion: question.id) else {
                        continue
                    }
                    for (index, candidate) in scorer.trialPlan.possibleResponses[position].enumerated()
                    where scorer.trialPlan.withinRange.answers[position][index] {
                        var trial = responses
                        trial[question.id] = candidate
                        guard Visibility(questionnaire: questionnaire, responses: trial).shown == baseline.parts.shown else { continue }
                        let need = scorer.evaluate(trial, detailed: false).need.need
                        XCTAssertTrue(
                            range.contains(need), "\(name), set \(number): \(question.id) = \(candidate) gives \(need), not in \(range)")
                        leftOut += 1
                    }
                }
            }
        }
        // The proof was put to the test many times.
        XCTAssertGreaterThan(leftOut, 2_000)
    }

    func testAListingsFitIsTheSameWithNothingLeftOut() throws {
        var differentTrials = 0
        for (name, questionnaire) in try Self.questionnaires() {
            let fast = Scorer(questionnaire: questionnaire)
            var everything = fast
            everything.usesTrialProofs = false
            for (number, responses) in Self.answerSets(questionnaire, seeds: 3_100..<3_160).enumerated() {
                let one = fast.progress(responses)
                XCTAssertEqual(one, everything.progress(responses), "\(name), set \(number)")
                let baseline = fast.evaluate(responses, detailed: false)
                if baseline.decided.decision.prerequisiteID == nil, baseline.trialsStayWithinRange { differentTrials += 1 }
            }
        }
        XCTAssertGreaterThan(differentTrials, 100)
    }
}
