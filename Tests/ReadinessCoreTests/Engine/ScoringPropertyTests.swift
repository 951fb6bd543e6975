import Foundation
import XCTest

@testable import ReadinessCore

/// Properties of the engine over seeded random answers to both shipped questionnaires: deterministic, a few
/// hundred cases each, the seed in every failure message.
final class ScoringPropertyTests: XCTestCase {
    /// Cases per questionnaire for each property.
    static let cases = 150

    func forEachCase(_ salt: UInt64, _ body: (Questionnaire, inout RandomAnswers, String) throws -> Void) throws {
        for (index, questionnaireID) in EngineFixtures.shippedIDs.enumerated() {
            let questionnaire = try EngineFixtures.shipped(questionnaireID)
            for number in 0..<Self.cases {
                let seed = salt &* 1_000_003 &+ UInt64(index * 100_000 + number)
                var random = RandomAnswers(questionnaire, seed: seed)
                try body(questionnaire, &random, "\(questionnaireID) seed \(seed)")
            }
        }
    }

    // MARK: - History does not matter

    /// Answer, change, remove and undo in any order: scoring the accumulated answers (with one scorer kept
    /// across the whole session) equals scoring the final answers from scratch, and an undo restores the
    /// result from before the step it undoes.
    func testAnswerHistoryDoesNotMatter() throws {
        try forEachCase(1) { questionnaire, random, context in
            let session = Scorer(questionnaire: questionnaire)
            var assessment = Assessment(
                id: "prop", questionnaire: questionnaire, organization: "Org", assessor: "Me", mode: .call,
                now: Date(timeIntervalSince1970: 1_700_000_000))
            var undo: [(questionID: String, previous: AnswerRecord?)] = []
            for _ in 0..<Int.random(in: 4...24, using: &random.generator) {
                let roll = Int.random(in: 0..<100, using: &random.generator)
                if roll < 15, let last = undo.popLast() {
                    assessment.answers[last.questionID] = last.previous
                } else if roll < 30, let id = assessment.answers.keys.sorted().randomElement(using: &random.generator) {
                    undo.append((id, assessment.answers[id]))
                    assessment.answers[id] = nil  // removed
                } else {
                    let question = random.pick(questionnaire.questions)
                    // Changed and changed back at once, one time in five: the same result as before the step.
                    // (Only then is the fit worked out mid-way: it tries every open answer, which is slow.)
                    let before = random.chance(20) ? session.progress(assessment) : nil
                    undo.append((question.id, assessment.answers[question.id]))
                    assessment.answers[question.id] = random.record(for: question)
                    if let before {
                        let (id, previous) = undo.removeLast()
                        assessment.answers[id] = previous
                        XCTAssertEqual(session.progress(assessment), before, "undo, \(context)")
                    }
                }
            }
            let current = session.progress(assessment)
            // From scratch: a new scorer, a new assessment, the answers inserted in another order.
            var fresh = Assessment(
                id: "fresh", questionnaire: questionnaire, organization: "", assessor: "", mode: .self,
                now: Date(timeIntervalSince1970: 0))
            for id in assessment.answers.keys.sorted().reversed() { fresh.answers[id] = assessment.answers[id] }
            let scratch = Scorer(questionnaire: questionnaire)
            XCTAssertEqual(current, scratch.progress(fresh), context)
            XCTAssertSameScore(session.score(assessment), scratch.score(fresh), context)
        }
    }

    // MARK: - Files

