import XCTest

@testable import ReadinessCore

/// Everything `score` and `progress` give, word for word, stays what it was when this test was written:
/// on every shipped questionnaire (both versions, and version 1 with every scoring rule forced on), for
/// random answer sets from nothing answered to finished. The whole result (fit, reasons, signals with
/// their answers in words, blockers with their facts, the split with its reasons, next steps, ask-next)
/// is written out in full and reduced to one checksum per questionnaire, recorded from the engine before
/// the scoring was reworked for speed. A change that alters any result, even a space in a reason,
/// changes the checksum: a deliberate change of results must record the new checksums (the failure
/// message prints them).
final class ScoreDigestTests: XCTestCase {
    /// The checksums the engine gives, by questionnaire label.
    static let recorded: [String: UInt64] = [
        "co-managed-readiness 1": 9_092_774_236_841_409_698, "co-managed-readiness 1 forced": 13_290_166_729_915_101_602,
        "co-managed-readiness 2": 9_385_854_260_412_645_976, "discovery-quick 1": 6_382_410_639_786_215_736,
        "discovery-quick 1 forced": 7_229_422_461_295_269_965, "discovery-quick 2": 16_117_286_120_969_224_713,
    ]

    func testResultsAreUnchanged() throws {
        var found: [String: UInt64] = [:]
        for (label, questionnaire) in try IncrementalTrialTests.questionnaires() {
            let scorer = Scorer(questionnaire: questionnaire)
            var text = ""
            for responses in answerSets(questionnaire) {
                text += String(reflecting: scorer.score(responses)) + "\n"
                text += String(reflecting: scorer.progress(responses)) + "\n"
            }
            found[label] = Self.checksum(text)
        }
        let report = found.keys.sorted().map { "\"\($0)\": \(found[$0]!)" }.joined(separator: ", ")
        XCTAssertEqual(found, Self.recorded, "the results changed; the checksums now: [\(report)]")
    }

    /// Nothing answered, partial answers, finished ones and finished ones with "don't know".
    private func answerSets(_ questionnaire: Questionnaire) -> [[String: Response]] {
        var sets: [[String: Response]] = [[:]]
        for seed in UInt64(1)...12 {
            var random = RandomAnswers(questionnaire, seed: seed)
            let partial = random.partialResponses(answering: Int(seed % 4) * 25 + 10)
            sets.append(partial)
            var complete = random.completing(partial)
            sets.append(complete)
            for question in questionnaire.questions where question.allowsUnknown && random.chance(15) {
                complete[question.id] = .unknown
            }
            sets.append(complete)
        }
        return sets
    }

    /// FNV-1a over the text's bytes: stable across runs and platforms, unlike `Hasher`.
    private static func checksum(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
