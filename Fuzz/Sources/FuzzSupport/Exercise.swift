import Foundation
import ReadinessCore
import ReadinessInterview

/// What every questionnaire that loads must survive: scoring, its template, and the interview.
public enum Exercise {
    /// Scores a questionnaire with no answers, with every first option and with every last one; loads its
    /// template back; opens the interview on its first question and renders it.
    public static func questionnaire(_ questionnaire: Questionnaire) {
        let scorer = Scorer(questionnaire: questionnaire)
        check(scorer.score([String: Response]()), "no answers")
        check(scorer.score(answers(questionnaire, high: false)), "first answers")
        check(scorer.score(answers(questionnaire, high: true)), "last answers")

        let template = AssessmentTemplate.render(for: questionnaire, createdAt: "2026-11-29T14:03:00Z")
        let file = SourceFile(path: "template.json", text: template)
        do {
            let header = try AssessmentFile.header(of: file)
            FuzzCheck.require(header.questionnaireID == questionnaire.id, "the template names '\(header.questionnaireID)'")
            _ = try AssessmentFile.decode(file, questionnaire: questionnaire)
        } catch {
            FuzzCheck.fail("the template of a valid questionnaire does not load:\n\(error)\n\(template)")
        }

        let setup = InterviewSetup(questionnaires: [questionnaire], newID: "fuzz2345", now: { Date(timeIntervalSince1970: 1_800_000_000) })
        var model = InterviewModel(setup: setup, size: ScreenSize(width: 80, height: 24))
        for key: Key in [.character("A"), .enter, .enter, .enter, .enter, .enter] { _ = model.handle(.key(key)) }
        let frame = InterviewLayout().render(model)
        let problems = FrameCheck.problems(in: frame, size: model.size)
        FuzzCheck.require(problems.isEmpty, "the first screen of a valid questionnaire is broken: \(problems.prefix(3))\n\(frame.text)")
    }

    /// A response for every question: its first option and lowest value, or its last option and highest.
    public static func answers(_ questionnaire: Questionnaire, high: Bool) -> [String: Response] {
        var answers: [String: Response] = [:]
        for question in questionnaire.questions {
            switch question.kind {
            case .single(let options): if let option = high ? options.last : options.first { answers[question.id] = .choice(option.id) }
            case .multiple(let options):
                if let option = high ? options.last : options.first { answers[question.id] = .choices([option.id]) }
            case .scale: answers[question.id] = .scale(high ? 5 : 1)
            case .number(let spec): answers[question.id] = .number(high ? spec.maximum : spec.minimum)
            case .text: answers[question.id] = .text("fuzz")
            }
        }
        return answers
    }

    /// What must hold of any result.
    public static func check(_ result: ScoreResult, _ what: String) {
        let fit = result.fit
        FuzzCheck.require(
            (0...100).contains(fit.low) && (0...100).contains(fit.high) && fit.low <= fit.need && fit.need <= fit.high,
            "\(what): need \(fit.need) outside its range \(fit.low)-\(fit.high)")
        FuzzCheck.require(
            result.answeredCount <= result.visibleQuestionIDs.count,
            "\(what): \(result.answeredCount) answered of \(result.visibleQuestionIDs.count) shown")
        for signal in result.signals {
            if let score = signal.score {
                FuzzCheck.require((0...100).contains(score), "\(what): signal \(signal.id) scores \(score)")
            }
        }
    }
}
