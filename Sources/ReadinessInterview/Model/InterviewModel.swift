import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The interview as a pure state machine: events in, effects out. Both front ends (ncurses and plain
/// lines) drive this one model, and the tests drive it directly.
public struct InterviewModel: Sendable {
    /// What the interview was started with.
    public let setup: InterviewSetup
    /// The terminal size.
    public internal(set) var size: ScreenSize
    /// The screen shown.
    public internal(set) var screen: Screen
    /// What is shown over the screen, if anything.
    public internal(set) var overlay: Overlay?
    /// Feedback shown at the bottom until the next key.
    public internal(set) var message: StatusMessage?
    /// The assessment being answered, once started.
    public internal(set) var session: OpenAssessment?
    /// Whether the live pane is shown beside the questions.
    public internal(set) var showsLivePane: Bool
    /// Why the assessment is open read-only, when it is.
    public internal(set) var readOnlyReason: String?
    /// Why the last save failed, until a save succeeds: plain mode stops on it, the screen shows it, and
    /// quitting asks first. The answers stay in memory meanwhile.
    public internal(set) var saveFailure: String?
    /// The answers written elsewhere from the quit question while saving failed, and where.
    public internal(set) var writtenCopy: WrittenCopy?
    /// What the way out did with text typed but not confirmed (see `keepTypingOnExit`), for the exit message.
    public internal(set) var exitNotes: [String] = []
    /// Whether a save asked for from the quit question should end the interview once it succeeds.
    var quitWhenSaved = false
    /// The question to go back to when the review is closed.
    var lastQuestionID: String?
    /// When this interview opened a discovery call, for the call timer in the title bar.
    var callStarted: Date?

    /// The time since the call was opened in this interview ("12:05", "1:02:09"); nil outside call mode.
    public var callElapsed: String? {
        guard let callStarted, session?.assessment.mode == .call else { return nil }
        let seconds = max(0, Int(setup.now().timeIntervalSince(callStarted)))
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }

    /// Starts the interview: on the start screen, or straight at the first unanswered question of `setup.resume`.
    public init(setup: InterviewSetup, size: ScreenSize) {
        self.setup = setup
        self.size = size
        screen = .start(
            StartForm(
                draftCount: setup.drafts.count, questionnaireCount: setup.offered.count, mode: setup.defaultMode,
                prefill: setup.prefill,
                offersContact: setup.offersContact))
        showsLivePane = setup.defaultMode == .call && !setup.hidesLivePane
        if let resume = setup.resume, let questionnaire = setup.questionnaire(for: resume) {
            readOnlyReason = setup.readOnlyReason
            open(resume, questionnaire: questionnaire)
        }
        message = setup.openingMessage.map { StatusMessage(text: $0, isError: false) } ?? message
    }

    /// The effects to perform before the first event: taking the lock of a resumed assessment, and saving
    /// it when opening it finished it (see `open`).
    public var initialEffects: [InterviewEffect] {
        guard let session, readOnlyReason == nil, let resumed = setup.resume else { return [] }
        return [.beginEditing(session.assessment)] + (session.assessment.status != resumed.status ? [.save(session.assessment)] : [])
    }

    /// Handles one event and returns what the outside world must do.
    public mutating func handle(_ event: InterviewEvent) -> [InterviewEffect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            return []
        case .saveFailed(let reason):
            return saveFailed(reason)
        case .saved:
            return saved()
        case .exportFinished(let text):
            if case .unsavedQuit(let dialog)? = overlay, let path = dialog.path { return copyWritten(to: path.text, text) }
            if case .export = screen { screen = .results(ListFocus()) }
            message = StatusMessage(text: text, isError: false)
            return []
        case .exportFailed(let text):
            message = StatusMessage(text: text, isError: true)
            return []
        case .exportTargetExists(let path):
            if case .unsavedQuit? = overlay {
                message = StatusMessage(text: "\(path) already exists: type another path.", isError: true)
            } else if case .export(let form) = screen, let session {
                overlay = .confirmReplace(form.request(for: session.assessment, path: path, replace: true))
            }
            return []
        case .editingRefused(let reason):
            readOnlyReason = reason
            screen = .results(ListFocus())
            message = StatusMessage(text: "Opened read-only: \(reason).", isError: true)
            return []
        case .draftOpened(let draft):
            return draftOpened(draft)
        case .draftRefused(let reason):
            message = StatusMessage(text: "Cannot open this draft: \(reason).", isError: true)
            return []
        case .text(let text):
            return handleText(text)
        case .paste(let text):
            handlePaste(text)
            return []
        case .key(let key):
            return handleKey(key)
        case .intent(let intent):
            return perform(intent)
        }
    }

    /// One key: the overlay takes it when one is shown, else the screen.
    mutating func handleKey(_ key: Key) -> [InterviewEffect] {
        let context = keyContext
        let action = Keymap.action(for: key, in: context)
        if action == .interrupt { return keepTypingOnExit() + [.quit(.interrupted)] }
        if action == .redraw { return [.redraw] }
        guard size.isUsable else {
            // Nothing else can be drawn below the minimum, not even a confirmation: q leaves at once when
            // every answer is saved, and waits for a larger window when they are not (the screen says so).
            if key == .character("q"), saveFailure == nil { return [.quit(.userQuit)] }
            return []
        }
        message = nil
        if let overlay {
            return handleOverlay(overlay, key: key, action: action)
        }
        // Help and quit mean the same on every screen that binds them, so they are handled once here. The
        // start screen binds neither to a letter: there `?` and `q` depend on the row (a name may hold them).
        switch action {
        case .help?:
            overlay = .help(scroll: 0)
            return []
        case .quit?:
            return requestQuit()
        default:
            break
        }
        switch screen {
        case .start(let form): return handleStart(form, key: key, action: action)
        case .question(let focus): return handleQuestion(focus, key: key, action: action)
        case .review(let focus): return handleReview(focus, action: action)
        case .results(let focus): return handleResults(focus, action: action)
        case .export(let form): return handleExport(form, key: key, action: action)
        case .whatIf(let focus): return handleWhatIf(focus, action: action)
        }
    }

    /// The keys of the current context that do nothing now, left out of the key bar and the help: "don't
    /// know" where the question does not allow it, export of an assessment open read-only, continuing
    /// where there is nothing to continue into.
    var unavailableActions: Set<Action> {
        var hidden: Set<Action> = []
        if let session, case .question(let focus) = screen, let question = session.questionnaire.question(focus.questionID) {
            if !question.allowsUnknown { hidden.insert(.dontKnow) }
            if !question.allowsNotApplicable { hidden.insert(.notApplicable) }
        }
        if readOnlyReason != nil { hidden.insert(.export) }
        // Only the results bind `f`: anywhere else, finding what to continue into would read every offered
        // questionnaire for nothing.
        if case .results = screen, continuationTargets.isEmpty { hidden.insert(.continueFull) }
        return hidden
    }

    /// What keys mean right now.
    var keyContext: KeyContext {
        switch overlay {
        case .help?, .reasons?: return .help
        case .editor(let editor)? where editor.confirmingDiscard: return .confirm
        case .editor?: return .editor
        case .confirmQuit?, .confirmChange?, .confirmReplace?, .confirmContinue?: return .confirm
        case .unsavedQuit(let dialog)?: return dialog.path == nil ? .unsavedQuit : .editor
        case nil: break
        }
        switch screen {
        case .start: return .start
        case .review: return .review
        case .results: return .results
        case .export: return .export
        case .whatIf: return .whatIf
        case .question(let focus):
            switch session?.questionnaire.question(focus.questionID)?.kind {
            case .multiple?: return .multipleQuestion
            case .scale?: return .scaleQuestion
            case .number?: return isTypingNumber(focus) ? .numberField : .numberQuestion
            case .text?: return .textQuestion
            default: return .choiceQuestion
            }
        }
    }
}
