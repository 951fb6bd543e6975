import Foundation
import ReproducibleRandom
import XCTest

@testable import ReadinessCore

/// The split writes a reason straight from a condition's facts (`ConditionFact.reason`), counting its
/// length first; blockers and prerequisites put the same facts in words as a list (`sentences`). Both must
/// read exactly the same for any facts: repeated ones, facts about one signal joined, ranks past the few the
/// shipped questionnaires reach, and every kind of answer.
final class ConditionFactReasonTests: XCTestCase {
    func testTheReasonWrittenInOnePieceReadsAsTheSentencesJoined() throws {
        var compared = 0
        for id in EngineFixtures.shippedIDs {
            for version in ["1", "2"] {
                let questionnaire = try EngineFixtures.shipped(id, version: version)
                let scorer = Scorer(questionnaire: questionnaire)
                for seed in UInt64(1)...40 {
                    var random = RandomAnswers(questionnaire, seed: seed)
                    let responses = seed % 3 == 0 ? random.partialResponses(answering: 50) : random.completing([:])
                    let core = scorer.evaluate(responses)
                    let split = scorer.score(responses).split
                    let evaluator = core.evaluator.reading(split)
                    var generator = SeededGenerator(seed: seed)
                    for _ in 0..<25 {
                        let facts = Self.facts(questionnaire, core: core, split: split, using: &generator)
                        let words = ["Words.", "", "Zürich: 東京 🔥"][Int.random(in: 0..<3, using: &generator)]
                        let sentences = ConditionFact.sentences(facts, questionnaire: questionnaire, context: evaluator.context)
                        let expected = facts.isEmpty ? words : words + " (" + sentences.joined(separator: "; ") + ")"
                        XCTAssertEqual(evaluator.reason(words, facts: facts), expected, "\(id) v\(version) seed \(seed): \(facts)")
                        compared += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 1000)
    }

    /// Up to eight random facts, often repeating one another.
    private static func facts(
        _ questionnaire: Questionnaire, core: CoreEvaluation, split: [SplitRow], using generator: inout SeededGenerator
    ) -> [ConditionFact] {
        let scored = core.signals.indices.filter { core.signals[$0].score != nil }
        var facts: [ConditionFact] = []
        for _ in 0..<Int.random(in: 0...8, using: &generator) {
            if let last = facts.last, Int.random(in: 0..<5, using: &generator) == 0 {
                facts.append(last)
                continue
            }
            switch Int.random(in: 0..<6, using: &generator) {
            case 0, 1:
                facts.append(.answer(question: Int.random(in: 0..<questionnaire.questions.count, using: &generator)))
            case 2 where !scored.isEmpty:
                let signal = scored[Int.random(in: 0..<scored.count, using: &generator)]
                let predicate: ConditionFact.Predicate =
                    Bool.random(using: &generator)
                    ? .level(SignalLevel.allCases.randomElement(using: &generator)!)
                    : .rank(Int.random(in: 1...123, using: &generator) % (Bool.random(using: &generator) ? 6 : 123) + 1)
                facts.append(.signal(signal, predicate))
            case 3:
                facts.append(.need([0, 7, 10, 64, 99, 100][Int.random(in: 0..<6, using: &generator)]))
            case 4:
                facts.append(.rating(Rating.allCases.randomElement(using: &generator)!))
            default:
                if !split.isEmpty { facts.append(.split(area: Int.random(in: 0..<split.count, using: &generator))) }
            }
        }
        return facts
    }
}
