import ReadinessCore

extension InterviewModel {
    /// Moves to a question, preparing its focus from the saved answer.
    mutating func show(_ questionID: String, returnToReview: Bool = false) {
        var focus = QuestionFocus(questionID: questionID)
        focus.returnToReview = returnToReview
        if let session, let question = session.questionnaire.question(questionID) {
            let saved = session.assessment.response(to: questionID)
            switch (question.kind, saved) {
            case (.single(let options), .choice(let id)?):
                focus.highlight = options.firstIndex { $0.id == id } ?? 0
            case (.multiple, .choices(let ids)?):
                focus.selection = ids
            case (.scale, .scale(let value)?):
                focus.scale = value
            case (.number, _):
                focus.number = numberField(showing: saved)
            default:
                break
            }
        }
        lastQuestionID = questionID
        screen = .question(focus)
    }

    /// Answers a question: asks first when the change would set answered questions aside.
    mutating func answer(_ response: Response, to questionID: String) -> [InterviewEffect] {
        guard let session, let question = session.questionnaire.question(questionID) else { return [] }
        if let reason = readOnlyReason {
            message = StatusMessage(text: "Read-only: \(reason).", isError: true)
            return []
        }
        if let problem = AnswerValidation.problem(with: response, for: question) {
            message = StatusMessage(text: problem.prefix(1).uppercased() + problem.dropFirst() + ".", isError: true)
            return []
        }
        if let asking = confirmIfSettingAside(response, for: questionID) { return asking }
        return commit(response, to: questionID)
    }

    /// Records an answer, saves, and moves on.
    mutating func commit(_ response: Response, to questionID: String) -> [InterviewEffect] {
        var effects = update(questionID, message: nil) { $0.response = response }
        effects += advance(from: questionID)
        return effects
    }

    /// Changes one question's record, stamps the time, rescoring and saving at once.
    mutating func update(_ questionID: String, message text: String?, _ change: (inout AnswerRecord) -> Void) -> [InterviewEffect] {
        guard var session else { return [] }
        if let reason = readOnlyReason {
            message = StatusMessage(text: "Read-only: \(reason).", isError: true)
            return []
        }
        session.changeRecord(of: questionID, at: setup.now(), change)
        self.session = session
        if let text { message = StatusMessage(text: text, isError: false) }
        return [.save(session.assessment)]
    }

    /// After an answer: back to the review when the question came from it, on along the ask-next list
    /// when `a` brought the user here, else the next unanswered shown question, else the results.
    mutating func advance(from questionID: String) -> [InterviewEffect] {
        if case .question(let focus) = screen, focus.returnToReview {
            openReview(selecting: questionID)
            return []
        }
        if case .question(let focus) = screen, let origin = focus.askNextOrigin {
            return continueAskNext(from: questionID, origin: origin)
        }
        return moveToNextUnanswered(after: questionID)
    }

    /// After an answer in the normal flow: the next shown question with no answer (one answered earlier,
    /// with `a` or before, is passed over), else the results. It never wraps back to a question left
    /// earlier: a script that skips questions in plain mode would be asked them again and fall out of
    /// step; the results say how many are open and `r` reaches them. Tab and skip still go to the very next
    /// question: they are for moving, not answering.
    mutating func moveToNextUnanswered(after questionID: String) -> [InterviewEffect] {
        guard let session else { return [] }
        let visible = session.visibleQuestions
        let index = visible.firstIndex { $0.id == questionID }
        let after = index.map { visible[($0 + 1)...] } ?? visible[...]
        let open = { (question: Question) in session.assessment.response(to: question.id) == nil }
        if let next = after.first(where: open) {
            show(next.id)
            return []
        }
        return finish()
    }

    /// The next shown question after this one, or the results (marking the assessment complete).
    mutating func moveToNextQuestion(after questionID: String) -> [InterviewEffect] {
        guard let session else { return [] }
        let order = session.questionnaire.position(ofQuestion: questionID) ?? -1
        if let next = session.visibleQuestions.first(where: { (session.questionnaire.position(ofQuestion: $0.id) ?? 0) > order }) {
            show(next.id)
            return []
        }
        return finish()
    }

    /// Shows the results; the assessment is complete from here on.
    mutating func finish() -> [InterviewEffect] {
        guard var session else { return [] }
        screen = .results(ListFocus())
        let unanswered = session.unansweredCount
        if unanswered > 0 {
            message = StatusMessage(
                text: "\(unanswered) unanswered \(unanswered == 1 ? "question counts" : "questions count") as unknown; press r to review.",
                isError: false)
        }
        guard readOnlyReason == nil, unanswered == 0, session.assessment.status != .complete else { return [] }
        session.markComplete(at: setup.now())
        self.session = session
        // The moment a call ends is when going on matters; the key bar may have no room for `f`.
        if let target = continuationTargets.first {
            message = StatusMessage(text: Self.continueOffer(into: target), isError: false)
        }
        return [.save(session.assessment)]
    }

    /// What finishing says when a fuller questionnaire can go on from here, so a front end where `f`
    /// cannot be pressed knows to say it in its own words.
    public static func continueOffer(into target: Questionnaire) -> String {
        "Finished. f continues it in \(target.title), asking only what is not yet known."
    }

    mutating func openReview(selecting questionID: String?) {
        var focus = ListFocus()
        if let questionID, let index = reviewQuestionIDs.firstIndex(of: questionID) { focus.selected = index }
        screen = .review(focus)
    }

    /// The question ids the review lists, in order, followed by the results row.
    var reviewQuestionIDs: [String] { session?.result.visibleQuestionIDs ?? [] }
}
