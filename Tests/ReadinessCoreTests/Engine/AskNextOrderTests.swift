import XCTest

@testable import ReadinessCore

/// "Verify before deciding" in the order a consultant would ask: prerequisites, then blockers, then the
/// expected change of rating, then weight times spread, then swing.
final class AskNextOrderTests: XCTestCase {
    /// On a nearly empty assessment (only the number of sites known), the first three questions are who owns
    /// IT, what leadership wants (each could settle the rating as fully managed) and admin access (a
    /// blocker, and the answer that moves the rating furthest), on both shipped questionnaires; each
    /// blocker question comes before every question that reveals none.
    func testNearlyEmptyAssessmentAsksWhatAConsultantAsksFirst() throws {
        for id in EngineFixtures.shippedIDs {
            let result = Scorer(questionnaire: try EngineFixtures.shipped(id)).score(["sites": .number(1)])
            let ids = result.unknowns.map(\.questionID)
            XCTAssertEqual(Array(ids.prefix(3)), ["internal-it", "leadership-intent", "admin-access"], "\(id)\n\(result.digest)")
            let lastBlocker = try XCTUnwrap(result.unknowns.lastIndex { !$0.couldTriggerBlockers.isEmpty }, id)
            let firstWithout = try XCTUnwrap(result.unknowns.firstIndex { !$0.couldDecideRating && $0.couldTriggerBlockers.isEmpty }, id)
            XCTAssertLessThan(lastBlocker, firstWithout, id)
            // The tie the old order left: dozens of questions "could move need by up to 50" are now apart.
            XCTAssertGreaterThan(result.unknowns.count, 10, id)
        }
    }

    /// Once who owns IT is known, the other prerequisite question comes first.
    func testAnsweredPrerequisiteLeavesTheOtherFirst() throws {
        let result = Scorer(questionnaire: try EngineFixtures.shipped("co-managed-readiness")).score(["internal-it": .choice("solo")])
        XCTAssertEqual(result.unknowns.first?.questionID, "leadership-intent", result.digest)
        XCTAssertEqual(result.unknowns.dropFirst().first?.couldTriggerBlockers.isEmpty, false, result.digest)
    }

    static let yaml = """
        id: order-check
        version: "1"
        title: Order check
        signals:
          - {id: heavy, title: Heavy, weight: 5}
          - {id: light, title: Light, weight: 1}
        sections:
          - id: main
            title: Main
            questions:
        \(["h1", "h2", "h3", "h4", "h5", "h6", "q-light", "q-heavy"].map(question).joined(separator: "\n"))
        rating:
          bands:
            - {rating: not-yet, min: 0, max: 100, reason: "One band: no answer changes the rating."}
        areas:
          - {id: coverage, title: Coverage, owner: partner, phase: next, reason: "Routine coverage."}
        """

    static func question(_ id: String) -> String {
        let signal = id.hasSuffix("light") ? "light" : "heavy"
        return """
                      - id: \(id)
                        title: \(id)
                        kind: single
                        call: {ask: "\(id)?"}
                        self: {ask: "\(id)?", why: "Test."}
                        options:
                          - {id: no, label: "No"}
                          - {id: yes, label: "Yes", signals: {\(signal): 10}}
            """
    }

    /// With no rating change possible, weight times spread decides before swing: q-heavy (5 × 10) comes
    /// before q-light (1 × 10) although q-light moves the need further. Heavy has six answers at 0 of 10 and
    /// light none, so the need is heavy's score alone: q-heavy = yes gives heavy 10/70 = 14.3 → 14;
    /// q-light = yes brings light in at 100 and the need to (5 × 0 + 1 × 100) / 6 = 16.7 → 17.
    func testWeightTimesSpreadBeforeSwing() throws {
        let questionnaire = try EngineFixtures.inline(Self.yaml, path: "order-check.yaml")
        var responses: [String: Response] = [:]
        for id in ["h1", "h2", "h3", "h4", "h5", "h6"] { responses[id] = .choice("no") }
        let result = Scorer(questionnaire: questionnaire).score(responses)
        XCTAssertEqual(result.unknowns.map(\.questionID), ["q-heavy", "q-light"], result.digest)
        XCTAssertEqual(result.unknowns.map(\.swing), [14, 17], result.digest)
    }
}
