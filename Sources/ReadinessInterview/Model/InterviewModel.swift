import Foundation
import ReadinessCore

/// The interview as a pure state machine: events in, effects out. Both front ends (ncurses and plain
/// lines) drive this one model, and the tests drive it directly.
public struct InterviewModel: Sendable {
    /// The assessment being answered, its questionnaire and the current result.
    public struct Session: Sendable {
        /// The assessment, as last saved.
        public fileprivate(set) var assessment: Assessment
        /// Its questionnaire.
        public let questionnaire: Questionnaire
        /// The engine for it.
        public let scorer: Scorer
        /// The result for the current answers, recomputed on every change.
        public fileprivate(set) var result: ScoreResult

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
    }

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
    public internal(set) var session: Session?
    /// Whether the live pane is shown beside the questions.
    public internal(set) var showsLivePane: Bool
    /// Why the assessment is open read-only, when it is.
    public internal(set) var readOnlyReason: String?
    /// The question to go back to when the review is closed.
    var lastQuestionID: String?

    /// Starts the interview: on the start screen, or straight at the first unanswered question of `setup.resume`.
    public init(setup: InterviewSetup, size: ScreenSize) {
        self.setup = setup
        self.size = size
        screen = .start(StartForm(draftCount: setup.drafts.count, questionnaireCount: setup.questionnaires.count, mode: setup.defaultMode))
        showsLivePane = setup.defaultMode == .call
        if let resume = setup.resume, let questionnaire = setup.questionnaires.first(where: { $0.id == resume.questionnaireID }) {
            readOnlyReason = setup.readOnlyReason
            open(resume, questionnaire: questionnaire)
        }
    }

    /// The effects to perform before the first event: taking the lock of a resumed assessment.
    public var initialEffects: [InterviewEffect] {
        guard let session, readOnlyReason == nil, setup.resume != nil else { return [] }
        return [.beginEditing(session.assessment)]
    }

    /// Handles one event and returns what the outside world must do.
    public mutating func handle(_ event: InterviewEvent) -> [InterviewEffect] {
        switch event {
        case let .resize(newSize):
            size = newSize
            clampScrolling()
            return []
        case let .saveFailed(reason):
            message = StatusMessage(text: "Could not save: \(reason). Your answers are still here; fix the problem and answer again to retry.", isError: true)
            return []
        case let .exportFinished(text):
            if case .export = screen { screen = .results(ListFocus()) }
            message = StatusMessage(text: text, isError: false)
            return []
        case let .exportFailed(text):
            message = StatusMessage(text: text, isError: true)
            return []
        case let .exportTargetExists(path):
            if case let .export(form) = screen, let session {
                overlay = .confirmReplace(ExportRequest(
                    format: form.formats[form.formatIndex], path: path, assessment: session.assessment, replace: true))
            }
            return []
        case let .editingRefused(reason):
            readOnlyReason = reason
            screen = .results(ListFocus())
            message = StatusMessage(text: "Opened read-only: \(reason).", isError: true)
            return []
        case let .text(text):
            return handleText(text)
        case let .key(key):
            return handleKey(key)
        }
    }

    /// Typed text arriving in one piece: inserted into the field being edited, or replayed as keys.
    private mutating func handleText(_ text: String) -> [InterviewEffect] {
        var effects: [InterviewEffect] = []
        for character in text {
            effects += handleKey(character == "\n" || character == "\r\n" ? .enter : .character(character))
        }
        return effects
    }

    private mutating func handleKey(_ key: Key) -> [InterviewEffect] {
        let context = keyContext
        let action = Keymap.action(for: key, in: context)
        if action == .interrupt { return [.quit(.interrupted)] }
        if action == .redraw { return [.redraw] }
        guard size.isUsable else {
            // Nothing else can be drawn below the minimum, not even a confirmation: q leaves at once
            // (every answer is already saved).
            if key == .character("q") { return [.quit(.userQuit)] }
            return []
        }
        message = nil
        if let overlay {
            return handleOverlay(overlay, key: key, action: action)
        }
        switch screen {
        case let .start(form): return handleStart(form, key: key, action: action)
        case let .question(focus): return handleQuestion(focus, key: key, action: action)
        case let .review(focus): return handleReview(focus, action: action)
        case let .results(focus): return handleResults(focus, action: action)
        case let .export(form): return handleExport(form, key: key, action: action)
        case let .whatIf(focus): return handleWhatIf(focus, action: action)
        }
    }

    /// What keys mean right now.
    public var keyContext: KeyContext {
        switch overlay {
        case .help?, .reasons?: return .help
        case .editor?: return .editor
        case .confirmQuit?, .confirmChange?, .confirmReplace?: return .confirm
        case nil: break
        }
        switch screen {
        case .start: return .start
        case .review: return .review
        case .results: return .results
        case .export: return .export
        case .whatIf: return .whatIf
        case let .question(focus):
            switch session?.questionnaire.question(focus.questionID)?.kind {
            case .multiple?: return .multipleQuestion
            case .scale?: return .scaleQuestion
            case .number?: return .numberQuestion
            case .text?: return .textQuestion
            default: return .choiceQuestion
            }
        }
    }

