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

        /// Creates options.
        public init(redact: Bool = false, includeTalkingPoints: Bool = false, audience: Audience = .client) {
            self.redact = redact
            self.includeTalkingPoints = includeTalkingPoints
            self.audience = audience
        }
    }

    /// A note typed during the interview, with its question.
    public struct Note: Sendable, Equatable {
        /// The question's id.
        let questionID: String
        /// The question's title.
        let questionTitle: String
        /// The note.
        public let text: String
        /// Whether the assessor marked it to share with the customer.
        let isShared: Bool
    }

    /// A free-text answer, with its question.
    public struct TextAnswer: Sendable, Equatable {
        /// The question's id.
        let questionID: String
        /// The question's title.
        let questionTitle: String
        /// What was typed.
        public let text: String
    }

    /// Talking points for one strong signal.
    public struct TalkingPoints: Sendable, Equatable {
        /// The signal's title.
        let signalTitle: String
        /// The points.
        let points: [String]
    }

    /// One bar of the signal chart.
    public struct ChartBar: Sendable, Equatable {
        /// The signal id.
        public let id: String
        /// The signal's title.
        public let title: String
        /// The score, 0 to 100; nil when no known answer fed the signal.
        public let score: Int?
        /// The score with the unknowns at their best.
        public let low: Int?
        /// The score with the unknowns at their worst.
        public let high: Int?
        /// The level of the score.
        let level: SignalLevel?
        /// The score from which the signal is critical, if it can be.
        let criticalAt: Int?

        /// Whether the unknowns leave the score open.
        var hasRange: Bool {
            guard let low, let high else { return false }
            return high > low
        }

        /// The score and level in words: `92 critical`, or `no answer`.
        var valueLabel: String {
            guard let score else { return "no answer" }
            return "\(score) \(level?.rawValue ?? "")"
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
    /// The next steps this copy shows: the client copy leaves out the assessor's own to-dos.
    let nextSteps: [String]
    /// The same steps with their ids and phases.
    let steps: [StepEntry]

    /// Builds the report.
    public init(assessment: Assessment, questionnaire: Questionnaire, result: ScoreResult, options: Options = Options()) {
        isRedacted = options.redact
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

    // MARK: - The header

    /// The summary's title.
    public static let title = "Co-managed IT readiness summary"

    /// The organization as it should be printed.
    var organizationLabel: String {
        guard let organization else { return "Redacted organization" }
        return organization.allSatisfy(\.isWhitespace) ? "Unnamed organization" : organization
    }

    /// The assessor, when there is one to print.
    var assessorLabel: String? {
        guard let assessor, !assessor.allSatisfy(\.isWhitespace) else { return nil }
        return assessor
    }

    /// How the answers were gathered, in words.
    var modeLabel: String {
        mode == .call ? "Discovery call" : "Self-assessment"
    }

    /// The questionnaire as `Title (id, version 3)`.
    var questionnaireLabel: String {
        "\(questionnaireTitle) (\(questionnaireID), version \(scoredVersion))"
    }

    /// A warning for a draft: `Draft: 12 of 14 questions answered; the result may still change.`, and for
    /// a file marked complete that is not (edited by hand, or answered under another version).
    var draftLabel: String? {
        let shown = result.visibleQuestionIDs.count
        switch status {
        case .draft:
            if result.answeredCount >= shown { return "Draft: every question is answered, but the assessment is not marked complete yet." }
            return "Draft: \(result.answeredCount) of \(shown) questions answered; the result may still change."
        case .complete:
            guard result.answeredCount < shown else { return nil }
            return "Marked complete, but only \(result.answeredCount) of \(shown) questions are answered; the result may still change."
        }
    }

    /// The last line of every format: what the summary is, what scored it, and the assessment it came
    /// from (an id means nothing to a reader on page one, but finds the file again).
    var footerLine: String {
        let reference = assessmentID.map { " Assessment reference \($0)." } ?? ""
        return
            "\(Self.title), \(dateLabel). Scored with \(questionnaireLabel). Every number in it can be checked by hand from the answers shown.\(reference)"
    }

    /// A sentence on the version when the assessment was answered under another one.
    var versionNote: String? {
        answeredVersion == scoredVersion
            ? nil
            : "Answered under version \(answeredVersion) of the questionnaire and scored under version \(scoredVersion)."
    }

    /// The report's date as `2026-11-29`, in UTC, so that it does not depend on where it is printed.
    var dateLabel: String {
        Timestamp.day(date)
    }

    // MARK: - The executive summary

    /// The rating's glyph: filled and empty dots for the four fit ratings, a diamond for fully managed.
    var ratingGlyph: String { result.fit.rating.glyph }

    /// A rating's title short enough for a narrow band of the need scale: `Possible`, `Not yet`.
    static func shortTitle(of rating: Rating) -> String {
        switch rating {
        case .strongFit: "Strong"
        case .goodFit: "Good"
        case .possibleFit: "Possible"
        case .notYet: "Not yet"
        case .fullyManaged: "Fully managed"
        }
    }

    /// The glyphs of every rating, so a reader can place this one: `Scale: ○○○ Not yet · ●○○ Possible fit ...`.
    static var ratingScaleKey: String {
        "Scale: " + [Rating.notYet, .possibleFit, .goodFit, .strongFit].map { "\($0.glyph) \($0.title)" }.joined(separator: " · ")
            + "; \(Rating.fullyManaged.glyph) \(Rating.fullyManaged.title) when there is no internal team to keep ownership."
    }

    /// The need in words: `89/100 (range 79-90, medium confidence)`. When a prerequisite settled the rating
    /// the confidence is the rating's, not the need's, and the label says so.
    var needLabel: String {
        let fit = result.fit
        let range = fit.high > fit.low ? "range \(fit.low)-\(fit.high)" : "no range: every answer known"
        let inRating = isSettledByPrerequisite && fit.high > fit.low ? " in the rating" : ""
        return "\(fit.need)/100 (\(range), \(fit.confidence.rawValue) confidence\(inRating))"
    }

    /// What the confidence means, for readers who did not run the program.
    var confidenceExplanation: String {
        let fit = result.fit
        if fit.high == fit.low, fit.confidence == .high {
            return "High confidence: every question that feeds the need is answered."
        }
        if fit.decision.prerequisiteID != nil {
            return fit.confidence == .high
                ? "High confidence in the rating: a prerequisite decided it and no open answer can change that; the unknowns move only the need, so verify them before planning the work."
                : "Low confidence: an open answer could still change the rating the prerequisite gave; verify it before deciding."
        }
        return switch fit.confidence {
        case .high: "High confidence: the unknowns cannot move the need much."
        case .medium: "Medium confidence: the unknowns could move the need noticeably; verify them before deciding."
        case .low: "Low confidence: the unknowns could change the result; verify them before deciding."
        }
    }

    /// Whether a prerequisite decided the rating and no open answer can change it.
    var isSettledByPrerequisite: Bool {
        result.fit.decision.prerequisiteID != nil && result.fit.confidence == .high
    }

    /// When a prerequisite decided the rating, a sentence saying the need did not, so the need scale does
    /// not seem to contradict the rating.
    var needNote: String? {
        result.fit.decision.prerequisiteID != nil
            ? "A prerequisite decided the rating, not the need; the need still shows how much added coverage the signals call for."
            : nil
    }

    /// The first three next steps, for the executive summary.
    var topNextSteps: [String] { Array(nextSteps.prefix(3)) }

    /// The notices under the header, most pressing first.
    var notices: [String] {
        [
            audienceNotice, draftLabel, versionNote,
            isRedacted ? "Redacted: the organization, the people, the notes and the typed answers are left out." : nil,
        ].compactMap { $0 }
    }

    /// A notice at the top of the internal copy, so it is not sent by mistake; nil for the client copy.
    var audienceNotice: String? {
        audience == .internal
            ? "Internal copy: it holds the assessor's notes, review flags and to-dos. Send the customer the client copy (--audience client)."
            : nil
    }

    /// A sentence with an emphasized opening, such as **The internal team keeps** business alignment.
    struct LeadSentence: Sendable, Equatable {
        /// The opening, shown in bold.
        let lead: String
        /// The rest of the sentence, with its full stop.
        let rest: String
    }

    /// Who does what, in a sentence each, for page one: what the internal team keeps first (to reassure),
    /// then what the partner starts with. With nobody internal yet (fully managed first), the first speaks
    /// of the team to come rather than one that does not exist.
    var whoDoesWhat: [LeadSentence] {
        var sentences: [LeadSentence] = []
        if !internalKeeps.isEmpty {
            sentences.append(
                LeadSentence(
                    lead: result.fit.rating == .fullyManaged ? "Once someone owns IT in-house, they keep" : "The internal team keeps",
                    rest: Self.list(internalKeeps.map { Self.inSentence($0.title) }) + ": the work that depends on knowing the business."))
        }
        if !partnerStartsWith.isEmpty {
            sentences.append(
                LeadSentence(
                    lead: "The partner starts with",
                    rest: Self.list(partnerStartsWith.map { Self.inSentence($0.title) }) + " in the first 30 days."))
        }
        return sentences
    }

    /// Items joined as `a, b and c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// What the partner takes on, alone or leading a shared area, in the first 30 days.
    var partnerStartsWith: [SplitRow] {
        result.split.filter { $0.phase == .now && ($0.owner == .partner || ($0.owner == .shared && $0.lead == .partner)) }
    }

    // MARK: - The details

    /// The signals with their arithmetic, in the chart's order.
    var signalDetails: [SignalResult] {
        let byID = Dictionary(result.signals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return chart.compactMap { byID[$0.id] }
    }

    /// One signal's arithmetic in words: `20 of 20 points = 100/100, high; weight 4 in the need`.
    static func arithmetic(of signal: SignalResult) -> String {
        var text: String
        if let score = signal.score {
            text = "\(signal.points) of \(signal.maximum) points = \(score)/100"
            if let level = signal.level { text += ", \(level.rawValue)" }
        } else {
            text = "No known answer yet"
        }
        if let low = signal.low, let high = signal.high, high > low {
            text += "; \(low) to \(high) depending on the unknowns"
        }
        return text + "; weight \(signal.weight) in the need."
    }

    /// A contribution's points as `8/10`, or `?/10` for "don't know" and unanswered.
    static func pointsLabel(of contribution: Contribution) -> String {
        "\(contribution.points.map(String.init) ?? "?")/\(contribution.maximum)"
    }

    /// A "verify before deciding" item's state in words.
    static func stateLabel(of item: UnknownItem) -> String {
        item.isDontKnow ? "don't know" : "not answered"
    }

    /// The rule that decided the rating, in words.
    var decidedByLabel: String {
        switch result.fit.decision {
        case .prerequisite(let id, _):
            "the prerequisite '\(id)'"
        case .band(let rating):
            "the need band for \(rating.title)"
        case .criticalFloor(let rating, let floor):
            "the need band for \(rating.title), after a critical signal lifted the need to \(floor)"
        case .middleOfRange(let rating):
            "the need band for \(rating.title) at the middle of the need's range, since nothing answered feeds a signal yet"
        }
    }

    /// A short account of the method, the same in every format.
    var methodParagraphs: [String] {
        [
            "Each answer gives points to one or more readiness signals. A signal's score is the points its answers gave out of the most they could give, from 0 to 100; from \(moderateAt) its level is moderate and from \(highAt) high, and some signals are critical from a score of their own.",
            "The need is the weighted average of the signal scores. A critical signal lifts the need on its own, so averaging never hides a critical gap, and blockers are reported first whatever the number says.",
            "\"Don't know\" and unanswered questions are left out of the score. They give the range instead (scored once at their best and once at their worst), lower the confidence and are listed under \"Verify before deciding\".",
            "Prerequisites are checked before the need: with nobody internal to keep ownership, or leadership wanting to hand IT off entirely, fully managed IT is the better start. Here the rating was decided by \(decidedByLabel).",
            "The split starts small: what addresses the strongest signals starts now, the rest waits; the internal team keeps what depends on knowing the business, and every area has one owner.",
        ]
    }

    /// A title as it reads inside a sentence: `business alignment`, but `IT policy` and `MSP tools` kept.
    static func inSentence(_ title: String) -> String {
        guard let first = title.first else { return title }
        if let second = title.dropFirst().first, second.isUppercase { return title }
        return first.lowercased() + title.dropFirst()
    }

    // MARK: - Files

    /// A file name for the report, as every export names its file: `harbor-dental-group-2026-03-10.html`.
    public func suggestedFileName(format: ReportFormat) -> String {
        ExportFileName.stem(organization: organization ?? "", day: dateLabel) + "." + format.fileExtension
    }
}
