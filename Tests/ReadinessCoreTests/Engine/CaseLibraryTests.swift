import XCTest

@testable import ReadinessCore

/// The case library through the engine: the two questionnaires agree, and prerequisite-decided results
/// never contradict themselves.
final class CaseLibraryTests: XCTestCase {
    /// Cases where the version 1 questionnaires are known to be more than one band apart, with the ratings
    /// they give today. Kept out of the agreement check and listed instead of hidden: the test below fails
    /// when one of them comes back within one band (take it off this list) or another case drifts apart.
    /// distributor-cfo-first-call: a first call where almost nothing is known; the quick questionnaire's few
    /// answers (staff stretched at month end) give good-fit, the full questionnaire's not-yet.
    static let knownDisagreements: [String: (full: Rating, quick: Rating)] = [
        "distributor-cfo-first-call": (.notYet, .goodFit)
    ]

    func testEveryCaseIsAnsweredOnBothQuestionnaires() throws {
        let cases = try CaseLibrary.cases()
        XCTAssertGreaterThanOrEqual(cases.count, 30)
        for entry in cases {
            XCTAssertEqual(Set(entry.assessments.keys), Set(EngineFixtures.shippedIDs), entry.id)
        }
    }

    /// For the same organization answered with the same facts, the full and the quick questionnaire give
    /// ratings at most one band apart (fully managed on both or on neither).
    func testTheQuestionnairesAgreeWithinOneBand() throws {
        let full = Scorer(questionnaire: try EngineFixtures.shipped("co-managed-readiness"))
        let quick = Scorer(questionnaire: try EngineFixtures.shipped("discovery-quick"))
        var apart: [String: (full: Rating, quick: Rating)] = [:]
        var checked = 0
        for entry in try CaseLibrary.cases() {
            guard let fullAnswers = entry.assessments["co-managed-readiness"], let quickAnswers = entry.assessments["discovery-quick"]
            else { continue }
            let ratings = (full: full.score(fullAnswers).fit.rating, quick: quick.score(quickAnswers).fit.rating)
            checked += 1
            if (CaseLibrary.bands(ratings.full, ratings.quick) ?? 2) > 1 { apart[entry.id] = ratings }
        }
        XCTAssertGreaterThanOrEqual(checked, 30)
        let unexpected = apart.filter { Self.knownDisagreements[$0.key] == nil }
        XCTAssertEqual(
            unexpected.keys.sorted(), [],
            "more than one band apart: "
                + unexpected.sorted { $0.key < $1.key }.map {
                    "\($0.key) (full \($0.value.full.rawValue), quick \($0.value.quick.rawValue))"
                }.joined(separator: ", "))
        for (id, known) in Self.knownDisagreements {
            let now = try XCTUnwrap(apart[id], "\(id) now agrees within one band: take it off knownDisagreements")
            XCTAssertEqual(now.full, known.full, id)
            XCTAssertEqual(now.quick, known.quick, id)
        }
    }

    /// Where a prerequisite decided the rating and no open answer could change it, the result says so and
    /// nothing else: high confidence, not provisional, no reason that the rating could span bands or is the
    /// middle of a range. Checked on every case, and on each fully-managed case cut down to the one answer
    /// that decides it (everything else unanswered: the widest need range there is).
    func testPrerequisiteDecidedResultsDoNotContradictThemselves() throws {
        var checked = 0
        for entry in try CaseLibrary.cases() {
            for (questionnaireID, assessment) in entry.assessments {
                let scorer = Scorer(questionnaire: try EngineFixtures.shipped(questionnaireID))
                let responses = assessment.answers.compactMapValues(\.response)
                var variants = [responses]
                for id in ["internal-it", "leadership-intent"] {
                    if let response = responses[id] { variants.append([id: response]) }
                }
                for variant in variants {
                    let result = scorer.score(variant)
                    guard result.fit.decision.prerequisiteID != nil, result.unknowns.allSatisfy(\.couldChangeRatingTo.isEmpty) else {
                        continue
                    }
                    checked += 1
                    let context = "\(entry.id) \(questionnaireID) (\(variant.count) answers)\n\(result.digest)"
                    XCTAssertEqual(result.fit.confidence, .high, context)
                    XCTAssertNil(result.fit.provisional, context)
                    for fact in result.fit.facts {
                        switch fact {
                        case .ratingCouldSpan, .ratingIsMiddleOfRange, .unconfirmedPrerequisite:
                            XCTFail("contradicting fact '\(fact.sentence)' in \(context)")
                        default: break
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 8, "the library's fully-managed cases, whole and cut down")
    }
}
