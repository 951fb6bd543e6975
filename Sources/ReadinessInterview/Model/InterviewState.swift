import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What the interview needs from outside: questionnaires, saved drafts, a new id and the time.
public struct InterviewSetup: Sendable {
    /// The questionnaires to choose from for a new assessment (the first is the default), read when needed.
    public var offered: OfferedQuestionnaires
    /// The installed questionnaires a saved assessment here may need, each of its versions: a saved
    /// assessment opens with exactly the version it was answered under, never another one with the same id.
    public var installed: [Questionnaire]
    /// Drafts that can be resumed from the start screen, newest first.
    public var drafts: [Assessment]
    /// An assessment to open straight away (`readiness resume ID`), skipping the start screen.
    public var resume: Assessment?
    /// Opens `resume` without editing it (another interview holds its lock).
    public var readOnlyReason: String?
    /// The id a new assessment gets.
    public var newID: String
    /// The id a continuation gets (`f` on the results: the call continued as the full assessment); nil
    /// where continuing is not offered.
    public var continuationID: String?
    /// The id of the assessment that already continues assessment `id` into questionnaire `questionnaireID`,
    /// asked of the store when `f` is pressed, so the same call is not continued twice; nil when none.
    public var existingContinuation: @Sendable (_ id: String, _ questionnaireID: String) -> String? = { _, _ in nil }
    /// A line shown when the interview opens (what `resume ID --questionnaire` carried over), if any.
    public var openingMessage: String?
    /// The mode offered first on the start screen.
    public var defaultMode: Assessment.Mode
    /// The formats the export screen offers, the first one chosen by default.
    public var exportFormats: [String]
    /// The current time, read when something is saved.
    public var now: @Sendable () -> Date
    /// What the start screen is filled with.
    public var prefill = StartPrefill()
    /// Whether the start screen offers the contact's name and role (the full screen does; plain mode
    /// asks only what it always asked).
    public var offersContact = false
    /// Whether the live pane starts hidden in call mode (the user hid it with `p` last time).
    public var hidesLivePane = false

    /// Creates a setup with questionnaires already read; `installed` defaults to `questionnaires`.
    public init(
        questionnaires: [Questionnaire], installed: [Questionnaire]? = nil, drafts: [Assessment] = [], resume: Assessment? = nil,
        readOnlyReason: String? = nil, newID: String, defaultMode: Assessment.Mode = .call, exportFormats: [String] = ["text", "json"],
        now: @escaping @Sendable () -> Date
    ) {
        self.init(
            offered: OfferedQuestionnaires(questionnaires), installed: installed ?? questionnaires, drafts: drafts, resume: resume,
            readOnlyReason: readOnlyReason, newID: newID, defaultMode: defaultMode, exportFormats: exportFormats, now: now)
    }

    /// Creates a setup whose offered questionnaires are read when first needed; `installed` holds the
    /// versions the drafts and the resumed assessment were answered under.
    public init(
        offered: OfferedQuestionnaires, installed: [Questionnaire], drafts: [Assessment] = [], resume: Assessment? = nil,
        readOnlyReason: String? = nil, newID: String, defaultMode: Assessment.Mode = .call, exportFormats: [String] = ["text", "json"],
        now: @escaping @Sendable () -> Date
    ) {
        self.offered = offered
        self.installed = installed
        self.drafts = drafts
        self.resume = resume
        self.readOnlyReason = readOnlyReason
        self.newID = newID
        self.defaultMode = defaultMode
        self.exportFormats = exportFormats
        self.now = now
    }
}

extension InterviewSetup {
    /// The questionnaire a saved assessment was answered under: the same id and exactly the same version;
    /// nil when that version is not installed.
    public func questionnaire(for assessment: Assessment) -> Questionnaire? {
        installed.first { $0.id == assessment.questionnaireID && $0.version == assessment.questionnaireVersion }
    }
}

/// What the interview asks the outside world to do. The model never does I/O itself.
public enum InterviewEffect: Sendable, Equatable {
    /// Save the assessment now (every answer, note and flag is saved the moment it is given).
    case save(Assessment)
    /// Start editing an assessment: take its lock. A refusal comes back as `.editingRefused`.
    case beginEditing(Assessment)
    /// Open a saved draft picked on the start screen: take its lock and read it again from disk, since the
    /// list may be old. The draft as saved now comes back as `.draftOpened`, a refusal as `.draftRefused`.
    case openDraft(id: String)
    /// Write the summary of the assessment in a format to a path.
    case export(ExportRequest)
    /// Redraw the whole screen from scratch.
    case redraw
    /// Leave the interview.
    case quit(QuitReason)
}

/// Why the interview ends, which decides the exit code.
public enum QuitReason: Sendable, Equatable {
    /// The user quit (`q`) or finished.
    case userQuit
    /// Ctrl-C: saved, then exit 130.
    case interrupted
}

/// A request to write the summary.
public struct ExportRequest: Sendable, Equatable {
    /// The format's name ("text", "json", ...).
    public var format: String
    /// Where to write it.
    public var path: String
    /// The assessment to write.
    public var assessment: Assessment
    /// Whether an existing file may be replaced.
    public var replace: Bool
    /// Who the summary is for: the client copy (the default) leaves out the assessor's own notes, flags,
    /// to-dos and talking points. Not used for an assessment file, which holds the answers themselves.
    public var audience: Audience = .client
    /// Whether the internal copy adds the talking points (never the client copy).
    public var talkingPoints = false

    /// The format name of a portable assessment file (the answers themselves, as `readiness export-file`
    /// writes them) rather than a report: what the quit question writes when saving fails.
    public static let assessmentFile = "assessment file"
}

/// A line of feedback at the bottom of the screen.
public struct StatusMessage: Sendable, Equatable {
    /// The text.
    public var text: String
    /// Whether it reports a problem.
    public var isError: Bool
}
