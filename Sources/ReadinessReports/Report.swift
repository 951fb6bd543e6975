import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The printable summary as a value: built once from a scored assessment, rendered by each format.
///
/// Everything a renderer shows comes from here, in the order the summary tells it, so the formats cannot
/// disagree, and `--redact` is applied in one place: a redacted report holds no organization, no people,
/// no notes and no typed answers, so no renderer can leak them.
public struct Report: Sendable {
    /// Options that change what the report contains.
    public struct Options: Sendable {
        /// Leave out the organization, the people, the notes and the typed answers.
        public var redact: Bool
        /// Include the talking points for the sales engineer (internal copy only).
        public var includeTalkingPoints: Bool
        /// Who the report is for. The client copy, the default, leaves out what is the assessor's own:
        /// notes not marked to share, review flags, the assessor's to-dos and the talking points.
        public var audience: Audience
        /// Who sends the summary; kept with `redact`, which removes the customer's names, not the sender's.
        public var sender: Sender?

        /// Creates options.
        public init(redact: Bool = false, includeTalkingPoints: Bool = false, audience: Audience = .client, sender: Sender? = nil) {
            self.redact = redact
            self.includeTalkingPoints = includeTalkingPoints
            self.audience = audience
            self.sender = sender
        }
    }

    /// The assessment's id, or nil when redacted (an id can lead back to the organization's file).
    let assessmentID: String?
    /// The organization, or nil when redacted.
    public let organization: String?
    /// The assessor, or nil when redacted.
    public let assessor: String?
    /// The interview mode.
    public let mode: Assessment.Mode
    /// Draft or complete.
    public let status: Assessment.Status
    /// When the assessment last changed: the report's date.
    public let date: Date
    /// The questionnaire's id.
    public let questionnaireID: String
    /// The questionnaire's title.
    let questionnaireTitle: String
    /// The version the assessment was answered under.
    let answeredVersion: String
    /// The version it was scored under.
    let scoredVersion: String
    /// The engine's result.
    public let result: ScoreResult
    /// The signal chart, strongest first, signals without an answer last.
    public let chart: [ChartBar]
    /// The score from which a signal's level is moderate.
    let moderateAt: Int
    /// The score from which a signal's level is high.
    let highAt: Int
    /// The need bands of the rating, lowest first, for the need scale.
    let ratingBands: [RatingBand]
    /// Titles of the shown questions flagged for review (none in the client copy).
    let flaggedQuestions: [String]
    /// Ids of the same questions, in the same order.
    let flaggedQuestionIDs: [String]
    /// Notes typed in the interview (none when redacted).
    let notes: [Note]
    /// Every shown question's answer, in questionnaire order.
    public let answers: [AnswerEntry]
    /// Free-text answers (none when redacted: they are what people typed).
    let textAnswers: [TextAnswer]
    /// Talking points for the strongest signals, when asked for.
    public let talkingPoints: [TalkingPoints]
    /// Whether the report was redacted.
    let isRedacted: Bool
    /// Who the report is for.
    public let audience: Audience
    /// The summary's title: the questionnaire's, or `Readiness summary`.
    let title: String
    /// What the rating key says after the glyphs of the fit ratings (the questionnaire's, or a default
    /// that names fully managed IT only when a prerequisite can give it); nil to say nothing more.
    let ratingKeyEnd: String?
    /// Whether the questionnaire has prerequisites, for the method.
    let hasPrerequisites: Bool
    /// The questionnaire's own paragraphs of the method.
    let questionnaireMethod: [String]
    /// Who sends the summary, when the user configured it; nil when there is nothing to print.
    let sender: Sender?
    /// What the plan asks of the customer's team, for every copy.
    let customerAsks: [LeadSentence]
    /// The next steps this copy shows: the client copy leaves out the assessor's own to-dos.
    let nextSteps: [String]
    /// The same steps with their ids and phases.
    let steps: [StepEntry]

    /// Builds the report.
    public init(assessment: Assessment, questionnaire: Questionnaire, result: ScoreResult, options: Options = Options()) {
        isRedacted = options.redact
        sender = options.sender.flatMap { $0.isEmpty ? nil : $0 }
        audience = options.audience
        let isClient = options.audience == .client
        let assessorSteps = Set(questionnaire.nextSteps.filter { $0.audience == .internal }.map(\.text))
        nextSteps = isClient ? result.nextSteps.filter { !assessorSteps.contains($0) } : result.nextSteps
        steps = Self.stepEntries(nextSteps, questionnaire: questionnaire, blockers: result.blockers)
        assessmentID = options.redact ? nil : assessment.id
        organization = options.redact ? nil : assessment.organization
        assessor = options.redact ? nil : assessment.assessor
        mode = assessment.mode
        status = assessment.status
        date = assessment.updated
        questionnaireID = questionnaire.id
        title = questionnaire.report.title ?? Self.defaultTitle
        ratingKeyEnd =
            questionnaire.report.ratingKey
            ?? (questionnaire.rating.prerequisites.contains { $0.rating == .fullyManaged }
                ? "\(Rating.fullyManaged.glyph) \(Rating.fullyManaged.title) when a prerequisite of the questionnaire calls for it." : nil)
        hasPrerequisites = !questionnaire.rating.prerequisites.isEmpty
        questionnaireMethod = questionnaire.report.method
        questionnaireTitle = questionnaire.title
        answeredVersion = assessment.questionnaireVersion
        scoredVersion = questionnaire.version
        self.result = result
        moderateAt = questionnaire.scoring.moderateAt
        highAt = questionnaire.scoring.highAt
        ratingBands = questionnaire.rating.bands.sorted { $0.minimum < $1.minimum }
        chart = result.strongestSignals.map { signal in
            ChartBar(
                id: signal.id, title: signal.title, score: signal.score, low: signal.low, high: signal.high,
                level: signal.level, criticalAt: questionnaire.signal(signal.id)?.criticalAt)
        }
        let shown = Set(result.visibleQuestionIDs)
        let questions = questionnaire.questions.filter { shown.contains($0.id) }
        let flagged = isClient ? [] : questions.filter { assessment.answers[$0.id]?.flagged == true }
        flaggedQuestions = flagged.map(\.title)
        flaggedQuestionIDs = flagged.map(\.id)
        notes =
            options.redact
            ? []
            : questions.compactMap { question in
                guard let record = assessment.answers[question.id], let note = record.note, !note.allSatisfy(\.isWhitespace),
                    !isClient || record.shareNote
                else { return nil }
                return Note(questionID: question.id, questionTitle: question.title, text: note, isShared: record.shareNote)
            }
        answers = Self.answerEntries(questions, assessment: assessment, notes: notes, redact: options.redact)
        customerAsks = Self.customerAsks(questionnaire: questionnaire, result: result, answers: answers)
        textAnswers =
            options.redact
            ? []
            : questions.compactMap { question in
                guard case .text(let text)? = assessment.answers[question.id]?.response, !text.allSatisfy(\.isWhitespace) else {
                    return nil
                }
                return TextAnswer(questionID: question.id, questionTitle: question.title, text: text)
            }
        talkingPoints =
            !options.includeTalkingPoints || isClient
            ? []
            : result.strongestSignals.prefix(3).compactMap { signal in
                guard let level = signal.level, level >= .moderate, let definition = questionnaire.signal(signal.id),
                    !definition.talkingPoints.isEmpty
                else { return nil }
                return TalkingPoints(signalTitle: signal.title, points: definition.talkingPoints)
            }
    }
}
