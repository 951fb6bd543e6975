import ReadinessCore
import ReproducibleRandom

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Assessments made up for the benchmark: every answer one the questionnaire allows.
enum Answers {
    /// Responses to the first `fraction` of the questions (all of them by default), chosen at random
    /// among the allowed answers; "don't know" for about one in `unknownEvery` where allowed (0: never).
    static func responses(
        for questionnaire: Questionnaire, fraction: Double = 1, unknownEvery: Int = 0,
        using generator: inout SeededGenerator
    ) -> [String: Response] {
        var responses: [String: Response] = [:]
        let count = Int((Double(questionnaire.questions.count) * fraction).rounded())
        for question in questionnaire.questions.prefix(count) {
            if unknownEvery > 0, question.allowsUnknown, Int.random(in: 0..<unknownEvery, using: &generator) == 0 {
                responses[question.id] = .unknown
                continue
            }
            responses[question.id] = response(to: question, using: &generator)
        }
        return responses
    }

    /// One allowed answer, picked at random (numbers near their bands' thresholds half of the time).
    static func response(to question: Question, using generator: inout SeededGenerator) -> Response {
        switch question.kind {
        case .single(let options):
            return .choice(options.randomElement(using: &generator)!.id)
        case .multiple(let options):
            let exclusive = options.filter(\.exclusive)
            if !exclusive.isEmpty, Int.random(in: 0..<5, using: &generator) == 0 {
                return .choices([exclusive.randomElement(using: &generator)!.id])
            }
            let combinable = options.filter { !$0.exclusive }
            var chosen = combinable.filter { _ in Bool.random(using: &generator) }.map(\.id)
            if chosen.isEmpty { chosen = [combinable.randomElement(using: &generator)!.id] }
            return .choices(chosen)
        case .scale:
            return .scale(Int.random(in: Scale.values, using: &generator))
        case .number(let spec):
            let nearBand = spec.bands.randomElement(using: &generator).map { $0.atLeast + Int.random(in: -1...1, using: &generator) }
            let value = Bool.random(using: &generator) ? nearBand : nil
            let upper = min(spec.maximum, spec.minimum + 200)
            return .number(min(max(value ?? Int.random(in: spec.minimum...upper, using: &generator), spec.minimum), spec.maximum))
        case .text:
            return .text("Typed answer \(Int.random(in: 0..<1000, using: &generator))")
        }
    }

    /// A whole assessment with notes on some answers and a flag or two, as a finished interview leaves it.
    static func assessment(
        id: String, for questionnaire: Questionnaire, organization: String, status: Assessment.Status,
        fraction: Double = 1, using generator: inout SeededGenerator
    ) -> Assessment {
        let date = Date(timeIntervalSince1970: 1_795_000_000 + Double(Int.random(in: 0..<10_000_000, using: &generator)))
        var assessment = Assessment(
            id: id, questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
            organization: organization, assessor: "Bench Assessor", mode: Bool.random(using: &generator) ? .call : .self,
            created: date, updated: date, status: status)
        for (questionID, response) in responses(for: questionnaire, fraction: fraction, unknownEvery: 8, using: &generator) {
            let note = Int.random(in: 0..<4, using: &generator) == 0 ? "They mentioned this twice; follow up with the office manager." : nil
            assessment.answers[questionID] = AnswerRecord(
                response: response, note: note, flagged: Int.random(in: 0..<10, using: &generator) == 0)
        }
        return assessment
    }

    /// The `index`th id of the store's alphabet: eight characters, distinct for distinct indexes.
    static func id(_ index: Int) -> String {
        let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz")
        var value = index &* 2_654_435_761 % 852_891_037_441  // a bijection on 31^8, so ids look scattered
        var characters: [Character] = []
        for _ in 0..<8 {
            characters.append(alphabet[value % alphabet.count])
            value /= alphabet.count
        }
        return String(characters)
    }
}
