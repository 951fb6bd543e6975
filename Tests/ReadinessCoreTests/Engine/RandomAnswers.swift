import Foundation
import ReproducibleRandom

@testable import ReadinessCore

/// Random answers a person could give, for any questionnaire: every kind, "don't know" and "not applicable"
/// where allowed, numbers near every threshold that matters, and text that is hard to escape.
struct RandomAnswers {
    let questionnaire: Questionnaire
    var generator: SeededGenerator

    init(_ questionnaire: Questionnaire, seed: UInt64) {
        self.questionnaire = questionnaire
        generator = SeededGenerator(seed: seed)
    }

    static let texts = [
        "The overnight alerts.", "\"Quoted\" and \\backslashed\\", "Line one\nLine two\r\nand a tab\there",
        "Zürich office, 東京 branch, emoji 🔥🧯", "<script>alert(1)</script> & more", "  leading and trailing  ",
        "nobody", String(repeating: "long ", count: 80),
    ]

    /// Two answer sets a seed (part answered, then completed with some "don't know"), after an empty one
    /// when `startingEmpty`: the sets the trial tests compare their shortcuts on.
    static func answerSets(
        _ questionnaire: Questionnaire, seeds: Range<UInt64>, answering percent: Int, unknownPercent: Int, startingEmpty: Bool
    ) -> [[String: Response]] {
        var sets: [[String: Response]] = startingEmpty ? [[:]] : []
        for seed in seeds {
            var random = RandomAnswers(questionnaire, seed: seed)
            let partial = random.partialResponses(answering: percent)
            sets.append(partial)
            var complete = random.completing(partial)
            for question in questionnaire.questions where question.allowsUnknown && random.chance(unknownPercent) {
                complete[question.id] = .unknown
            }
            sets.append(complete)
        }
        return sets
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &generator)] }

    /// A real answer (never "don't know" or "not applicable").
    mutating func knownResponse(to question: Question) -> Response {
        switch question.kind {
        case .single(let options):
            return .choice(pick(options).id)
        case .multiple(let options):
            let exclusive = options.filter(\.exclusive)
            if !exclusive.isEmpty, chance(20) { return .choices([pick(exclusive).id]) }
            let combinable = options.filter { !$0.exclusive }
            var chosen = combinable.filter { _ in chance(40) }.map(\.id)
            if chosen.isEmpty { chosen = [pick(combinable).id] }
            return .choices(chosen)  // in questionnaire order, as the model keeps them
        case .scale:
            return .scale(Int.random(in: 1...5, using: &generator))
        case .number(let spec):
            if chance(60) {
                let thresholds = AskNext.numberThresholds(in: questionnaire)[question.id] ?? []
                let interesting = AskNext.breakpoints(spec: spec, thresholds: thresholds)
                return .number(pick(interesting))
            }
            return .number(Int.random(in: spec.minimum...min(spec.maximum, spec.minimum + 2000), using: &generator))
        case .text:
            return .text(pick(Self.texts))
        }
    }

    /// Any allowed response: mostly real answers, sometimes "don't know" or "not applicable".
    mutating func response(to question: Question) -> Response {
        if question.allowsUnknown, chance(15) { return .unknown }
        if question.allowsNotApplicable, chance(15) { return .notApplicable }
        return knownResponse(to: question)
    }

    /// A random partial set of answers, hidden questions included (their answers are set aside, not dropped).
    mutating func partialResponses(answering percent: Int) -> [String: Response] {
        var responses: [String: Response] = [:]
        for question in questionnaire.questions where chance(percent) {
            responses[question.id] = response(to: question)
        }
        return responses
    }

    /// Answers every shown question with a real answer or "not applicable", until nothing shown is open.
    mutating func completing(_ responses: [String: Response]) -> [String: Response] {
        var responses = responses.filter { $0.value != .unknown }
        while true {
            let shown = Visibility(questionnaire: questionnaire, responses: responses).questions(of: questionnaire)
            let open = shown.filter { responses[$0.id] == nil }
            guard let question = open.first else { return responses }
            responses[question.id] = question.allowsNotApplicable && chance(15) ? .notApplicable : knownResponse(to: question)
        }
    }

    /// A record as the interview would keep it: a response, sometimes a note or a review flag.
    mutating func record(for question: Question) -> AnswerRecord {
        var record = AnswerRecord(
            response: chance(92) ? response(to: question) : nil,
            note: chance(25) ? pick(Self.texts) : nil,
            flagged: chance(15))
        if record.isEmpty { record.flagged = true }  // an empty record is not kept, so never make one
        return record
    }
}
