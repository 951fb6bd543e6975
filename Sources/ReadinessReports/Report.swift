import Foundation
import ReadinessCore

/// The printable summary as a value: built once from a scored assessment, rendered by each format.
///
/// Everything a renderer shows comes from here, so the formats cannot disagree, and `--redact` is applied
/// in one place.
public struct Report: Sendable {
    /// Options that change what the report contains.
    public struct Options: Sendable {
        /// Leave out the organization, the people and the notes.
        public var redact: Bool
        /// Include the talking points for the sales engineer.
        public var includeTalkingPoints: Bool

        /// Creates options.
        public init(redact: Bool = false, includeTalkingPoints: Bool = false) {
            self.redact = redact
            self.includeTalkingPoints = includeTalkingPoints
        }
    }

    /// A note typed during the interview, with its question.
    public struct Note: Sendable, Equatable {
        /// The question's title.
        public let questionTitle: String
        /// The note.
        public let text: String
    }

    /// A free-text answer, with its question.
    public struct TextAnswer: Sendable, Equatable {
        /// The question's title.
        public let questionTitle: String
        /// What was typed.
        public let text: String
    }

    /// Talking points for one strong signal.
    public struct TalkingPoints: Sendable, Equatable {
        /// The signal's title.
        public let signalTitle: String
        /// The points.
        public let points: [String]
    }

    /// The assessment's id.
    public let assessmentID: String
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
    public let questionnaireTitle: String
    /// The version the assessment was answered under.
    public let answeredVersion: String
    /// The version it was scored under.
    public let scoredVersion: String
    /// The engine's result.
    public let result: ScoreResult
    /// Notes typed in the interview (none when redacted).
    public let notes: [Note]
    /// Free-text answers (none when redacted: they are what people typed).
    public let textAnswers: [TextAnswer]
    /// Talking points for the strongest signals, when asked for.
    public let talkingPoints: [TalkingPoints]
    /// Whether the report was redacted.
    public let isRedacted: Bool

    /// Builds the report.
    public init(assessment: Assessment, questionnaire: Questionnaire, result: ScoreResult, options: Options = Options()) {
        assessmentID = assessment.id
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
        isRedacted = options.redact
        let shown = Set(result.visibleQuestionIDs)
        let questions = questionnaire.questions.filter { shown.contains($0.id) }
        notes = options.redact ? [] : questions.compactMap { question in
            guard let note = assessment.answers[question.id]?.note, !note.allSatisfy(\.isWhitespace) else { return nil }
            return Note(questionTitle: question.title, text: note)
        }
        textAnswers = options.redact ? [] : questions.compactMap { question in
            guard case let .text(text)? = assessment.answers[question.id]?.response else { return nil }
            return TextAnswer(questionTitle: question.title, text: text)
        }
        talkingPoints = !options.includeTalkingPoints ? [] : result.strongestSignals.prefix(3).compactMap { signal in
            guard let level = signal.level, level >= .moderate, let definition = questionnaire.signal(signal.id),
                  !definition.talkingPoints.isEmpty else { return nil }
            return TalkingPoints(signalTitle: signal.title, points: definition.talkingPoints)
        }
    }

    /// The organization as it should be printed.
    public var organizationLabel: String {
        guard let organization else { return "Redacted organization" }
        return organization.allSatisfy(\.isWhitespace) ? "Unnamed organization" : organization
    }

    /// The split rows of one owner, in questionnaire order.
    public func splitRows(ownedBy owner: Owner) -> [SplitRow] {
        result.split.filter { $0.owner == owner }
    }

    /// The owners in the order the report shows them: what the internal team keeps comes first, to reassure.
    public static let ownerOrder: [Owner] = [.internal, .partner, .shared]

    /// A heading for an owner's column.
    public static func heading(for owner: Owner) -> String {
        switch owner {
        case .internal: "Internal team keeps"
        case .partner: "Partner handles"
        case .shared: "Shared"
        }
    }

    /// The first three next steps, for the executive summary.
    public var topNextSteps: [String] { Array(result.nextSteps.prefix(3)) }

    /// A sentence on the version when the assessment was answered under another one.
    public var versionNote: String? {
        answeredVersion == scoredVersion ? nil
            : "Answered under version \(answeredVersion) of the questionnaire and scored under version \(scoredVersion)."
    }

    /// The report's date as `2026-11-29`, in UTC so that it does not depend on where it is printed.
    public var dateLabel: String {
        date.formatted(Date.ISO8601FormatStyle().year().month().day())
    }
}