    /// Encode then decode an assessment file: the same assessment, scored identically.
    func testEncodeDecodeScoresIdentically() throws {
        try forEachCase(2) { questionnaire, random, context in
            var assessment = Assessment(
                id: "acme-\(Int.random(in: 1...999, using: &random.generator))", questionnaire: questionnaire,
                organization: random.pick(RandomAnswers.texts), assessor: random.pick(RandomAnswers.texts),
                mode: random.chance(50) ? .call : .self, now: Date(timeIntervalSince1970: 1_767_225_600))
            assessment.status = random.chance(50) ? .draft : .complete
            assessment.updated = Date(timeIntervalSince1970: 1_767_229_200)
            for question in questionnaire.questions where random.chance(70) {
                assessment.answers[question.id] = random.record(for: question)
            }
            let text = AssessmentFile.encode(assessment, questionnaire: random.chance(50) ? questionnaire : nil)
            let decoded: Assessment
            do {
                decoded = try AssessmentFile.decode(SourceFile(path: "prop.json", text: text), questionnaire: questionnaire)
            } catch {
                XCTFail("\(context): the encoded file does not decode:\n\(error)\n\(text)")
                return
            }
            XCTAssertEqual(decoded, assessment, context)
            let scorer = Scorer(questionnaire: questionnaire)
            XCTAssertSameScore(scorer.score(decoded), scorer.score(assessment), context)
        }
    }

    /// Any one open question, answered any allowed way, keeps the need inside the range the full score
    /// gives: even when the answer shows or hides other, already answered questions.
    func testEverySingleOpenAnswerStaysInsideTheRange() throws {
        try forEachCase(7) { questionnaire, random, context in
            // One case in five: each case scores every answer of every open question, which is slow.
            guard random.chance(20) else { return }
            let responses = random.partialResponses(answering: Int.random(in: 0...100, using: &random.generator))
            let scorer = Scorer(questionnaire: questionnaire)
            let fit = scorer.score(responses).fit
            for id in scorer.evaluate(responses).visibleQuestions.map(\.id) where responses[id] == nil || responses[id] == .unknown {
                let question = try XCTUnwrap(questionnaire.question(id))
                for candidate in allAnswers(to: question) {
                    var trial = responses
                    trial[id] = candidate
                    let need = scorer.evaluate(trial).need.need
                    XCTAssertTrue(
                        fit.low <= need && need <= fit.high, "\(context) \(id)=\(candidate): need \(need) outside \(fit.low)-\(fit.high)")
                }
            }
        }
    }

    // MARK: - Ranges, confidence and the split

    /// Need within its range, the range within 0...100, each signal's score within its own range, and the
    /// confidence low whenever the range is wider than the questionnaire's medium width.
    func testRangesHoldTheirValues() throws {
        try forEachCase(3) { questionnaire, random, context in
            let responses = random.partialResponses(answering: Int.random(in: 0...100, using: &random.generator))
            // The pipeline's first three stages give the need, its arithmetic range and the decision.
            let result = Scorer(questionnaire: questionnaire).evaluate(responses)
            let fit = Scorer(questionnaire: questionnaire).progress(responses).fit
            let message = "\(context)\n\(fit)"
            XCTAssertEqual(result.decided.decision, fit.decision, message)
            XCTAssertEqual(result.need.need, fit.need, message)
            // The range is the arithmetic's, widened only by what trying open answers finds (answers that
            // show or hide other questions).
            XCTAssertTrue(fit.low <= result.need.low && result.need.high <= fit.high, message)
            if fit.low < result.need.low || fit.high > result.need.high {
                XCTAssertTrue(fit.facts.contains(.openAnswersWidenRange(low: fit.low, high: fit.high)), message)
            }
            if random.chance(10) {
                // The full score gives the very fit a listing does: one pipeline.
                XCTAssertEqual(Scorer(questionnaire: questionnaire).score(responses).fit, fit, message)
            }
            XCTAssertTrue(0 <= fit.low && fit.low <= fit.need && fit.need <= fit.high && fit.high <= 100, message)
            // The need's width limits the confidence only when the need decided the rating.
            if fit.decision.prerequisiteID == nil, fit.high - fit.low > questionnaire.scoring.mediumConfidenceWidth {
                XCTAssertEqual(fit.confidence, .low, message)
            }
            if fit.decision.prerequisiteID == nil, fit.high - fit.low > questionnaire.scoring.highConfidenceWidth {
                XCTAssertNotEqual(fit.confidence, .high, message)
            }
            for signal in result.signals {
                if let low = signal.low, let high = signal.high {
                    XCTAssertTrue(0 <= low && low <= high && high <= 100, "\(signal.id): \(message)")
                    if let score = signal.score { XCTAssertTrue(low <= score && score <= high, "\(signal.id): \(message)") }
                } else {
                    XCTAssertNil(signal.score, "\(signal.id): a score needs a range: \(message)")
                }
                XCTAssertEqual(signal.score == nil, signal.level == nil, "\(signal.id): \(message)")
                XCTAssertLessThanOrEqual(signal.points, signal.maximum, "\(signal.id): \(message)")
                // The arithmetic adds up from the contributions a reader sees.
                XCTAssertEqual(signal.points, signal.contributions.compactMap(\.points).reduce(0, +), "\(signal.id): \(message)")
                XCTAssertEqual(
                    signal.maximum, signal.contributions.filter { $0.points != nil }.map(\.maximum).reduce(0, +), "\(signal.id): \(message)"
                )
                XCTAssertEqual(
                    signal.unknownMaximum, signal.contributions.filter { $0.points == nil }.map(\.maximum).reduce(0, +),
                    "\(signal.id): \(message)")
            }
            // The rule that decided is a prerequisite or the band the need falls in.
            switch fit.decision {
            case .prerequisite(let id, let rating):
                XCTAssertEqual(questionnaire.rating.prerequisites.first { $0.id == id }?.rating, rating, message)
            case .band(let rating), .criticalFloor(let rating, _), .middleOfRange(let rating):
                XCTAssertEqual(questionnaire.rating.band(for: fit.need)?.rating, rating, message)
            }
            XCTAssertEqual(fit.rating, fit.decision.rating, message)
        }
    }

