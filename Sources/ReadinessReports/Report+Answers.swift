import ReadinessCore

/// Every shown question's answer, for the JSON a CRM or PSA imports.
extension Report {
    /// One shown question and its answer, in words and as stored.
    public struct AnswerEntry: Sendable, Equatable {
        /// The question id.
        let questionID: String
        /// The question's title.
        public let title: String
        /// The answer as a person would say it: `Only one person`, `85 people`, `don't know`.
        let words: String
        /// The answer as the assessment file stores it: an option id, ids, a number or text; nil for
        /// unanswered, "don't know", "not applicable", and typed text in a redacted report.
        public let stored: JSONValue?
        /// Answered "don't know".
        let isDontKnow: Bool
        /// Answered "not applicable".
        let isNotApplicable: Bool
        /// The note this copy may show (a shared one in the client copy), if any.
        public let note: String?
    }

    /// The shown questions' answers, in questionnaire order. A redacted report keeps the choices but not
    /// what was typed, nor the notes.
    static func answerEntries(_ questions: [Question], assessment: Assessment, notes: [Note], redact: Bool) -> [AnswerEntry] {
        let noteByQuestion = Dictionary(notes.map { ($0.questionID, $0.text) }, uniquingKeysWith: { first, _ in first })
        return questions.map { question in
            let response = assessment.answers[question.id]?.response
            var stored: JSONValue?
            switch response {
            case .choice(let id): stored = .string(id)
            case .choices(let ids): stored = .array(ids.map(JSONValue.string))
            case .scale(let value), .number(let value): stored = .integer(value)
            case .text(let text): stored = redact ? nil : .string(text)
            case .unknown, .notApplicable, nil: stored = nil
            }
            var words = AnswerText.describe(response, for: question)
            if redact, case .text = response { words = "(typed answer left out)" }
            return AnswerEntry(
                questionID: question.id, title: question.title, words: words, stored: stored,
                isDontKnow: response == .unknown, isNotApplicable: response == .notApplicable,
                note: noteByQuestion[question.id])
        }
    }
}
