import ReadinessCore

extension InterviewModel {
    /// Asks before quitting when the answers could not be saved, or something typed is not yet saved.
    mutating func requestQuit() -> [InterviewEffect] {
        if saveFailure != nil, let session, writtenCopy?.assessment != session.assessment {
            overlay = .unsavedQuit(UnsavedQuit())
            return []
        }
        if hasUnsavedInput {
            overlay = .confirmQuit
            return []
        }
        return [.quit(.userQuit)]
    }

    /// Whether something typed or toggled has not been saved: a half-typed number, toggles not confirmed,
    /// a new assessment's names not yet started.
    var hasUnsavedInput: Bool {
        switch screen {
        case .start(let form):
            // What was filled in for the user (the command line, the remembered assessor) is not theirs to lose.
            return form.organization.text != (setup.prefill.organization ?? "") || form.assessor.text != (setup.prefill.assessor ?? "")
                || !form.contactName.isBlank || !form.contactRole.isBlank
        case .question(let focus):
            guard let session, let question = session.questionnaire.question(focus.questionID) else { return false }
            let saved = session.assessment.response(to: question.id)
            switch question.kind {
            case .number:
                // Anything typed counts, even text that is not a number yet: it would be lost.
                guard !focus.number.isBlank else { return false }
                return AnswerValidation.parseNumber(focus.number.text).map { saved != .number($0) } ?? true
            case .multiple:
                var savedSelection: Set<String> = []
                if case .choices(let ids)? = saved { savedSelection = Set(ids) }
                return !focus.selection.isEmpty && Set(focus.selection) != savedSelection
            case .scale:
                return focus.scale.map { saved != .scale($0) } ?? false
            default:
                return false
            }
        default:
            return false
        }
    }
}
