import ReadinessCore

/// The screen the interview shows; overlays (help, editor, confirmations) sit on top of it.
public enum Screen: Sendable, Equatable {
    case start(StartForm)
    case question(QuestionFocus)
    case review(ListFocus)
    case results(ListFocus)
    case export(ExportForm)
    case whatIf(WhatIfFocus)
}

/// Something shown over the screen until it is closed.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case editor(EditorState)
    case confirmQuit
    case confirmChange(PendingChange)
    case confirmReplace(ExportRequest)
    case reasons(title: String, lines: [String], scroll: Int)
    /// Quitting while the last save failed: leave without the answers, try again, or write them elsewhere.
    case unsavedQuit(UnsavedQuit)
    /// Continuing into a fuller questionnaire: what would be carried over, before anything is created.
    case confirmContinue(Continuation)
}

/// The choice offered on quitting when the answers could not be saved.
public struct UnsavedQuit: Sendable, Equatable {
    /// The path being typed to write the answers to, once `w` was pressed; nil while choosing.
    public var path: TextField?

    /// Creates the choice, with no path yet.
    init(path: TextField? = nil) { self.path = path }
}

/// The start screen: resume a draft, or name a new assessment.
public struct StartForm: Sendable, Equatable {
    /// The rows of the start screen, in order.
    public enum Row: Sendable, Equatable {
        case draft(Int)
        case organization, assessor, contactName, contactRole, mode, questionnaire, start

        /// Whether the row is a text field.
        var isText: Bool { [.organization, .assessor, .contactName, .contactRole].contains(self) }
    }

    /// The organization's name.
    public var organization = TextField("", limit: 200)
    /// The assessor's name.
    public var assessor = TextField("", limit: 200)
    /// The name of the person at the organization (optional).
    var contactName = TextField("", limit: 200)
    /// Their role (optional).
    var contactRole = TextField("", limit: 200)
    /// The interview mode.
    public var mode: Assessment.Mode
    /// The chosen questionnaire, by position.
    public var questionnaireIndex = 0
    /// The focused row.
    public var focus: Int = 0
    /// The rows, given the drafts and questionnaires available.
    public var rows: [Row]

    init(
        draftCount: Int, questionnaireCount: Int, mode: Assessment.Mode, prefill: StartPrefill = StartPrefill(), offersContact: Bool = false
    ) {
        self.mode = mode
        rows =
            (0..<draftCount).map(Row.draft) + [.organization, .assessor] + (offersContact ? [.contactName, .contactRole] : []) + [.mode]
            + (questionnaireCount > 1 ? [.questionnaire] : []) + [.start]
        organization = TextField(prefill.organization ?? "", limit: 200)
        assessor = TextField(prefill.assessor ?? "", limit: 200)
        contactName = TextField(prefill.contactName ?? "", limit: 200)
        contactRole = TextField(prefill.contactRole ?? "", limit: 200)
        // A call prepared in advance (`--organization`) waits on Start: one Enter begins it, drafts or not.
        if !organization.isBlank, let start = rows.firstIndex(of: .start) { focus = start }
    }

    /// The focused row.
    var focusedRow: Row { rows[min(focus, rows.count - 1)] }

    /// The text field of a row, if it has one.
    public subscript(field row: Row) -> TextField? {
        get {
            switch row {
            case .organization: organization
            case .assessor: assessor
            case .contactName: contactName
            case .contactRole: contactRole
            default: nil
            }
        }
        set {
            guard let newValue else { return }
            switch row {
            case .organization: organization = newValue
            case .assessor: assessor = newValue
            case .contactName: contactName = newValue
            case .contactRole: contactRole = newValue
            default: break
            }
        }
    }

    /// Where Enter goes from a row: from the organization's name to the assessor while that is empty,
    /// else straight to Start (the mode and questionnaire always have a value, the contact is optional),
    /// so a form whose rest is filled goes from the name to Start in one Enter. From the assessor, Enter
    /// passes over the optional contact rows (↓ and Tab reach them), so naming them costs no key when
    /// they are left empty; from any other row, the next.
    func rowAfterEnter(from row: Row) -> Int {
        if row == .organization, !assessor.isBlank, let start = rows.firstIndex(of: .start) { return start }
        if row == .assessor, let mode = rows.firstIndex(of: .mode) { return mode }
        return min(rows.count - 1, focus + 1)
    }
}

/// What the start screen is filled with before the user types: from the command line
/// (`--organization`, `--assessor`) and the remembered assessor.
public struct StartPrefill: Sendable, Equatable {
    /// The organization's name.
    public var organization: String?
    /// The assessor's name.
    public var assessor: String?
    /// The contact's name.
    var contactName: String?
    /// The contact's role.
    var contactRole: String?

    /// Creates a prefill; every part optional.
    public init(organization: String? = nil, assessor: String? = nil, contactName: String? = nil, contactRole: String? = nil) {
        self.organization = organization
        self.assessor = assessor
        self.contactName = contactName
        self.contactRole = contactRole
    }
}