    /// With every shown question answered (nothing unknown), the range closes: low == need == high.
    func testCompleteAnswersCloseTheRange() throws {
        try forEachCase(4) { questionnaire, random, context in
            let responses = random.completing(random.partialResponses(answering: 50))
            let result = Scorer(questionnaire: questionnaire).score(responses)
            let message = "\(context)\n\(result.digest)"
            XCTAssertEqual(result.fit.low, result.fit.need, message)
            XCTAssertEqual(result.fit.high, result.fit.need, message)
            for signal in result.signals {
                XCTAssertEqual(signal.low, signal.score, "\(signal.id): \(message)")
                XCTAssertEqual(signal.high, signal.score, "\(signal.id): \(message)")
                XCTAssertEqual(signal.unknownMaximum, 0, "\(signal.id): \(message)")
            }
            XCTAssertTrue(result.unknowns.isEmpty, message)
            XCTAssertEqual(result.answeredCount, result.visibleQuestionIDs.count, message)
        }
    }

    /// The split: exactly one row per area, in questionnaire order, one owner each, a lead exactly on shared
    /// rows, lane dependencies respected, and blockers' steps first in the next steps.
    func testSplitIsWellFormed() throws {
        try forEachCase(5) { questionnaire, random, context in
            let responses = random.partialResponses(answering: Int.random(in: 30...100, using: &random.generator))
            let result = Scorer(questionnaire: questionnaire).score(responses)
            let message = "\(context)\n\(result.digest)"
            XCTAssertEqual(result.split.map(\.areaID), questionnaire.areas.map(\.id), message)
            XCTAssertEqual(Set(result.split.map(\.areaID)).count, questionnaire.areas.count, message)
            let rows = Dictionary(uniqueKeysWithValues: result.split.map { ($0.areaID, $0) })
            for row in result.split {
                XCTAssertEqual(row.owner == .shared, row.lead != nil, "\(row.areaID): a lead exactly when shared: \(message)")
                XCTAssertFalse(row.reasons.isEmpty, "\(row.areaID): \(message)")
                let area = try XCTUnwrap(questionnaire.area(row.areaID))
                if row.owner == area.owner {
                    XCTAssertEqual(row.reasons.first, area.reason, "\(row.areaID): the default reason first while the default owner stands")
                } else {
                    XCTAssertFalse(row.reasons.contains(area.reason), "\(row.areaID): the default owner's reason shown for another owner")
                }
                let partnerLeads = row.owner == .partner || (row.owner == .shared && row.lead == .partner)
                guard partnerLeads else { continue }
                for requiredID in area.requires {
                    let required = try XCTUnwrap(rows[requiredID])
                    XCTAssertNotEqual(required.owner, .internal, "\(requiredID) is in the partner's lane for \(row.areaID): \(message)")
                    XCTAssertLessThanOrEqual(required.phase, row.phase, "\(requiredID) starts no later than \(row.areaID): \(message)")
                }
            }
            XCTAssertEqual(Array(result.nextSteps.prefix(result.blockers.count)), result.blockers.compactMap(\.step), message)
            XCTAssertEqual(Set(result.nextSteps).count, result.nextSteps.count, "no step twice: \(message)")
        }
    }

