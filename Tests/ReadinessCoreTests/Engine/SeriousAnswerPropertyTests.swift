import XCTest

@testable import ReadinessCore

/// With `seriousAnswers: never-lower` forced on for the shipped questionnaires: no answer that reveals a
/// blocker or a critical level scores lower than "don't know" on any signal or the need, for every answer
/// of every question on an empty assessment and on random answer sets. As scored (version 1) the same
/// check finds such answers, so the check can fail.
final class SeriousAnswerPropertyTests: XCTestCase {
    /// Where a serious answer scores lower than "don't know" in its place, in words; empty when nowhere.
    /// Answers that show or hide other questions are left out: the answers they hide no longer count, so
    /// the two results measure different questions.
    func lowerings(_ scorer: Scorer, _ responses: [String: Response], asking question: Question) -> (serious: Int, lowered: [String]) {
        var serious = 0
        var lowered: [String] = []
        var dontKnow = responses
        dontKnow[question.id] = .unknown
        let baseline = scorer.evaluate(dontKnow, detailed: false)
        for candidate in AskNext.possibleResponses(for: question, in: scorer.questionnaire) where candidate.isKnown {
            var trial = responses
            trial[question.id] = candidate
            let answered = scorer.evaluate(trial, detailed: false)
            guard answered.visibleQuestions.map(\.id) == baseline.visibleQuestions.map(\.id),
                answered.responses[question.id] != nil,
                SeriousAnswers(
                    questionnaire: scorer.questionnaire, questionPoints: scorer.questionPoints, responses: answered.responses,
                    choices: scorer.questionnaire.scoring.semantics.choices
                ).questionIDs.contains(question.id)
            else { continue }
            serious += 1
            for (with, without) in zip(answered.signals, baseline.signals) {
                if let before = without.score, (with.score ?? -1) < before {
                    lowered.append("\(question.id)=\(candidate): \(with.id) \(with.score.map(String.init) ?? "-") < \(before)")
                }
            }
            if answered.need.need < baseline.need.need {
                lowered.append("\(question.id)=\(candidate): need \(answered.need.need) < \(baseline.need.need)")
            }
        }
        return (serious, lowered)
    }

    /// Every answer of every question, on an empty assessment and on random answer sets.
    func check(_ questionnaire: Questionnaire, seeds: Range<UInt64>) -> (serious: Int, lowered: [String]) {
        let scorer = Scorer(questionnaire: questionnaire)
        var serious = 0
        var lowered: [String] = []
        var bases: [[String: Response]] = [[:]]
        for seed in seeds {
            var random = RandomAnswers(questionnaire, seed: seed)
            bases.append(random.partialResponses(answering: 70))
        }
        for (number, base) in bases.enumerated() {
            let shown = scorer.evaluate(base, detailed: false).visibleQuestions
            for question in shown where question.kind.name != "text" {
                let found = lowerings(scorer, base, asking: question)
                serious += found.serious
                lowered += found.lowered.map { "base \(number): \($0)" }
            }
        }
        return (serious, lowered)
    }

    func testNoSeriousAnswerScoresLowerThanDontKnow() throws {
        for id in EngineFixtures.shippedIDs {
            let shipped = try EngineFixtures.shipped(id)
            // Together with a primary question per critical signal that has an obvious one, as version 2 may set.
            let primaries = ["recovery-readiness": "restore-tested", "single-person-dependency": "admin-access"]
                .filter { shipped.question($0.value) != nil && shipped.signal($0.key)?.criticalAt != nil }
            for semantics in [
                ScoringSemantics(seriousAnswers: .neverLower),
                ScoringSemantics(choices: .strongest, seriousAnswers: .neverLower, criticalFrom: primaries),
                ScoringSemantics(choices: .cappedSum, seriousAnswers: .neverLower),
            ] {
                let (serious, lowered) = check(shipped.with(semantics), seeds: 7_000..<7_012)
                XCTAssertGreaterThan(serious, 50, "\(id): the check found serious answers to try")
                XCTAssertEqual(lowered, [], "\(id) \(semantics)")
            }
        }
    }

    /// Version 2 of the shipped questionnaires, as shipped (nothing forced): no serious answer scores lower
    /// than "don't know" (issue item 1), on the same answer sets.
    func testVersion2AsShippedNeverLowers() throws {
        for id in EngineFixtures.shippedIDs {
            let version2 = try EngineFixtures.shipped(id, version: "2")
            let (serious, lowered) = check(version2, seeds: 7_000..<7_012)
            XCTAssertGreaterThan(serious, 50, "\(id): the check found serious answers to try")
            XCTAssertEqual(lowered, [], id)
        }
    }

    /// As scored, the shipped full questionnaire has such answers (admin access "only one person" among them),
    /// so the property above is not true by construction.
    func testAsScoredTheFaultIsThere() throws {
        let shipped = try EngineFixtures.shipped("co-managed-readiness")
        // The same answers, judged serious the same way, but scored as version 1 does.
        let (_, lowered) = check(shipped, seeds: 7_000..<7_012)
        XCTAssertFalse(lowered.isEmpty)
        XCTAssertTrue(lowered.contains { $0.contains("admin-access=choice(\"one-person\")") }, lowered.joined(separator: "\n"))
        let scorer = Scorer(questionnaire: shipped)
        let base: [String: Response] = ["mfa": .choice("gaps-on-admins"), "leaver-accounts": .choice("sometimes-missed")]
        var dontKnow = base
        dontKnow["admin-access"] = .unknown
        var onePerson = base
        onePerson["admin-access"] = .choice("one-person")
        let before = try scorer.score(dontKnow).signal("security-depth").score
        let after = try scorer.score(onePerson).signal("security-depth").score
        XCTAssertNotNil(before)
        XCTAssertLessThan(after ?? 0, before ?? 0, "as scored, a blocker answer lowers security depth")
        let fixed = Scorer(questionnaire: shipped.with(ScoringSemantics(seriousAnswers: .neverLower)))
        XCTAssertEqual(try fixed.score(onePerson).signal("security-depth").score, try fixed.score(dontKnow).signal("security-depth").score)
    }
}
