import XCTest

@testable import ReadinessCore

/// `Scorer.keepsVisibility` evaluates only the `showIf` conditions that read the changed answer: whenever it
/// says visibility holds, working visibility out again for the whole questionnaire gives the same shown
/// questions; and it says so for nearly every answer that keeps them (it may not where a section's
/// `showIf` changes but none of its questions would be shown anyway, and then the trial is scored afresh).
final class TrialVisibilityTests: XCTestCase {
    func testKeepsVisibilityAgreesWithWorkingItOutAgain() throws {
        var kept = 0
        var changed = 0
        var unsure = 0
        for (name, questionnaire) in try IncrementalTrialTests.questionnaires() {
            let scorer = Scorer(questionnaire: questionnaire)
            let sets = RandomAnswers.answerSets(questionnaire, seeds: 2_100..<2_110, answering: 50, unknownPercent: 20, startingEmpty: true)
            for (number, responses) in sets.enumerated() {
                let baseline = scorer.evaluate(responses, detailed: false)
                for position in questionnaire.questions.indices where scorer.trialPlan.showsOrHides[position] {
                    let question = questionnaire.questions[position]
                    guard baseline.parts.shown[position],
                        baseline.responses[question.id] == nil || baseline.responses[question.id] == .unknown
                    else { continue }
                    for candidate in scorer.trialPlan.possibleResponses[position] + [.unknown] {
                        var trial = responses
                        trial[question.id] = candidate
                        let same = Visibility(questionnaire: questionnaire, responses: trial).shown == baseline.parts.shown
                        let label = "\(name), set \(number): \(question.id) = \(candidate)"
                        let says = scorer.keepsVisibility(changing: position, to: candidate, from: baseline)
                        if says { XCTAssertTrue(same, label) }
                        if same { kept += 1 } else { changed += 1 }
                        if same && !says { unsure += 1 }
                    }
                }
            }
        }
        // Both answers were met many times: the check tells them apart, not only one of them.
        XCTAssertGreaterThan(kept, 100)
        XCTAssertGreaterThan(changed, 100)
        XCTAssertLessThan(unsure * 20, kept)
    }
}
