import Foundation
import XCTest

@testable import ReadinessCore

/// Human-facing sentences say only what the answers and the arithmetic say: a provisional fit names no
/// band, every signal's points add up by hand, and split reasons and blockers claim no answer that was not
/// given.
final class TruthfulReasonsTests: XCTestCase {
    /// The quick call a QA engineer ran: five answers, the other fifteen "don't know".
    static let mostlyUnknownCall: [String: Response] = [
        "internal-it": .choice("solo"), "admin-access": .choice("lost"), "security-skill": .choice("beyond-us"),
        "growth-outlook": .choice("step-change"), "week-split": .choice("firefighting"),
    ]

    static func mostlyUnknown(_ questionnaire: Questionnaire) -> [String: Response] {
        var responses = Self.mostlyUnknownCall
        for question in questionnaire.questions where responses[question.id] == nil && question.allowsUnknown {
            responses[question.id] = .unknown
        }
        return responses
    }

    func testAProvisionalFitGivesWhyItIsTooEarlyAndNamesNoBand() throws {
        for id in EngineFixtures.shippedIDs {
            let questionnaire = try EngineFixtures.shipped(id, version: "2")
            for responses in [Self.mostlyUnknown(questionnaire), [:]] {
                let fit = Scorer(questionnaire: questionnaire).score(responses).fit
                let provisional = try XCTUnwrap(fit.provisional, "\(id): \(fit.need) (\(fit.low)-\(fit.high))")
                XCTAssertEqual(fit.reasons.first, provisional.reasons.first, id)
                for reason in fit.reasons {
                    XCTAssertFalse(reason.contains(" band"), "\(id): \(reason)")
                    XCTAssertFalse(reason.contains("this rating is"), "\(id): \(reason)")
                    XCTAssertFalse(reason.hasPrefix("Need \(fit.need) is"), "\(id): \(reason)")
                }
                // The facts keep a deciding band for programs (JSON `decidedBy`); only the words leave it out.
                if case .band = fit.decision { XCTAssertTrue(fit.facts.contains { $0.statesRating }, "\(id): \(fit.facts)") }
            }
        }
    }

    func testAStatedFitStillNamesTheRuleThatDecidedIt() throws {
        let questionnaire = try EngineFixtures.shipped("co-managed-readiness", version: "2")
        var random = RandomAnswers(questionnaire, seed: 7)
        let fit = Scorer(questionnaire: questionnaire).score(random.completing([:])).fit
        XCTAssertNil(fit.provisional)
        XCTAssertEqual(fit.reasons, fit.facts.map(\.sentence))
    }

    /// Every signal's known points and known maximum are the sums of its answers' counted shares, and its
    /// score is those points of that maximum unless a primary question's lift says otherwise.
    func testEverySignalAddsUpFromItsAnswersAndNamesAnyLift() throws {
        var lifts = 0
        var countedAlone = 0
        for id in EngineFixtures.shippedIDs {
            let questionnaire = try EngineFixtures.shipped(id, version: "2")
            var cases = [Self.mostlyUnknown(questionnaire)]
            for seed in UInt64(1)...60 {
                var random = RandomAnswers(questionnaire, seed: seed)
                cases.append(random.partialResponses(answering: 70))
            }
            for responses in cases {
                for signal in Scorer(questionnaire: questionnaire).score(responses).signals {
                    let known = signal.contributions.filter { $0.points != nil }
                    XCTAssertEqual(signal.points, known.reduce(0) { $0 + ($1.points ?? 0) }, signal.id)
                    let counted = known.reduce(0) { $0 + ($1.countsOnlyItsPoints ? ($1.points ?? 0) : $1.maximum) }
                    XCTAssertEqual(signal.maximum, counted, signal.id)
                    countedAlone += known.filter { $0.countsOnlyItsPoints && ($0.points ?? 0) < $0.maximum }.count
                    guard let score = signal.score else { continue }
                    let plain = SignalAccumulator.round(100 * Double(signal.points) / Double(signal.maximum))
                    if let lift = signal.lift {
                        lifts += 1
                        XCTAssertEqual(lift.from, plain, signal.id)
                        XCTAssertEqual(lift.to, score, signal.id)
                        XCTAssertLessThan(lift.from, lift.to, signal.id)
                    } else {
                        XCTAssertEqual(score, plain, "\(signal.id): \(signal.points) of \(signal.maximum) is not \(score)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(lifts, 0, "some case must be lifted for this test to mean anything")
        XCTAssertGreaterThan(countedAlone, 0, "some answer must count only its points for this test to mean anything")
    }

    /// A split reason may mention admin accounts without multi-factor sign-in only when the answer says so.
    func testNoSplitReasonClaimsMissingMultiFactorUnlessTheAnswerSaysSo() throws {
        for id in EngineFixtures.shippedIDs {
            let questionnaire = try EngineFixtures.shipped(id, version: "2")
            var cases = [Self.mostlyUnknown(questionnaire)]
            for seed in UInt64(1)...80 {
                var random = RandomAnswers(questionnaire, seed: seed)
                var responses = random.partialResponses(answering: 80)
                if seed % 2 == 0 { responses["mfa"] = .unknown }
                cases.append(responses)
            }
            for responses in cases {
                let saysMissing = [Response.choice("gaps-on-admins"), .choice("none")].contains(responses["mfa"])
                guard !saysMissing else { continue }
                for row in Scorer(questionnaire: questionnaire).score(responses).split {
                    for reason in row.reasons {
                        XCTAssertFalse(
                            reason.lowercased().contains("without multi-factor"),
                            "\(id) \(row.areaID), mfa \(String(describing: responses["mfa"])): \(reason)")
                    }
                }
            }
        }
    }

    /// The admin-access blocker holds for "one person only" and for "some sit with a former employee or a
    /// vendor": its words must be true for both.
    func testTheAdminAccessBlockerIsTrueForEveryAnswerThatTriggersIt() throws {
        for id in EngineFixtures.shippedIDs {
            let questionnaire = try EngineFixtures.shipped(id, version: "2")
            for answer in ["one-person", "lost"] {
                let blocker = try XCTUnwrap(
                    Scorer(questionnaire: questionnaire).score(["admin-access": .choice(answer)]).blockers.first {
                        $0.id == "admin-access-one-person"
                    },
                    "\(id) \(answer)")
                XCTAssertFalse(blocker.title.contains("one person only"), "\(id) \(answer): \(blocker.title)")
                let words = blocker.title + " " + blocker.explanation
                XCTAssertTrue(words.contains("one person"), "\(id): \(words)")
                XCTAssertTrue(words.contains("former employee or a vendor"), "\(id): \(words)")
                XCTAssertTrue(
                    words.contains("not sure") || words.contains("nobody is sure") || words.contains("not fully known"), "\(id): \(words)")
            }
        }
    }
}
