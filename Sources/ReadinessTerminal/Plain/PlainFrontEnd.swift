import ReadinessCore
import ReadinessInterview

/// How a plain-mode interview ended, which decides the exit code.
public enum PlainExit: Equatable, Sendable {
    /// The results were printed.
    case finished
    /// The user quit; the draft is saved.
    case quit
    /// The input ended before the interview did; the draft is saved.
    case inputEnded
    /// A script gave an answer that is not allowed; the message says what is.
    case invalidAnswer(String)
    /// The assessment could not be opened for editing: another interview holds its lock, or the data
    /// folder refuses the lock. Nothing was asked and nothing typed or piped was taken.
    case editingRefused(String)
    /// The run ended with changes the data folder would not take; the message names them and why.
    case notSaved(String)
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT ended the run; the draft is saved. Exit 128 + the signal.
    case signal(Int32)
}

/// The interview line by line, for screen readers, dumb terminals and scripts.
///
/// It drives the same `InterviewModel` as the full-screen interview, by turning each typed line into what
/// the user means (an `InterviewIntent`), and it reads the model's state back as sentences: no cursor
/// movement, no colour, no redraws, so each line is read once, in order.
public final class PlainFrontEnd {
    /// What plain mode needs beyond the session.
    public struct Options {
        /// The organization, assessor and mode, when given on the command line (otherwise asked).
        public var organization: String?
        /// The assessor, when given on the command line.
        public var assessor: String?
        /// The assessor remembered from an earlier run, offered at the assessor's prompt (Enter keeps it).
        public var rememberedAssessor: String?
        /// The mode, when given on the command line.
        public var mode: Assessment.Mode?
        /// Skip questions that already have an answer (the `--answers FILE` pre-fill).
        public var skipAnswered: Bool
        /// The results as text (or JSON) for the finished assessment.
        public var results: (InterviewModel.OpenAssessment) -> String
        /// Writes an assessment file's text to a path a person named, when the data folder would not
        /// take it; returns why it could not, or nil once written.
        public var writeCopy: ((_ text: String, _ path: String) -> String?)?

        /// Creates options.
        public init(
            organization: String? = nil, assessor: String? = nil, rememberedAssessor: String? = nil, mode: Assessment.Mode? = nil,
            skipAnswered: Bool = false, results: @escaping (InterviewModel.OpenAssessment) -> String,
            writeCopy: ((_ text: String, _ path: String) -> String?)? = nil
        ) {
            self.organization = organization
            self.assessor = assessor
            self.rememberedAssessor = rememberedAssessor
            self.mode = mode
            self.skipAnswered = skipAnswered
            self.results = results
            self.writeCopy = writeCopy
        }
    }

    /// What was being asked when reading stopped, which decides what happens to a line typed but not ended.
    enum Prompt {
        case answer(Question)
        case note(Question)
        case other
    }

    let session: InterviewSession
    let input: LineSource
    let output: LineSink
    var options: Options
    var announced: String?
    var finished: QuitReason?
    /// Whether the run opened on the results (`resume` of a complete assessment): then every line is meant
    /// for the results menu, even from a script, since there is no question to answer.
    var openedOnResults = false
    /// Whether the run should go back to the results once the question being changed is answered.
    var returnToResults = false
    /// The result last said, so the results menu says what changed rather than the whole report again.
    var spokenResult: Assessment?
    /// The model's message already said in other words (what-if's "Saved: ..."), so the results menu
    /// does not say it a second time.
    var saidMessage: String?
    /// Whether the review was opened from the results menu, so Enter goes back there.
    var reviewFromResults = false
    /// Whether a read found the end of the input (or a signal).
    var inputEnded = false
    /// How many lines were read, to name the first one not used.
    var linesRead = 0
    /// Whether answered questions are passed over on the way forward: a pre-filled or resumed assessment
    /// goes on at its open questions, not through every answer again.
    var goesOnUnanswered = false
    /// The question `b` went back to, which is asked even when answered.
    var cameBackTo: String?
    /// The save failure last reported, and the assessment as it stood then, so each is said once.
    private var reportedFailure: (reason: String, assessment: Assessment?)?

    /// Creates the front end.
    public init(session: InterviewSession, input: LineSource, output: LineSink, options: Options) {
        self.session = session
        self.input = input
        self.output = output
        self.options = options
    }

    var model: InterviewModel { session.model }

