extension Scorer {
    /// The fit and the progress of a set of answers, without the split, next steps or "ask next".
    ///
    /// What a list of many assessments needs: `score(_:)` also builds the split, the next steps and the
    /// answers in words.
    public struct Progress: Sendable, Equatable {
        /// The fit exactly as `score(_:)` gives it: rating, need, range and confidence from the same
        /// pipeline.
        public let fit: Fit
        /// How many shown questions have a response (including "don't know" and "not applicable").
        public let answered: Int
        /// How many questions are shown for these answers.
        public let shown: Int
    }

    /// Works out the fit and how many of the shown questions are answered.
    public func progress(_ assessment: Assessment) -> Progress {
        progress(assessment.responses)
    }

    /// Works out the fit and how many of the shown questions are answered, for responses by question id.
    public func progress(_ responses: [String: Response]) -> Progress {
        // Not detailed: a listing never shows the answers in words behind each signal, nor what "ask next"
        // would rank (the blockers an answer would reveal).
        let pipeline = FitPipeline(scorer: self, responses: responses, detailed: false, findBlockers: false)
        let core = pipeline.core
        return Progress(
            fit: pipeline.fit,
            // Only shown questions' answers are kept by position, so these are the shown ones answered.
            answered: core.answers.reduce(0) { $0 + ($1 == nil ? 0 : 1) },
            shown: core.visibleQuestions.count)
    }

    /// How many of the shown questions are answered, without scoring: for drafts, whose rating is not shown.
    public func answeredCount(_ assessment: Assessment) -> (answered: Int, shown: Int) {
        let responses = assessment.responses
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
