import XCTest

@testable import ReadinessCore

/// Area rules: reasons that agree with the row, and `rankAtMost` for a small starting split.
final class SplitRuleTests: XCTestCase {
    private static let yaml = """
        id: split-rules
        version: "1"
        title: Split rules
        signals:
          - {id: alpha, title: Alpha, weight: 1}
          - {id: beta, title: Beta, weight: 1}
          - {id: gamma, title: Gamma, weight: 1}
        sections:
          - id: only
            title: Only
            questions:
              - id: a
                title: A
                kind: scale
                scale: {low: calm, high: bad, signals: {alpha: [0, 1, 2, 3, 4]}}
                call: {ask: "A?"}
                self: {ask: "A?", why: "A."}
              - id: b
                title: B
                kind: scale
                scale: {low: calm, high: bad, signals: {beta: [0, 1, 2, 3, 4]}}
                call: {ask: "B?"}
                self: {ask: "B?", why: "B."}
              - id: c
                title: C
                kind: scale
                scale: {low: calm, high: bad, signals: {gamma: [0, 1, 2, 3, 4]}}
                call: {ask: "C?"}
                self: {ask: "C?", why: "C."}
        rating:
          bands:
            - {rating: not-yet, min: 0, max: 24, reason: "Calm."}
            - {rating: possible-fit, min: 25, max: 49, reason: "Some."}
            - {rating: good-fit, min: 50, max: 74, reason: "Clear."}
            - {rating: strong-fit, min: 75, max: 100, reason: "Strong."}
        areas:
          - id: first
            title: First area
            owner: partner
            phase: next
            reason: The partner's lane.
            rules:
              - when: {signal: alpha, atLeast: 50}
                phase: now
                reason: Alpha is pressing.
              - when: {rating: not-yet}
                phase: later
                reason: Nothing presses yet.
          - id: second
            title: Second area
            owner: partner
            phase: next
            reason: The partner's lane.
            rules:
              - when: {signal: beta, rankAtMost: 1}
                phase: now
                reason: Beta is the strongest.
              - when: {signal: beta, levelAtLeast: high, rankAtMost: 1}
                owner: shared
                lead: partner
                reason: Beta is both high and the strongest.
        """

    private func scorer() throws -> Scorer {
        Scorer(questionnaire: try QuestionnaireLoader.load(SourceFile(path: "split-rules.yaml", text: Self.yaml)))
    }

    func testAnOverriddenRuleAddsNoReason() throws {
        // Alpha at 50 sets `now`; the rating is not-yet (need (50+0+0)/3 = 17), which sets `later`.
        let result = try scorer().score(["a": .scale(3), "b": .scale(1), "c": .scale(1)])
        XCTAssertEqual(result.fit.rating, .notYet)
        let row = try XCTUnwrap(result.split.first { $0.areaID == "first" })
        XCTAssertEqual(row.phase, .later)
        XCTAssertEqual(row.reasons.count, 2, "\(row.reasons)")
        XCTAssertFalse(
            row.reasons.contains { $0.hasPrefix("Alpha is pressing") }, "an overridden reason contradicts the row: \(row.reasons)")
        XCTAssertTrue(row.reasons.contains { $0.hasPrefix("Nothing presses yet") })
    }

    func testARuleThatStillStandsKeepsItsReason() throws {
        // Everything bad: alpha sets `now` and the rating is strong-fit, so the not-yet rule never applies.
        let result = try scorer().score(["a": .scale(5), "b": .scale(5), "c": .scale(5)])
        let row = try XCTUnwrap(result.split.first { $0.areaID == "first" })
        XCTAssertEqual(row.phase, .now)
        XCTAssertEqual(row.reasons, ["The partner's lane.", "Alpha is pressing. (Alpha is high (100/100))"])
    }

    func testRankAtMostPicksOnlyTheStrongestSignal() throws {
        let strongest = try scorer().score(["a": .scale(2), "b": .scale(4), "c": .scale(3)])
        let row = try XCTUnwrap(strongest.split.first { $0.areaID == "second" })
        XCTAssertEqual(row.phase, .now)
        XCTAssertTrue(row.reasons.contains("Beta is the strongest. (Beta is the strongest signal (75/100))"), "\(row.reasons)")

        let second = try scorer().score(["a": .scale(5), "b": .scale(4), "c": .scale(3)])
        XCTAssertEqual(second.split.first { $0.areaID == "second" }?.phase, .next, "beta is only the second strongest")
    }

    func testTwoFactsAboutOneSignalReadAsOne() throws {
        let result = try scorer().score(["a": .scale(1), "b": .scale(5), "c": .scale(2)])
        let row = try XCTUnwrap(result.split.first { $0.areaID == "second" })
        XCTAssertTrue(
            row.reasons.contains("Beta is both high and the strongest. (Beta is high and the strongest signal (100/100))"), "\(row.reasons)"
        )
    }

    func testRankAtMostIsCheckedByTheValidator() throws {
        let bad = Self.yaml.replacingOccurrences(of: "rankAtMost: 1", with: "rankAtMost: 0")
        let (questionnaire, diagnostics) = QuestionnaireLoader.diagnose(SourceFile(path: "bad.yaml", text: bad))
        XCTAssertNil(questionnaire)
        XCTAssertEqual(
            diagnostics.map(\.message), ["rankAtMost must be from 1 to 50, found 0", "rankAtMost must be from 1 to 50, found 0"])
    }
}