    // MARK: - Ask next, exactly

    /// For random partial answers, every listed question's swing and rating changes are exactly what trying
    /// each of its allowed answers gives (numbers: every value up to 1,200 and the maximum).
    func testAskNextIsExact() throws {
        for (index, questionnaireID) in EngineFixtures.shippedIDs.enumerated() {
            let questionnaire = try EngineFixtures.shipped(questionnaireID)
            let scorer = Scorer(questionnaire: questionnaire)
            for number in 0..<12 {
                let seed = UInt64(6_000 + index * 100 + number)
                var random = RandomAnswers(questionnaire, seed: seed)
                let responses = random.partialResponses(answering: 60)
                let result = scorer.score(responses)
                let shownOpen = result.visibleQuestionIDs.filter { id in
                    let response = responses[id]
                    return (response == nil || response == .unknown) && questionnaire.question(id)?.kind.name != "text"
                }
                XCTAssertEqual(Set(result.unknowns.map(\.questionID)), Set(shownOpen), "seed \(seed)")
                for item in result.unknowns {
                    let question = try XCTUnwrap(questionnaire.question(item.questionID))
                    var swing = 0
                    var ratings = Set<Rating>()
                    for candidate in allAnswers(to: question) {
                        var trial = responses
                        trial[question.id] = candidate
                        let core = scorer.evaluate(trial)
                        swing = max(swing, abs(core.need.need - result.fit.need))
                        if core.decided.decision.rating != result.fit.rating { ratings.insert(core.decided.decision.rating) }
                    }
                    XCTAssertEqual(item.swing, swing, "\(questionnaireID) seed \(seed) \(item.questionID)")
                    XCTAssertEqual(Set(item.couldChangeRatingTo), ratings, "\(questionnaireID) seed \(seed) \(item.questionID)")
                }
                // Ranked: questions that could settle the rating through a prerequisite first, then those
                // that could reveal a blocker, then questions that could change the rating before those
                // that cannot (the finer order, by expected change and weight, is `AskNextOrderTests`').
                let keys = result.unknowns.map {
                    ($0.couldDecideRating ? 1 : 0, $0.couldTriggerBlockers.isEmpty ? 0 : 1, $0.couldChangeRatingTo.isEmpty ? 0 : 1)
                }
                XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { $0 >= $1 }, "seed \(seed): \(keys)")
            }
        }
    }

    /// Every allowed answer of a question, by brute force.
    func allAnswers(to question: Question) -> [Response] {
        var answers: [Response]
        switch question.kind {
        case .single(let options):
            answers = options.map { .choice($0.id) }
        case .multiple(let options):
            answers = (1..<(1 << options.count)).map { mask in
                Response.choices(options.indices.filter { mask & (1 << $0) != 0 }.map { options[$0].id })
            }.filter { AnswerValidation.problem(with: $0, for: question) == nil }
        case .scale:
            answers = (1...5).map(Response.scale)
        case .number(let spec):
            answers = (spec.minimum...min(spec.maximum, 1200)).map(Response.number) + [.number(spec.maximum)]
        case .text:
            answers = []
        }
        if question.allowsNotApplicable { answers.append(.notApplicable) }
        return answers
    }
}