    // MARK: - Overlays

    private mutating func handleOverlay(_ current: Overlay, key: Key, action: Action?) -> [InterviewEffect] {
        switch current {
        case let .help(scroll):
            let page = max(1, helpPageHeight)
            let limit = max(0, HelpContent.lines(for: self, width: helpWidth).count - page)
            if let moved = ListMotion.moved(scroll, by: action, count: limit + 1, page: page) {
                overlay = .help(scroll: moved)
                return []
            }
            switch action {
            case .close?, .help?: overlay = nil
            case .quit?:
                overlay = nil
                return requestQuit()
            default: break
            }
            return []
        case let .reasons(title, lines, scroll):
            switch action {
            case .close?, .help?, .reasons?: overlay = nil
            case .quit?:
                overlay = nil
                return requestQuit()
            case .moveDown?: overlay = .reasons(title: title, lines: lines, scroll: scroll + 1)
            case .moveUp?: overlay = .reasons(title: title, lines: lines, scroll: max(0, scroll - 1))
            default: if key == .enter { overlay = nil }
            }
            return []
        case var .editor(editor):
            if key == .escape {
                overlay = nil
                message = StatusMessage(text: editor.purpose == .note ? "Note not changed." : "Answer not changed.", isError: false)
                return []
            }
            if key == .enter { return finishEditing(editor) }
            if editor.field.handle(key) { overlay = .editor(editor) }
            return []
        case .confirmQuit:
            if action == .confirmYes { overlay = nil; return [.quit(.userQuit)] }
            if action == .confirmNo || key == .escape { overlay = nil }
            return []
        case let .confirmChange(change):
            if action == .confirmYes {
                overlay = nil
                return commit(change.response, to: change.questionID)
            }
            if action == .confirmNo || key == .escape {
                overlay = nil
                message = StatusMessage(text: "Answer not changed.", isError: false)
            }
            return []
        case let .confirmReplace(request):
            if action == .confirmYes {
                overlay = nil
                return [.export(request)]
            }
            if action == .confirmNo || key == .escape { overlay = nil }
            return []
        }
    }

    private mutating func finishEditing(_ editor: EditorState) -> [InterviewEffect] {
        switch editor.purpose {
        case .note:
            overlay = nil
            return update(editor.questionID, message: editor.field.isBlank ? "Note removed." : "Note saved.") { record in
                record.note = editor.field.isBlank ? nil : editor.field.text
            }
        case .textAnswer:
            guard !editor.field.isBlank else {
                message = StatusMessage(text: "Type an answer, or press Esc to leave it.", isError: true)
                return []
            }
            overlay = nil
            return answer(.text(editor.field.text), to: editor.questionID)
        }
    }

    /// Asks before quitting only when something typed is not yet saved.
    mutating func requestQuit() -> [InterviewEffect] {
        if hasUnsavedInput {
            overlay = .confirmQuit
            return []
        }
        return [.quit(.userQuit)]
    }

    /// Whether something typed or toggled has not been saved: a half-typed number, toggles not confirmed,
    /// a new assessment's names not yet started.
    public var hasUnsavedInput: Bool {
        switch screen {
        case let .start(form):
            return !form.organization.isBlank || !form.assessor.isBlank
        case let .question(focus):
            guard let session, let question = session.questionnaire.question(focus.questionID) else { return false }
            let saved = session.assessment.response(to: question.id)
            switch question.kind {
            case .number:
                return !focus.number.isBlank && saved != AnswerValidation.parseNumber(focus.number.text).map(Response.number)
            case .multiple:
                var savedSelection: Set<String> = []
                if case let .choices(ids)? = saved { savedSelection = Set(ids) }
                return !focus.selection.isEmpty && Set(focus.selection) != savedSelection
            default:
                return false
            }
        default:
            return false
        }
    }

    // MARK: - Session changes

    /// Opens an assessment at its first unanswered question (or the results when every question is answered).
    mutating func open(_ assessment: Assessment, questionnaire: Questionnaire) {
        let session = Session(assessment: assessment, questionnaire: questionnaire)
        self.session = session
        showsLivePane = assessment.mode == .call
        if readOnlyReason != nil {
            screen = .results(ListFocus())
            return
        }
        let first = session.visibleQuestions.first { session.assessment.response(to: $0.id) == nil } ?? session.visibleQuestions.first
        if let first, session.visibleQuestions.contains(where: { session.assessment.response(to: $0.id) == nil }) || assessment.status == .draft {
            show(first.id)
        } else {
            screen = .results(ListFocus())
        }
    }

