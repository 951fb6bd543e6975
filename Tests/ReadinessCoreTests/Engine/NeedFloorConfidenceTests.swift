import XCTest

@testable import ReadinessCore

/// A prerequisite that holds only below some need (a floor: "at least a good fit while the need is under
/// 40") settles the rating only while the need's range stays under that limit. Past it the band decides,
/// so the report must not say that no open answer can change the rating.
final class NeedFloorConfidenceTests: XCTestCase {
    private static let bands = [
        RatingBand(rating: .notYet, minimum: 0, maximum: 24, reason: ""),
        RatingBand(rating: .possibleFit, minimum: 25, maximum: 39, reason: ""),
        RatingBand(rating: .goodFit, minimum: 40, maximum: 54, reason: ""),
        RatingBand(rating: .strongFit, minimum: 55, maximum: 100, reason: ""),
    ]

    private static func rules(_ when: Condition, rating: Rating = .goodFit) -> RatingRules {
        RatingRules(prerequisites: [Prerequisite(id: "floor", when: when, rating: rating, reason: "")], bands: bands)
    }

    private static let floor = Condition.all([.answer(question: "hours", test: .isOneOf(["24-7"])), .need(atLeast: nil, atMost: 39)])

    func testAFloorSettlesTheRatingWhileTheRangeStaysUnderItsLimit() {
        XCTAssertNil(FitConfidence.spanPastNeedLimits(of: "floor", rating: .goodFit, range: 20...39, rules: Self.rules(Self.floor)))
        // Past the limit but still in the floor's own band: the rating cannot change.
        XCTAssertNil(FitConfidence.spanPastNeedLimits(of: "floor", rating: .goodFit, range: 20...54, rules: Self.rules(Self.floor)))
    }

    func testAFloorWhoseRangeReachesAHigherBandSpansToIt() throws {
        let span = try XCTUnwrap(
            FitConfidence.spanPastNeedLimits(of: "floor", rating: .goodFit, range: 30...70, rules: Self.rules(Self.floor)))
        XCTAssertEqual([span.from, span.to], [.goodFit, .strongFit])
    }

    func testALowerLimitSpansDownAndTestsUnderAnyOrNotDoNotBound() throws {
        let ceiling = Condition.named("busy", .all([.need(atLeast: 40, atMost: nil)]))
        let span = try XCTUnwrap(
            FitConfidence.spanPastNeedLimits(
                of: "floor", rating: .strongFit, range: 30...60, rules: Self.rules(ceiling, rating: .strongFit)))
        XCTAssertEqual([span.from, span.to], [.possibleFit, .strongFit])
        for unbounding in [Condition.any([.need(atLeast: nil, atMost: 39)]), .not(.need(atLeast: 40, atMost: nil))] {
            XCTAssertNil(FitConfidence.spanPastNeedLimits(of: "floor", rating: .goodFit, range: 0...100, rules: Self.rules(unbounding)))
        }
    }

    /// Through the scorer, on every case of the library under both version 2 questionnaires (which have such
    /// floors): a rating decided by a prerequisite never claims to be settled while the need's range reaches
    /// a band the prerequisite does not allow.
    func testNoReportClaimsASettledRatingThatTheRangeCanLeave() throws {
        var floorsDeciding = 0
        for questionnaireID in EngineFixtures.shippedIDs {
            let questionnaire = try EngineFixtures.shipped(questionnaireID, version: "2")
            let scorer = Scorer(questionnaire: questionnaire)
            for entry in try CaseLibrary.cases() {
                let answers = try XCTUnwrap(entry.answersV2[questionnaireID])
                let fit = scorer.score(answers).fit
                guard case .prerequisite(let id, let rating) = fit.decision,
                    FitConfidence.spanPastNeedLimits(of: id, rating: rating, range: fit.low...fit.high, rules: questionnaire.rating) != nil
                else { continue }
                floorsDeciding += 1
                XCTAssertFalse(fit.facts.contains(.prerequisiteSettlesRating), "\(entry.id) under \(questionnaireID)")
                XCTAssertNotEqual(fit.confidence, .high, "\(entry.id) under \(questionnaireID)")
            }
        }
        XCTAssertGreaterThan(floorsDeciding, 0, "no case is decided by a need floor with its range past it: this test checks nothing")
    }
}