    /// Runs the interview to its end, then makes sure nothing is left unsaved without a word.
    public func run() -> PlainExit {
        // A wide virtual screen: plain mode never draws it, but the model lays lists out by size.
        send(.resize(ScreenSize(width: 200, height: 60)))
        // A resumed assessment whose lock is held elsewhere is refused before it is named as resumed.
        if let reason = model.readOnlyReason { return .editingRefused(reason) }
        goesOnUnanswered = options.skipAnswered || model.session != nil
        announceOpened()
        if case .results = model.screen { openedOnResults = true }
        introduce()
        return settle(converse())
    }

    /// Asks, line by line, until the results are printed, the user quits, or the input or a signal ends it.
    private func converse() -> PlainExit {
        while true {
            // Never answer into an assessment opened read-only: a script's lines would be thrown away.
            if let reason = model.readOnlyReason { return .editingRefused(reason) }
            reportSaving()
            if let finished { return finished == .userQuit ? .quit : .inputEnded }
            if let overlay = model.overlay {
                if let exit = handle(overlay) { return exit }
                continue
            }
            let step: PlainExit?
            switch model.screen {
            case .start(let form): step = start(form)
            case .question(let focus): step = ask(focus)
            case .review: step = review()
            case .results:
                step = results()
            case .export, .whatIf:
                // Plain mode asks for these itself (see `results()`): the model's screens only pass through.
                if let message = model.message { output.say(message.text) }
                send(.intent(.showResults))
                step = nil
            }
            switch step {
            case nil:
                continue
            case .invalidAnswer(let message)?:
                // The script stops here; what it gave before (and a pre-filled file's answers) is kept.
                session.saveNow()
                return .invalidAnswer(message)
            case let step?:
                return step
            }
        }
    }

    // MARK: - Sending

    func send(_ events: InterviewEvent...) {
        for event in events {
            if case .finished(let reason) = session.send(event) {
                finished = reason
                return
            }
        }
    }

    /// Reads a line; nil at the end of input or after a signal (see `stopped(at:)`). With `help`, `?` (or
    /// "help") says it and asks again, so no prompt takes `?` as a file name, a number or a no.
    func read(_ prompt: String, help: String? = nil) -> String? {
        while true {
            output.prompt(prompt)
            guard let line = nextLine() else {
                inputEnded = true
                return nil
            }
            if !input.isInteractive { output.say(line) }
            guard let help, ["?", "help"].contains(line.trimmingSpaces().lowercased()) else { return line }
            output.say(help)
        }
    }

    /// Help for a y-or-n question.
    static let yesOrNoHelp = "y says yes; n, or anything else, says no and leaves things as they are."

    /// The next line of input, counted.
    func nextLine() -> String? {
        guard let line = input.readLine() else { return nil }
        linesRead += 1
        return line
    }

    /// Says that a resumed or pre-filled assessment is open, and which, before anything is asked.
    private func announceOpened() {
        guard let current = model.session else { return }
        let assessment = current.assessment
        let how =
            options.skipAnswered
            ? "Starting assessment \(assessment.id) from the answers file"
            : model.setup.openingMessage != nil
                ? "Starting assessment \(assessment.id)"
                : "Resuming \(assessment.status == .complete ? "complete assessment" : "draft") \(assessment.id)"
        output.say(
            "\(how): \(assessment.organization), \(current.questionnaire.title), \(current.result.answeredCount) of \(current.visibleQuestions.count) questions answered."
        )
        // What `resume ID --questionnaire` carried over from the earlier assessment.
        if let opening = model.setup.openingMessage { output.say(opening) }
        if assessment.status != .complete, current.result.answeredCount > 0, current.result.answeredCount < current.visibleQuestions.count {
            output.say("It goes on at the questions not yet answered; b goes back to an answered one, r lists every answer.")
        }
    }

    /// Reports a failed save at once, and again when a later answer fails to save too or saving works again.
    private func reportSaving() {
        let current = model.session?.assessment
        if let failure = model.saveFailure {
            if let reported = reportedFailure {
                guard reported.assessment != current else { return }
                output.say("Still not saved: \(failure).")
            } else {
                output.say("Could not save: \(failure). The answers are kept here, and saving is tried again with each answer.")
            }
            reportedFailure = (failure, current)
        } else if reportedFailure != nil, session.lastSaved == current {
            output.say("Saved: every answer so far is on disk again.")
            reportedFailure = nil
        }
    }

    /// The input ended or a signal came while `prompt` was asked: keeps what can be kept of a line typed
    /// but not ended with Enter, saves, and says truthfully what was and was not saved.
    func stopped(at prompt: Prompt) -> PlainExit {
        let interrupted = input.interruption
        output.say("")
        if let typed = input.unfinishedLine, !typed.isEmpty { keepUnfinished(typed, at: prompt) }
        let event = interrupted == nil ? "Input ended" : "Interrupted"
        if model.session == nil {
            output.say("\(event) before the interview started; nothing was saved.")
        } else {
            session.saveNow()
            output.say(session.lastSaved == model.session?.assessment ? "\(event); the answers so far are saved." : "\(event).")
        }
        return interrupted.map(PlainExit.signal) ?? .inputEnded
    }

