import ReadinessCore

extension InterviewModel {
    /// What-if: the list of shown questions, then the answers to try for the chosen one. Trying saves
    /// nothing; Enter on an answer keeps it as an ordinary answer change, saved like any other.
    mutating func handleWhatIf(_ focus: WhatIfFocus, action: Action?) -> [InterviewEffect] {
        guard let session else { return [] }
        var focus = focus
        let questions = session.visibleQuestions
        // The arrows move in the list shown: the answers once a question is chosen, else the questions.
        let (list, count) = focus.alternatives.map { (\WhatIfFocus.alternative, $0.count) } ?? (\WhatIfFocus.question, questions.count)
        if let moved = ListMotion.moved(focus[keyPath: list], by: action, count: count, page: pageSize) {
            focus[keyPath: list] = moved
            screen = .whatIf(focus)
            return []
        }
        if let alternatives = focus.alternatives {
            switch action {
            case .close?:
                focus.alternatives = nil
            case .choose?:
                guard questions.indices.contains(focus.question), alternatives.indices.contains(focus.alternative) else { break }
                let question = questions[focus.question]
                let response = alternatives[focus.alternative]
                guard response != session.assessment.response(to: question.id) else {
                    message = StatusMessage(text: "That is the current answer.", isError: false)
                    break
                }
                screen = .results(ListFocus())
                if let asking = confirmIfSettingAside(response, for: question.id, fromWhatIf: true) { return asking }
                // Keeping replaces the saved answer: it asks first, showing the old answer and the new.
                overlay = .confirmChange(PendingChange(questionID: question.id, response: response, setAside: [], fromWhatIf: true))
                return []
            default: break
            }
        } else {
            switch action {
            case .close?:
                screen = .results(ListFocus())
                return []
            case .choose?:
                guard questions.indices.contains(focus.question) else { break }
                let question = questions[focus.question]
                let alternatives = WhatIf.alternatives(
                    for: question, current: session.assessment.response(to: question.id), in: session.questionnaire)
                guard !alternatives.isEmpty else {
                    message = StatusMessage(text: "A free-text answer does not change the result.", isError: false)
                    break
                }
                focus.alternatives = alternatives
                focus.alternative = alternatives.firstIndex(of: session.assessment.response(to: question.id) ?? .unknown) ?? 0
            default: break
            }
        }
        screen = .whatIf(focus)
        return []
    }

    /// Keeps an answer tried in what-if: an ordinary, saved answer change, back on the results.
    mutating func keepWhatIf(_ response: Response, for questionID: String) -> [InterviewEffect] {
        guard let question = session?.questionnaire.question(questionID) else { return [] }
        if let problem = AnswerValidation.problem(with: response, for: question) {
            message = StatusMessage(text: problem, isError: true)
            return []
        }
        let effects = update(questionID, message: "Kept: \(question.title) is now \(AnswerText.describe(response, for: question)).") {
            $0.response = response
        }
        screen = .results(ListFocus())
        return effects
    }

    /// What would change if one question had another answer: nothing is saved.
    public func whatIfComparison(for questionID: String, response: Response) -> AssessmentComparison? {
        guard let session else { return nil }
        var trial = session.assessment
        trial.answers[questionID, default: AnswerRecord()].response = response
        return AssessmentComparison(before: session.assessment, after: trial, scorer: session.scorer)
    }
}

/// The answers what-if offers for a question.
public enum WhatIf {
    /// Every single answer; for a multiple choice, the current selection with one option toggled; for a
    /// number, one value from each stretch where the result cannot change; "don't know" and "not
    /// applicable" where allowed. Free text offers nothing: it feeds no signal.
    public static func alternatives(for question: Question, current: Response?, in questionnaire: Questionnaire) -> [Response] {
        var responses: [Response]
        switch question.kind {
        case .multiple(let options):
            var selected: [String] = []
            if case .choices(let ids)? = current { selected = ids }
            responses = options.compactMap { option in
                var trial =
                    selected.contains(option.id)
                    ? selected.filter { $0 != option.id }
                    : option.exclusive
                        ? [option.id] : selected.filter { id in !options.contains { $0.id == id && $0.exclusive } } + [option.id]
                trial = options.map(\.id).filter(trial.contains)
                return trial.isEmpty ? nil : .choices(trial)
            }
            if let current, current.isKnown, !responses.contains(current) { responses.insert(current, at: 0) }
        case .text:
            return []
        default:
            responses = AskNext.possibleResponses(for: question, in: questionnaire).filter { $0 != .notApplicable }
        }
        if question.allowsUnknown { responses.append(.unknown) }
        if question.allowsNotApplicable { responses.append(.notApplicable) }
        return responses
    }
}