    /// Moves to a question, preparing its focus from the saved answer.
    mutating func show(_ questionID: String, returnToReview: Bool = false) {
        var focus = QuestionFocus(questionID: questionID)
        focus.returnToReview = returnToReview
        if let session, let question = session.questionnaire.question(questionID) {
            let saved = session.assessment.response(to: questionID)
            switch (question.kind, saved) {
            case let (.single(options), .choice(id)?):
                focus.highlight = options.firstIndex { $0.id == id } ?? 0
            case let (.multiple, .choices(ids)?):
                focus.selection = ids
            case let (.scale, .scale(value)?):
                focus.scale = value
            case let (.number, .number(value)?):
                focus.number = TextField(String(value), limit: 16)
            default:
                break
            }
        }
        lastQuestionID = questionID
        screen = .question(focus)
    }

    /// Answers a question: asks first when the change would set answered questions aside.
    mutating func answer(_ response: Response, to questionID: String) -> [InterviewEffect] {
        guard let session, let question = session.questionnaire.question(questionID) else { return [] }
        if let reason = readOnlyReason {
            message = StatusMessage(text: "Read-only: \(reason).", isError: true)
            return []
        }
        if let problem = AnswerValidation.problem(with: response, for: question) {
            message = StatusMessage(text: problem.prefix(1).uppercased() + problem.dropFirst() + ".", isError: true)
            return []
        }
        var after = session.assessment.answers.compactMapValues(\.response)
        let before = after
        after[questionID] = response
        let hidden = Visibility.setAside(questionnaire: session.questionnaire, before: before, after: after)
        if !hidden.isEmpty {
            overlay = .confirmChange(PendingChange(questionID: questionID, response: response, setAside: hidden.map(\.title)))
            return []
        }
        return commit(response, to: questionID)
    }

    /// Records an answer, saves, and moves on.
    mutating func commit(_ response: Response, to questionID: String) -> [InterviewEffect] {
        var effects = update(questionID, message: nil) { $0.response = response }
        effects += advance(from: questionID)
        return effects
    }

    /// Changes one question's record, stamps the time, rescoring and saving at once.
    mutating func update(_ questionID: String, message text: String?, _ change: (inout AnswerRecord) -> Void) -> [InterviewEffect] {
        guard var session else { return [] }
        if let reason = readOnlyReason {
            message = StatusMessage(text: "Read-only: \(reason).", isError: true)
            return []
        }
        var record = session.assessment.answers[questionID] ?? AnswerRecord()
        change(&record)
        session.assessment.answers[questionID] = record.isEmpty ? nil : record
        session.assessment.updated = setup.now()
        session.result = session.scorer.score(session.assessment)
        // A change that shows a new, unanswered question makes a finished assessment a draft again.
        if session.assessment.status == .complete, session.result.answeredCount < session.result.visibleQuestionIDs.count {
            session.assessment.status = .draft
        }
        self.session = session
        if let text { message = StatusMessage(text: text, isError: false) }
        return [.save(session.assessment)]
    }

    /// The help box's inner width at the current size, as the layout draws it.
    public var helpWidth: Int { max(1, min(size.width - 4, 90) - 4) }
    /// The help box's inner height: the rows above the status line, less the title bar and the frame.
    public var helpPageHeight: Int { max(1, size.height - 3 - 1 - 2) }

    /// After an answer: back to the review when the question came from it, else the next shown question,
    /// else the results.
    mutating func advance(from questionID: String) -> [InterviewEffect] {
        if case let .question(focus) = screen, focus.returnToReview {
            openReview(selecting: questionID)
            return []
        }
        return moveToNextQuestion(after: questionID)
    }

    /// The next shown question after this one, or the results (marking the assessment complete).
    mutating func moveToNextQuestion(after questionID: String) -> [InterviewEffect] {
        guard let session else { return [] }
        let order = session.questionnaire.position(ofQuestion: questionID) ?? -1
        if let next = session.visibleQuestions.first(where: { (session.questionnaire.position(ofQuestion: $0.id) ?? 0) > order }) {
            show(next.id)
            return []
        }
        return finish()
    }

    /// Shows the results; the assessment is complete from here on.
    mutating func finish() -> [InterviewEffect] {
        guard var session else { return [] }
        screen = .results(ListFocus())
        let unanswered = session.visibleQuestions.count - session.result.answeredCount
        if unanswered > 0 {
            message = StatusMessage(text: "\(unanswered) unanswered \(unanswered == 1 ? "question counts" : "questions count") as unknown; press r to review.", isError: false)
        }
        guard readOnlyReason == nil, unanswered == 0, session.assessment.status != .complete else { return [] }
        session.assessment.status = .complete
        session.assessment.updated = setup.now()
        self.session = session
        return [.save(session.assessment)]
    }

    mutating func openReview(selecting questionID: String?) {
        var focus = ListFocus()
        if let questionID, let index = reviewQuestionIDs.firstIndex(of: questionID) { focus.selected = index }
        screen = .review(focus)
    }

    /// The question ids the review lists, in order, followed by the results row.
    var reviewQuestionIDs: [String] { session?.result.visibleQuestionIDs ?? [] }

    /// Keeps scroll positions sensible after a resize.
    mutating func clampScrolling() {
        if case var .review(focus) = screen {
            focus.scroll = max(0, min(focus.scroll, focus.selected))
            screen = .review(focus)
        }
    }
}
