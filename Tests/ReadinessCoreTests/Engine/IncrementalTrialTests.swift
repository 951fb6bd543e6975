import XCTest

@testable import ReadinessCore

/// Trying one answer from the baseline's sums (`Scorer.trial(changing:to:from:responses:)`) gives exactly
/// what scoring the changed answers from scratch gives, and so `score` and `progress` give the same results
/// either way: on every shipped questionnaire (both versions, and version 1 with every scoring rule forced
/// on), for every allowed answer of every open question of random answer sets.
final class IncrementalTrialTests: XCTestCase {
    /// The questionnaires checked: each shipped one as shipped, and version 1 with serious answers, the
    /// strongest choice and primary questions on, so every road through the trial is taken.
    static func questionnaires() throws -> [(String, Questionnaire)] {
        var all: [(String, Questionnaire)] = []
        for id in EngineFixtures.shippedIDs {
            let version1 = try EngineFixtures.shipped(id)
            let primaries = ["recovery-readiness": "restore-tested", "single-person-dependency": "admin-access"]
                .filter { version1.question($0.value) != nil && version1.signal($0.key)?.criticalAt != nil }
            all.append(("\(id) 1", version1))
            all.append(("\(id) 2", try EngineFixtures.shipped(id, version: "2")))
            all.append(
                (
                    "\(id) 1 forced",
                    version1.with(ScoringSemantics(choices: .strongest, seriousAnswers: .neverLower, criticalFrom: primaries))
                ))
        }
        return all
    }

    /// Answer sets with open questions: nothing, partial ones, and complete ones with some "don't know".
    func answerSets(_ questionnaire: Questionnaire, seeds: Range<UInt64>) -> [[String: Response]] {
        RandomAnswers.answerSets(questionnaire, seeds: seeds, answering: 60, unknownPercent: 15, startingEmpty: true)
    }

    /// Every difference between a trial and the same answers scored from scratch, in words; empty when
    /// they are the same.
    func differences(_ trial: TrialOutcome, _ plain: CoreEvaluation, _ scorer: Scorer) -> [String] {
        var found: [String] = []
        if trial.need != plain.need.need { found.append("need \(trial.need) vs \(plain.need.need)") }
        if trial.decision != plain.decided.decision { found.append("decision \(trial.decision) vs \(plain.decided.decision)") }
        if trial.signals != plain.signals { found.append("signals") }
        let every = Array(scorer.questionnaire.blockers.indices)
        if scorer.triggeredBlockerIDs(trial.evaluator(), among: every) != scorer.triggeredBlockerIDs(plain) { found.append("blockers") }
        return found
    }

    func testEachTrialIsTheSameAsScoringFromScratch() throws {
        var tried = 0
        var fromSums = 0
        for (name, questionnaire) in try Self.questionnaires() {
            let scorer = Scorer(questionnaire: questionnaire)
            for (number, responses) in answerSets(questionnaire, seeds: 1_800..<1_806).enumerated() {
                let baseline = scorer.evaluate(responses, detailed: number % 2 == 0)
                for question in baseline.visibleQuestions {
                    let current = baseline.responses[question.id]
                    guard current == nil || current == .unknown, let position = questionnaire.position(ofQuestion: question.id) else {
                        continue
                    }
                    for candidate in scorer.trialPlan.possibleResponses[position] {
                        var trial = responses
                        trial[question.id] = candidate
                        let plain = scorer.evaluate(trial, detailed: false)
                        let fast = scorer.trial(changing: position, to: candidate, from: baseline, responses: responses)
                        let label = "\(name), set \(number): \(question.id) = \(candidate)"
                        XCTAssertEqual(differences(fast, plain, scorer), [], label)
                        XCTAssertEqual(
                            scorer.trialNeed(changing: position, to: candidate, from: baseline, responses: responses), plain.need.need,
                            label)
                        tried += 1
                        if !scorer.trialPlan.showsOrHides[position] { fromSums += 1 }
                    }
                }
            }
        }
        // The check reached both roads, the sums above all.
        XCTAssertGreaterThan(fromSums, 1_000)
        XCTAssertGreaterThan(tried, fromSums)
    }

    func testScoreAndProgressAreTheSameEitherWay() throws {
        for (name, questionnaire) in try Self.questionnaires() {
            let fast = Scorer(questionnaire: questionnaire)
            var plain = fast
            plain.trialsAreIncremental = false
            for (number, responses) in answerSets(questionnaire, seeds: 1_900..<1_904).enumerated() {
                let label = "\(name), set \(number)"
                let (one, other) = (fast.score(responses), plain.score(responses))
                assertSameConclusions(one, other, label)
                XCTAssertEqual(one.visibleQuestionIDs, other.visibleQuestionIDs, label)
                XCTAssertEqual(one.answeredCount, other.answeredCount, label)
                XCTAssertEqual(fast.progress(responses), plain.progress(responses), label)
            }
        }
    }

    /// The check can fail: a trial started from the sums of other answers than those it is given is told apart.
    func testATrialFromOtherSumsIsToldApart() throws {
        let questionnaire = try EngineFixtures.shipped("co-managed-readiness")
        let scorer = Scorer(questionnaire: questionnaire)
        let empty = scorer.evaluate([:], detailed: false)
        let positions = questionnaire.questions.indices.filter {
            !scorer.trialPlan.showsOrHides[$0] && empty.parts.shown[$0] && questionnaire.questions[$0].kind.name == "single"
                && !scorer.questionPoints[$0].maxima.isEmpty
        }
        XCTAssertGreaterThan(positions.count, 2)
        let (first, second) = (positions[0], positions[1])
        // An answer that moves some signal, so the other sums are really other.
        let answer = try XCTUnwrap(
            scorer.trialPlan.possibleResponses[first].first {
                scorer.evaluate([questionnaire.questions[first].id: $0], detailed: false).signals != empty.signals
            })
        let candidate = try XCTUnwrap(scorer.trialPlan.possibleResponses[second].first)
        let otherSums = scorer.evaluate([questionnaire.questions[first].id: answer], detailed: false)
        let fast = scorer.trial(changing: second, to: candidate, from: otherSums, responses: [:])
        let plain = scorer.evaluate([questionnaire.questions[second].id: candidate], detailed: false)
        XCTAssertNotEqual(differences(fast, plain, scorer), [])
    }
}
