import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension InterviewModel {
    /// The assessment being answered, its questionnaire and the current result.
    ///
    /// The result is always the engine's score of the assessment as it stands: the two change together,
    /// only through the mutating methods below, so no caller can change one and forget the other.
    public struct OpenAssessment: Sendable {
        /// The assessment as it stands; every change is handed to the store at once.
        public private(set) var assessment: Assessment
        /// Its questionnaire.
        public let questionnaire: Questionnaire
        /// The engine for it.
        public let scorer: Scorer
        /// The result for the current answers, recomputed on every change.
        public private(set) var result: ScoreResult

        init(assessment: Assessment, questionnaire: Questionnaire) {
            self.assessment = assessment
            self.questionnaire = questionnaire
            scorer = Scorer(questionnaire: questionnaire)
            result = scorer.score(assessment)
        }

        /// The shown questions, in order.
        public var visibleQuestions: [Question] {
            result.visibleQuestionIDs.compactMap(questionnaire.question)
        }

        /// The number of shown questions without an answer.
        var unansweredCount: Int { visibleQuestions.count - result.answeredCount }

        /// Where a question stands: its section's number and title among the sections with a shown
        /// question, and its own number among the shown questions ("Section 2 of 6 ... Question 7 of 24").
        public func position(of question: Question) -> (section: Int, sections: Int, sectionTitle: String, number: Int, count: Int) {
            let visible = visibleQuestions
            let sections = questionnaire.sections.filter { section in visible.contains { $0.sectionID == section.id } }
            let sectionIndex = (sections.firstIndex { $0.id == question.sectionID } ?? 0) + 1
            let title = sections.first { $0.id == question.sectionID }?.title ?? ""
            let number = (visible.firstIndex { $0.id == question.id } ?? 0) + 1
            return (sectionIndex, sections.count, title, number, visible.count)
        }

        /// Changes one question's record (an empty record is removed), stamps the time and rescores.
        /// A change that shows a new, unanswered question makes a finished assessment a draft again.
        mutating func changeRecord(of questionID: String, at now: Date, _ change: (inout AnswerRecord) -> Void) {
            var record = assessment.answers[questionID] ?? AnswerRecord()
            change(&record)
            assessment.answers[questionID] = record.isEmpty ? nil : record
            assessment.updated = now
            result = scorer.score(assessment)
            if assessment.status == .complete, result.answeredCount < result.visibleQuestionIDs.count {
                assessment.status = .draft
            }
        }

        /// Marks the assessment finished. The answers do not change, so neither does the result.
        mutating func markComplete(at now: Date) {
            assessment.status = .complete
            assessment.updated = now
        }
    }
}
