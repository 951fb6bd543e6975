#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One assessment of one organization: who, when, with which questionnaire, and every answer given so far.
public struct Assessment: Sendable, Equatable {
    /// The short id used on the command line.
    public var id: String
    /// The questionnaire id.
    public var questionnaireID: String
    /// The questionnaire version it was answered under.
    public var questionnaireVersion: String
    /// The organization assessed.
    public var organization: String
    /// The person running the assessment.
    public var assessor: String
    /// Whether it is a discovery call or a self-assessment.
    public var mode: Mode
    /// When it was started.
    public var created: Date
    /// When it last changed.
    public var updated: Date
    /// Whether it is finished.
    public var status: Status
    /// Answers by question id.
    public var answers: [String: AnswerRecord]
    /// When this is the other side's version of an assessment that two people changed at once (kept by a
    /// team sync so nothing is lost), the id of the assessment it conflicted with; nil otherwise.
    public var conflictOf: String?
    /// The person at the organization the assessment was done with, when recorded.
    public var contact: Contact?
    /// When this assessment continues another (a discovery call carried into the full questionnaire), that
    /// one's id; the other stays as its own record.
    public var continuedFrom: String?

    /// The person at the organization: a name and a role, each optional.
    public struct Contact: Sendable, Equatable {
        /// Their name.
        public var name: String?
        /// Their role ("IT manager").
        public var role: String?

        /// A contact; nil when both are blank, so an empty contact is never written.
        public init?(name: String?, role: String?) {
            let name = name.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0.trimmingSpaces() }
            let role = role.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0.trimmingSpaces() }
            guard name != nil || role != nil else { return nil }
            self.name = name
            self.role = role
        }
    }

    /// Creates an assessment.
    public init(
        id: String, questionnaireID: String, questionnaireVersion: String, organization: String, assessor: String,
        mode: Mode, created: Date, updated: Date, status: Status = .draft, answers: [String: AnswerRecord] = [:],
        conflictOf: String? = nil, contact: Contact? = nil, continuedFrom: String? = nil
    ) {
        self.contact = contact
        self.continuedFrom = continuedFrom
        self.id = id
        self.questionnaireID = questionnaireID
        self.questionnaireVersion = questionnaireVersion
        self.organization = organization
        self.assessor = assessor
        self.mode = mode
        self.created = created
        self.updated = updated
        self.status = status
        self.answers = answers
        self.conflictOf = conflictOf
    }

    /// Starts a new assessment for a questionnaire.
    public init(id: String, questionnaire: Questionnaire, organization: String, assessor: String, mode: Mode, now: Date) {
        self.init(
            id: id, questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
            organization: organization, assessor: assessor, mode: mode, created: now, updated: now)
    }

    /// The response given to a question, if any.
    public func response(to questionID: String) -> Response? { answers[questionID]?.response }

    /// The interview mode, which decides the voice of the questions.
    public enum Mode: String, Sendable, CaseIterable, Codable {
        /// A sales engineer on a discovery call.
        case call
        /// An admin assessing their own team.
        case `self`
    }

    /// Whether the assessment is finished.
    public enum Status: String, Sendable, CaseIterable, Codable {
        case draft
        case complete
    }
}

/// What is recorded for one question: the response, a note and a review flag, each optional.
public struct AnswerRecord: Sendable, Equatable {
    /// The response, or nil when only a note or flag was given.
    public var response: Response?
    /// A note typed during the interview.
    public var note: String?
    /// Whether the question is flagged for review.
    public var flagged: Bool
    /// Whether the note may go to the customer: a note is internal (the assessor's own) unless marked so,
    /// and only marked notes appear in the client copy of a report.
    public var shareNote: Bool

    /// Creates a record.
    public init(response: Response? = nil, note: String? = nil, flagged: Bool = false, shareNote: Bool = false) {
        self.response = response
        self.note = note
        self.flagged = flagged
        self.shareNote = shareNote
    }

    /// Whether the record carries nothing and can be dropped.
    public var isEmpty: Bool { response == nil && (note ?? "").isEmpty && !flagged }

    /// The most characters a note or a text answer holds, in the interview, plain mode and files alike.
    public static let maximumTextLength = 4000
}

/// A response to a question.
public enum Response: Sendable, Equatable, Hashable {
    /// A single choice: the option id.
    case choice(String)
    /// A multiple choice: the option ids, in questionnaire order.
    case choices([String])
    /// A scale value, 1 to 5.
    case scale(Int)
    /// A number.
    case number(Int)
    /// Free text.
    case text(String)
    /// "Don't know": left out of the score, widening its range.
    case unknown
    /// "Not applicable": left out of the score entirely.
    case notApplicable

    /// Whether this is a real answer rather than "don't know" or "not applicable".
    public var isKnown: Bool {
        switch self {
        case .unknown, .notApplicable: false
        default: true
        }
    }
}
