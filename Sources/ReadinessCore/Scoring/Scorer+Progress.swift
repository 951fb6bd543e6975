extension Scorer {
    /// The fit and the progress of a set of answers, without the split, next steps or "ask next".
    ///
    /// What a list of many assessments needs: `score(_:)` also works out how far every unknown could move
    /// the result, which costs one evaluation per possible answer.
    public struct Progress: Sendable, Equatable {
        /// The rating, need and decision as `score(_:)` gives them; the range and confidence before "ask
        /// next" widens them for open questions that would show or hide others (a complete assessment,
        /// the only kind whose rating a listing shows, has none).
        public let fit: Fit
        /// How many shown questions have a response (including "don't know" and "not applicable").
        public let answered: Int
        /// How many questions are shown for these answers.
        public let shown: Int
    }

    /// Works out the fit and how many of the shown questions are answered.
    public func progress(_ assessment: Assessment) -> Progress {
        // Not detailed: a listing never shows the answers in words behind each signal.
        let core = evaluate(assessment.answers.compactMapValues(\.response), detailed: false)
        return Progress(
            fit: core.fit,
            answered: core.visibleQuestions.filter { core.responses[$0.id] != nil }.count,
            shown: core.visibleQuestions.count)
    }

    /// How many of the shown questions are answered, without scoring: for drafts, whose rating is not shown.
    public func answeredCount(_ assessment: Assessment) -> (answered: Int, shown: Int) {
        let responses = assessment.answers.compactMapValues(\.response)
        let visibility = Visibility(questionnaire: questionnaire, responses: responses)
        var answered = 0
        var shown = 0
        for (question, isShown) in zip(questionnaire.questions, visibility.shown) where isShown {
            shown += 1
            if responses[question.id] != nil { answered += 1 }
        }
        return (answered, shown)
    }
}