    /// A line typed but not ended: a note is kept as the note; a text answer is kept as the answer and
    /// flagged for review, since it was never confirmed; anything shorter to retype is named as not taken.
    private func keepUnfinished(_ typed: String, at prompt: Prompt) {
        let line = TerminalText.typedLine(typed)
        let kept = String(line.prefix(AnswerRecord.maximumTextLength))
        let cut = kept.count < line.count ? " (its first \(AnswerRecord.maximumTextLength) characters)" : ""
        switch prompt {
        case .note(let question):
            send(.intent(.setNote(kept)))
            if model.session?.assessment.answers[question.id]?.note == kept {
                output.say("The note being typed is kept\(cut): \"\(kept)\".")
                return
            }
        case .answer(let question):
            if case .text = question.kind, !kept.trimmingSpaces().isEmpty {
                if model.session?.assessment.answers[question.id]?.flagged != true { send(.intent(.toggleFlag)) }
                send(.intent(.setValue(.text(kept))))
                if model.session?.assessment.response(to: question.id) == .text(kept) {
                    output.say("The answer being typed is kept\(cut) and flagged for review, since Enter was not pressed: \"\(kept)\".")
                    return
                }
            }
        case .other:
            break
        }
        let shown = line.count > 60 ? line.prefix(60) + "..." : line[...]
        output.say("Not saved: \"\(shown)\" was typed but not ended with Enter.")
    }

    /// At the end: one more try to save; if the data folder still refuses, names what is not saved and,
    /// when a person is there and leaving of their own accord, offers to write it somewhere else.
    private func settle(_ ending: PlainExit) -> PlainExit {
        guard model.readOnlyReason == nil, let current = model.session, session.lastSaved != current.assessment else { return ending }
        session.saveNow()
        if session.lastSaved == current.assessment {
            if reportedFailure != nil { output.say("Saved after all: every answer so far is on disk.") }
            return ending
        }
        let unsaved = UnsavedChanges(saved: session.lastSaved, current: current.assessment, questionnaire: current.questionnaire)
            .description
        let reason = model.saveFailure ?? "the data folder would not take it"
        if input.isInteractive, input.interruption == nil, ending == .finished || ending == .quit {
            output.say("Not saved: \(unsaved). Why: \(reason).")
            offerCopy(of: current)
        }
        let rest =
            session.lastSaved == nil ? "" : " The rest is saved; 'readiness resume \(current.assessment.id) --plain' goes on from there."
        return .notSaved("could not save \(unsaved). Why: \(reason).\(rest)")
    }

    /// Offers to write the unsaved assessment as a file elsewhere, or print it, until one works or the
    /// person declines.
    private func offerCopy(of current: InterviewModel.OpenAssessment) {
        guard let writeCopy = options.writeCopy else { return }
        let text = AssessmentFile.encode(current.assessment, questionnaire: current.questionnaire)
        while true {
            output.prompt("Write it to another file (type a path), - to print it here, or Enter to leave without it: ")
            guard let line = nextLine() else { return }
            let path = line.trimmingSpaces()
            if path.isEmpty { return }
            if path == "-" {
                output.result(text)
                output.say("Printed above; 'readiness import FILE' adds a copy of it to the saved assessments.")
                return
            }
            if let problem = writeCopy(text, path) {
                output.say("Could not write it there: \(problem).")
                continue
            }
            output.say("Wrote \(path); 'readiness import \(path)' adds it to the saved assessments.")
            return
        }
    }

    /// Reports the model's message; a refused answer in a script ends the run. `taken` says the line was
    /// taken (the assessment changed): an error then is a save failure, reported by `reportSaving`.
    func checkMessage(allowed: String, taken: Bool = false) -> PlainExit? {
        guard let message = model.message else { return nil }
        if message.isError {
            if taken, model.saveFailure != nil { return nil }
            output.say("Not accepted: \(message.text)")
            if !input.isInteractive {
                return .invalidAnswer("\(message.text) Allowed: \(allowed).")
            }
            output.say("Allowed: \(allowed).")
        } else {
            output.say(message.text)
        }
        return nil
    }

    func refuse(_ text: String, allowed: String) -> PlainExit? {
        output.say("Not accepted: \(text)")
        if !input.isInteractive { return .invalidAnswer("\(text) Allowed: \(allowed).") }
        output.say("Allowed: \(allowed).")
        return nil
    }
}