/// Where the user is on a question and what they have typed or toggled but not yet confirmed.
public struct QuestionFocus: Sendable, Equatable {
    /// The question shown.
    public var questionID: String
    /// The highlighted option (choice questions).
    public var highlight: Int = 0
    /// Options toggled but not yet confirmed (multiple choice).
    public var selection: [String] = []
    /// The value chosen with the arrows but not yet confirmed (scale).
    public var scale: Int?
    /// The number being typed.
    public var number = TextField("", limit: 16)
    /// Whether to go back to the review after answering (the question was opened from it).
    public var returnToReview = false
    /// The question the user was on when `a` (ask next) brought them here: after this one, the next
    /// unanswered ask-next question follows, or this one when none is left.
    var askNextOrigin: String?

    init(questionID: String) { self.questionID = questionID }
}

/// A selection in a list; the layout scrolls to keep it in view.
public struct ListFocus: Sendable, Equatable {
    /// The selected item.
    public var selected: Int = 0
    /// The first line shown, when the user scrolled by lines (PgUp, PgDn, Home, End on the results);
    /// nil while the view follows the selection.
    var top: Int?
}

/// Moves a selection through a list of `count` items for the list actions; the one place that does it.
enum ListMotion {
    /// The new selection, or nil when the action is not a movement.
    static func moved(_ selected: Int, by action: Action?, count: Int, page: Int) -> Int? {
        let last = max(0, count - 1)
        switch action {
        case .moveUp?: return max(0, selected - 1)
        case .moveDown?: return min(last, selected + 1)
        case .first?: return 0
        case .last?: return last
        case .pageUp?: return max(0, selected - page)
        case .pageDown?: return min(last, selected + page)
        default: return nil
        }
    }
}

/// What-if on the results: pick a question, try its other answers, see what would change.
public struct WhatIfFocus: Sendable, Equatable {
    /// The selected question, by position among the shown questions.
    public var question = 0
    /// The answers being tried for the chosen question; nil while a question is being picked.
    public var alternatives: [Response]?
    /// The answer being tried, by position in `alternatives`.
    public var alternative = 0
}

/// The export screen: a format and a path.
public struct ExportForm: Sendable, Equatable {
    /// The formats offered.
    public var formats: [String]
    /// The chosen format, by position.
    public var formatIndex: Int
    /// The path to write.
    public var path: TextField
    /// The copy to write: for the client (the default, what is safe to send) or internal.
    public var audience: Audience = .client
    /// Whether the internal copy adds the talking points: the sales engineer's own words, never in the
    /// client copy.
    var talkingPoints = false

    /// Tab: the next copy (for the client, internal, internal with the talking points, then round again);
    /// Shift-Tab the one before.
    mutating func nextCopy(backwards: Bool) {
        let copies: [(Audience, Bool)] = [(.client, false), (.internal, false), (.internal, true)]
        let current = copies.firstIndex { $0 == (audience, talkingPoints && audience == .internal) } ?? 0
        (audience, talkingPoints) = copies[(current + (backwards ? copies.count - 1 : 1)) % copies.count]
    }

    /// The request to write the chosen format and copy of `assessment` to the path typed.
    func request(for assessment: Assessment, path: String? = nil, replace: Bool = false) -> ExportRequest {
        ExportRequest(
            format: formats[formatIndex], path: path ?? self.path.text, assessment: assessment, replace: replace, audience: audience,
            talkingPoints: audience == .internal && talkingPoints)
    }
}

/// The note or free-text editor.
public struct EditorState: Sendable, Equatable {
    /// What the text is for.
    public enum Purpose: Sendable, Equatable {
        case note
        case textAnswer
    }

    /// The question the text belongs to.
    public var questionID: String
    /// What the text is for.
    public var purpose: Purpose
    /// The text being edited.
    public var field: TextField
    /// The text the editor opened with: Esc asks before throwing away anything typed since.
    let original: String
    /// Whether Esc was pressed on typed text and the editor asks whether to discard it.
    var confirmingDiscard = false
    /// For a note: whether it goes to the customer (the client copy prints only shared notes). A new note
    /// is private, so nothing the assessor types reaches the customer unless they say so; Ctrl-T toggles it.
    public var sharesNote: Bool
    /// The sharing the editor opened with: a changed choice counts as typing that Esc asks about.
    let originalSharing: Bool

    /// Whether something typed would be lost by closing the editor without saving.
    var hasTyping: Bool { !field.isBlank && (field.text != original || sharesNote != originalSharing) }

    /// Opens an editor on a text; `original` is that text, `sharesNote` the note's saved sharing.
    init(questionID: String, purpose: Purpose, field: TextField, sharesNote: Bool = false) {
        self.questionID = questionID
        self.purpose = purpose
        self.field = field
        original = field.text
        self.sharesNote = sharesNote
        originalSharing = sharesNote
    }
}

/// An answer change waiting for confirmation because it sets other answers aside.
public struct PendingChange: Sendable, Equatable {
    /// The question being answered.
    public var questionID: String
    /// The new response.
    public var response: Response
    /// Titles of the answered questions the change would hide.
    public var setAside: [String]
    /// Whether the change comes from what-if, which returns to the results instead of moving on.
    var fromWhatIf = false
}
