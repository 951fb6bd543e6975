import Foundation
import XCTest

@testable import ReadinessCore

/// `split.reasons: agreeing` and named rows (`split.rows`, `- use: name`): a first-match table whose rows
/// also cite the later rows that agree with them reads exactly as the first form's rules did, which is how
/// the shipped questionnaires moved to tables without changing a word of their reports.
final class SplitReasonsTests: XCTestCase {
    /// The worked example's questions and rating, with `tail` as its split.
    private static func questionnaire(_ tail: String) throws -> Questionnaire {
        let tiny = try XCTUnwrap(SplitLanguageTests.readmeExamples().first)
        let head = try XCTUnwrap(tiny.components(separatedBy: "\nareas:\n").first)
        return try EngineFixtures.inline(head + "\n" + tail)
    }

    /// The two areas' defaults, the same in both forms.
    private static let coverage = """
          - id: coverage
            title: After-hours coverage
            owner: partner
            phase: next
            reason: A partner can staff nights.
            requires: [monitoring]
        """
    private static let monitoring = """
          - id: monitoring
            title: Monitoring
            owner: shared
            lead: internal
            phase: later
            reason: Alerts need someone to act on them.
        """

    private static let firstForm = """
        areas:
        \(coverage)
            rules:
              - when: {rating: possible-fit}
                phase: later
                reason: On a possible fit one area is trialled first.
              - when: {signal: after-hours-gap, levelAtLeast: moderate}
                phase: next
                reason: Nights are thin.
              - when: {signal: after-hours-gap, levelAtLeast: high}
                phase: now
                reason: Nights are the weakest point.
              - when: {rating: not-yet}
                owner: internal
                phase: later
                reason: Not yet.
              - when: {question: after-hours, is: covered}
                owner: internal
                phase: later
                reason: A rota covers nights.
        \(monitoring)
            rules:
              - when: {rating: possible-fit}
                phase: later
                reason: On a possible fit one area is trialled first.
              - when: {rating: strong-fit}
                lead: partner
                reason: On a strong fit the partner leads.
              - when: {question: sites, atLeast: 2}
                phase: next
                reason: Several sites to watch.

        """

    /// The same logic as tables: each area's rules from the last to the first, the shared first rule named
    /// once, and one row without words where two rules set different fields.
    private static func tables(reasons: String) -> String {
        """
        split:
          reasons: \(reasons)
          rows:
            trial-first:
              when: {rating: possible-fit}
              phase: later
              reason: On a possible fit one area is trialled first.
        areas:
        \(coverage)
            exceptions:
              - when: {question: after-hours, is: covered}
                owner: internal
                phase: later
                reason: A rota covers nights.
              - when: {rating: not-yet}
                owner: internal
                phase: later
                reason: Not yet.
              - when: {signal: after-hours-gap, levelAtLeast: high}
                phase: now
                reason: Nights are the weakest point.
              - when: {signal: after-hours-gap, levelAtLeast: moderate}
                phase: next
                reason: Nights are thin.
              - use: trial-first
        \(monitoring)
            exceptions:
              - when: {all: [{question: sites, atLeast: 2}, {rating: strong-fit}]}
                lead: partner
                phase: next\(reasons == "agreeing" ? "" : "\n        reason: Several sites, and the partner leads.")
              - when: {question: sites, atLeast: 2}
                phase: next
                reason: Several sites to watch.
              - when: {rating: strong-fit}
                lead: partner
                reason: On a strong fit the partner leads.
              - use: trial-first

        """
    }

    /// Every combination of the example's answers, including "don't know" and unanswered.
    private static var everyAnswer: [[String: Response]] {
        var all: [[String: Response]] = []
        for hours in [nil, Response.unknown, .choice("covered"), .choice("one-person"), .choice("nobody")] {
            for sites in [nil, Response.number(0), .number(1), .number(3)] {
                for travel in [nil, Response.scale(1), .scale(3), .scale(5)] {
                    var answers: [String: Response] = [:]
                    answers["after-hours"] = hours
                    answers["sites"] = sites
                    answers["site-travel"] = travel
                    all.append(answers)
                }
            }
        }
        return all
    }

    func testAgreeingTablesReadExactlyAsTheFirstFormsRules() throws {
        let rules = Scorer(questionnaire: try Self.questionnaire(Self.firstForm))
        let tables = Scorer(questionnaire: try Self.questionnaire(Self.tables(reasons: "agreeing")))
        var ratings: Set<Rating> = []
        var multiReason = 0
        for answers in Self.everyAnswer {
            let was = rules.score(answers)
            let now = tables.score(answers)
            XCTAssertEqual(was.split, now.split, "\(answers)")
            ratings.insert(now.fit.rating)
            multiReason += now.split.filter { $0.reasons.count > 1 }.count
        }
        // The grid reaches every band, and rows that cite more than one rule.
        XCTAssertEqual(ratings, [.notYet, .possibleFit, .goodFit, .strongFit, .fullyManaged])
        XCTAssertGreaterThan(multiReason, 20)
    }

    func testAgreeingReasonsCiteTheAreaTheAgreeingRowsAndTheDecidingRowInThatOrder() throws {
        let answers: [String: Response] = ["after-hours": .choice("nobody"), "sites": .number(3), "site-travel": .scale(5)]
        let agreeing = Scorer(questionnaire: try Self.questionnaire(Self.tables(reasons: "agreeing"))).score(answers)
        XCTAssertEqual(agreeing.fit.rating, .strongFit)
        let coverage = try XCTUnwrap(agreeing.split.first { $0.areaID == "coverage" })
        XCTAssertEqual(
            coverage.reasons,
            [
                // "Nights are thin" holds too, but it sets the phase to next, which did not stand.
                "A partner can staff nights.", "Nights are the weakest point. (After-hours gap is critical (100/100))",
            ])
        let monitoring = try XCTUnwrap(agreeing.split.first { $0.areaID == "monitoring" })
        XCTAssertEqual(monitoring.lead, .partner)
        XCTAssertEqual(monitoring.phase, .now)
        XCTAssertEqual(
            monitoring.reasons,
            [
                "Alerts need someone to act on them.", "On a strong fit the partner leads. (rating is strong-fit)",
                "Several sites to watch. (Sites: 3 sites)", "Starts now with after-hours coverage, which depends on it.",
            ])
        // By default a row cites only the row that decided it.
        let deciding = Scorer(questionnaire: try Self.questionnaire(Self.tables(reasons: "deciding"))).score(answers)
        XCTAssertEqual(
            deciding.split.first?.reasons, ["Nights are the weakest point. (After-hours gap is critical (100/100))"])
    }

    func testANamedRowIsUsedWithTheAreasOwnConditionAndReason() throws {
        let text = Self.tables(reasons: "deciding").replacingOccurrences(
            of: "      - when: {rating: not-yet}\n        owner: internal\n        phase: later\n        reason: Not yet.\n",
            with:
                "      - use: stays-internal\n        when: {question: sites, atLeast: 1}\n        reason: Not yet, with a site to look after.\n"
        ).replacingOccurrences(
            of: "  rows:\n",
            with: "  rows:\n    stays-internal:\n      when: {rating: not-yet}\n      owner: internal\n      phase: later\n")
        let scorer = Scorer(questionnaire: try Self.questionnaire(text))
        let calm = scorer.score(["after-hours": .unknown, "sites": .number(3), "site-travel": .scale(1)])
        XCTAssertEqual(calm.fit.rating, .notYet)
        let coverage = try XCTUnwrap(calm.split.first)
        XCTAssertEqual([coverage.owner.rawValue, coverage.phase.rawValue], ["internal", "later"])
        XCTAssertEqual(coverage.reasons, ["Not yet, with a site to look after. (rating is not-yet; Sites: 3 sites)"])
    }

    func testTheReadmesNamedRowsExampleValidatesWithoutWarningsAndDecides() throws {
        let example = try XCTUnwrap(SplitLanguageTests.readmeExamples().first { $0.contains("  rows:\n    not-yet-internal:") })
        let head = try XCTUnwrap(SplitLanguageTests.readmeExamples().first).components(separatedBy: "\nareas:\n")[0]
        let (questionnaire, rendered) = SplitLanguageTests.diagnostics(head + "\n" + example)
        XCTAssertEqual(rendered, "")
        let result = Scorer(questionnaire: try XCTUnwrap(questionnaire)).score(["after-hours": .choice("covered"), "sites": .number(1)])
        XCTAssertEqual(result.fit.rating, .notYet)
        XCTAssertEqual(
            result.split.first?.reasons,
            [
                "A monitored rota covers nights today; partner monitoring waits. (rating is not-yet; After-hours coverage: A monitored on-call rota)"
            ])
    }

    func testAnUnknownNamedRowIsAnErrorAndAnUnusedOneAWarning() throws {
        let text =
            try XCTUnwrap(SplitLanguageTests.readmeExamples().first).components(separatedBy: "\nareas:\n")[0] + "\n"
            + Self.tables(reasons: "deciding")
            .replacingOccurrences(of: "      - use: trial-first\n  - id: monitoring", with: "      - use: trial-frist\n  - id: monitoring")
            .replacingOccurrences(of: "  rows:\n", with: "  rows:\n    spare:\n      when: {rating: good-fit}\n      phase: now\n")
        let (questionnaire, rendered) = SplitLanguageTests.diagnostics(text)
        XCTAssertNil(questionnaire)
        XCTAssertTrue(
            rendered.contains("error: unknown row 'trial-frist'; did you mean 'trial-first'?; name it under split.rows"), rendered)
        XCTAssertTrue(rendered.contains("warning: row 'spare' is never used; use it in a table with '- use: spare' or remove it"), rendered)
    }
}
