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
/// It drives the same `InterviewModel` as the full-screen interview, by turning each typed line into the
/// model's events, and it reads the model's state back as sentences: no cursor movement, no colour, no
/// redraws, so each line is read once, in order.
public final class PlainFrontEnd {
    /// What plain mode needs beyond the session.
    public struct Options {
        /// The organization, assessor and mode, when given on the command line (otherwise asked).
        public var organization: String?
        /// The assessor, when given on the command line.
        public var assessor: String?
        /// The mode, when given on the command line.
        public var mode: Assessment.Mode?
        /// Skip questions that already have an answer (the `--answers FILE` pre-fill).
        public var skipAnswered: Bool
        /// The results as text (or JSON) for the finished assessment.
        public var results: (InterviewModel.Session) -> String
        /// Writes an assessment file's text to a path a person named, when the data folder would not
        /// take it; returns why it could not, or nil once written.
        public var writeCopy: ((_ text: String, _ path: String) -> String?)?

        /// Creates options.
        public init(
            organization: String? = nil, assessor: String? = nil, mode: Assessment.Mode? = nil, skipAnswered: Bool = false,
            results: @escaping (InterviewModel.Session) -> String, writeCopy: ((_ text: String, _ path: String) -> String?)? = nil
        ) {
            self.organization = organization
            self.assessor = assessor
            self.mode = mode
            self.skipAnswered = skipAnswered
            self.results = results
            self.writeCopy = writeCopy
        }
    }

    /// What was being asked when reading stopped, which decides what happens to a line typed but not ended.
    private enum Prompt {
        case answer(Question)
        case note(Question)
        case other
    }

    private let session: InterviewSession
    private let input: LineSource
    private let output: LineSink
    private var options: Options
    private var announced: String?
    private var finished: QuitReason?
    /// The save failure last reported, and the assessment as it stood then, so each is said once.
    private var reportedFailure: (reason: String, assessment: Assessment?)?

    /// Creates the front end.
    public init(session: InterviewSession, input: LineSource, output: LineSink, options: Options) {
        self.session = session
        self.input = input
        self.output = output
        self.options = options
    }

    private var model: InterviewModel { session.model }

    /// Runs the interview to its end, then makes sure nothing is left unsaved without a word.
    public func run() -> PlainExit {
        // A wide virtual screen: plain mode never draws it, but the model lays lists out by size.
        send(.resize(ScreenSize(width: 200, height: 60)))
        // A resumed assessment whose lock is held elsewhere is refused before it is named as resumed.
        if let reason = model.readOnlyReason { return .editingRefused(reason) }
        announceOpened()
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
            case let .start(form): step = start(form)
            case let .question(focus): step = ask(focus)
            case .review: step = review()
            case .results:
                if let current = model.session { output.result(options.results(current)) }
                send(.key(.character("q")))
                return .finished
            case .export, .whatIf:
                // Not offered line by line: back to the results, which end the run.
                send(.key(.escape))
                step = nil
            }
            switch step {
            case nil:
                continue
            case let .invalidAnswer(message)?:
                // The script stops here; what it gave before (and a pre-filled file's answers) is kept.
                session.saveNow()
                return .invalidAnswer(message)
            case let step?:
                return step
            }
        }
    }

    // MARK: - Sending

    private func send(_ events: InterviewEvent...) {
        for event in events {
            if case let .finished(reason) = session.send(event) {
                finished = reason
                return
            }
        }
    }

    /// Reads a line; nil at the end of input or after a signal (see `stopped(at:)`).
    private func read(_ prompt: String) -> String? {
        output.prompt(prompt)
        guard let line = input.readLine() else { return nil }
        if !input.isInteractive { output.say(line) }
        return line
    }

    /// Says that a resumed or pre-filled assessment is open, and which, before anything is asked.
    private func announceOpened() {
        guard let current = model.session else { return }
        let assessment = current.assessment
        let how = options.skipAnswered ? "Starting assessment \(assessment.id) from the answers file" : "Resuming \(assessment.status == .complete ? "complete assessment" : "draft") \(assessment.id)"
        output.say("\(how): \(assessment.organization), \(current.questionnaire.title), \(current.result.answeredCount) of \(current.visibleQuestions.count) questions answered.")
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
    private func stopped(at prompt: Prompt) -> PlainExit {
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
        case let .note(question):
            send(.key(.character("n")), .key(.control("u")), .text(kept), .key(.enter))
            if model.session?.assessment.answers[question.id]?.note == kept {
                output.say("The note being typed is kept\(cut): \"\(kept)\".")
                return
            }
        case let .answer(question):
            if case .text = question.kind, !kept.trimmingSpaces().isEmpty {
                if model.session?.assessment.answers[question.id]?.flagged != true { send(.key(.character("f"))) }
                send(.key(.enter), .key(.control("u")), .text(kept), .key(.enter))
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
        let unsaved = UnsavedChanges(saved: session.lastSaved, current: current.assessment, questionnaire: current.questionnaire).description
        let reason = model.saveFailure ?? "the data folder would not take it"
        if input.isInteractive, input.interruption == nil, ending == .finished || ending == .quit {
            output.say("Not saved: \(unsaved). Why: \(reason).")
            offerCopy(of: current)
        }
        let rest = session.lastSaved == nil ? "" : " The rest is saved; 'readiness resume \(current.assessment.id)' goes on from there."
        return .notSaved("could not save \(unsaved). Why: \(reason).\(rest)")
    }

    /// Offers to write the unsaved assessment as a file elsewhere, or print it, until one works or the
    /// person declines.
    private func offerCopy(of current: InterviewModel.Session) {
        guard let writeCopy = options.writeCopy else { return }
        let text = AssessmentFile.encode(current.assessment, questionnaire: current.questionnaire)
        while true {
            output.prompt("Write it to another file (type a path), - to print it here, or Enter to leave without it: ")
            guard let line = input.readLine() else { return }
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
    private func checkMessage(allowed: String, taken: Bool = false) -> PlainExit? {
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

    private func refuse(_ text: String, allowed: String) -> PlainExit? {
        output.say("Not accepted: \(text)")
        if !input.isInteractive { return .invalidAnswer("\(text) Allowed: \(allowed).") }
        output.say("Allowed: \(allowed).")
        return nil
    }

    // MARK: - Start

    private func start(_ form: StartForm) -> PlainExit? {
        switch form.focusedRow {
        case .organization:
            let given = options.organization
            options.organization = nil
            guard let name = given ?? read("Organization: ") else { return stopped(at: .other) }
            return fill(name, what: "An organization name", limit: form.organization.limit)
        case .assessor:
            let given = options.assessor
            options.assessor = nil
            guard let name = given ?? read("Assessor (your name, optional): ") else { return stopped(at: .other) }
            return fill(name, what: "An assessor's name", limit: form.assessor.limit)
        case .mode:
            var wanted = options.mode
            while wanted == nil {
                guard let line = read("Mode, call (a discovery call) or self (a self-assessment) [\(form.mode.rawValue)]: ") else { return stopped(at: .other) }
                let word = line.trimmingSpaces().lowercased()
                if word.isEmpty { wanted = form.mode } else if let mode = Assessment.Mode(rawValue: word) { wanted = mode } else if let exit = refuse("'\(word)' is not a mode.", allowed: "call or self") { return exit }
            }
            options.mode = nil
            if wanted != form.mode { send(.key(.space)) }
            send(.key(.enter))
        case .draft:
            // Plain mode starts a new assessment, as `--plain` always has: a draft is resumed only when
            // asked for with `readiness resume`, never picked from a list a script cannot see.
            send(.key(.down))
        case .questionnaire, .contactName, .contactRole:
            // Plain mode's start offers no contact rows (InterviewSetup.offersContact); listed for completeness.
            send(.key(.enter))
        case .start:
            send(.key(.enter))
            if case .start = model.screen, let exit = checkMessage(allowed: "an organization name") { return exit }
        }
        return nil
    }

    /// Types a name into the focused start field: one line (line breaks in `--organization` become
    /// spaces, never Enter keys that would answer questions) and within the field's limit, or refused
    /// with its length rather than cut without a word.
    private func fill(_ name: String, what: String, limit: Int) -> PlainExit? {
        let line = TerminalText.typedLine(name)
        guard line.count <= limit else {
            return refuse("\(what) holds at most \(limit) characters; this one has \(line.count).", allowed: "a name of at most \(limit) characters")
        }
        send(.key(.control("u")), .text(line), .key(.enter))
        return nil
    }

    // MARK: - Questions

    private func ask(_ focus: QuestionFocus) -> PlainExit? {
        guard let current = model.session, let question = current.questionnaire.question(focus.questionID) else { return .quit }
        let record = current.assessment.answers[question.id]
        if options.skipAnswered, record?.response != nil, !focus.returnToReview {
            send(.key(.tab))
            return nil
        }
        if announced != question.id {
            announce(question, in: current)
            announced = question.id
        }
        guard let line = read("> ") else { return stopped(at: .answer(question)) }
        let before = current.assessment
        let word = line.trimmingSpaces()
        let allowed = allowedInput(for: question)
        switch word.lowercased() {
        case "?", "help":
            explain(question, mode: current.assessment.mode)
            return nil
        case "d": send(.key(.character("d")))
        case "x": send(.key(.character("x")))
        case "s": send(.key(.character("s")))
        case "b": send(.key(.backTab))
        case "r": send(.key(.character("r")))
        case "f": send(.key(.character("f")))
        case "a": send(.key(.character("a")))
        case "q": send(.key(.character("q")))
        case "n":
            guard let note = read("Note (one line; empty removes it): ") else { return stopped(at: .note(question)) }
            // Checked here, not left to the note field, which would keep the first part without a word.
            if let problem = AnswerValidation.tooLong(note, what: "A note") {
                return refuse("\(problem).", allowed: "a note of at most \(AnswerRecord.maximumTextLength) characters, or an empty line to remove it")
            }
            send(.key(.character("n")), .key(.control("u")), .text(note), .key(.enter))
        default:
            if word.isEmpty {
                return refuse("Type an answer, or s to skip.", allowed: allowed)
            }
            if case .text = question.kind, let problem = AnswerValidation.tooLong(word, what: "A text answer") {
                return refuse("\(problem).", allowed: allowed)
            }
            guard let events = events(for: word, question: question, focus: focus) else {
                if let number = Int(word), !question.options.isEmpty {
                    return refuse("There is no option \(number).", allowed: allowed)
                }
                let shown = word.count > 60 ? word.prefix(60) + "..." : word[...]
                return refuse("'\(shown)' is not an answer to this question.", allowed: allowed)
            }
            for event in events { send(event) }
        }
        return checkMessage(allowed: allowed, taken: model.session?.assessment != before)
    }

    /// "Section 2 of 6, Capacity. Question 3 of 24. Choose one of 4." then the question and its options.
    private func announce(_ question: Question, in current: InterviewModel.Session) {
        let position = current.position(of: question)
        let instruction: String
        switch question.kind {
        case let .single(options): instruction = "Choose one of \(options.count)."
        case let .multiple(options): instruction = "Choose any of \(options.count), separated by commas."
        case let .scale(scale): instruction = "Choose 1 to 5, where 1 is \(scale.lowLabel) and 5 is \(scale.highLabel)."
        case let .number(spec): instruction = "Enter a whole number from \(spec.minimum) to \(spec.maximum)\(spec.unit.map { " (\($0))" } ?? "")."
        case .text: instruction = "Type your answer on one line."
        }
        output.say("")
        output.say("Section \(position.section) of \(position.sections), \(position.sectionTitle). Question \(position.number) of \(position.count). \(instruction)")
        output.say(current.assessment.mode == .call ? question.call.ask : question.selfVoice.ask)
        for (index, option) in question.options.enumerated() { output.say("  \(index + 1). \(option.label)") }
        var extras: [String] = []
        if question.allowsUnknown { extras.append("d for don't know") }
        if question.allowsNotApplicable { extras.append("x for not applicable") }
        extras.append("? for help")
        output.say("Or: " + extras.joined(separator: ", ") + ".")
        if let response = current.assessment.response(to: question.id) {
            output.say("Current answer: \(AnswerText.describe(response, for: question)).")
        }
    }

    private func explain(_ question: Question, mode: Assessment.Mode) {
        if mode == .call {
            output.say(question.call.listenFor.isEmpty ? "No cues for this question." : "Listen for: " + question.call.listenFor.joined(separator: "; ") + ".")
        } else {
            output.say("Why this matters: " + question.selfVoice.why)
        }
        output.say("Commands: a number or an option's word to answer; d don't know; x not applicable; n note; f flag; s skip; b back; r review; a ask next; q quit (answers are saved).")
    }

    /// What a line means for the question on screen, as model events; nil when it is not an answer.
    private func events(for word: String, question: Question, focus: QuestionFocus) -> [InterviewEvent]? {
        switch question.kind {
        case let .single(options):
            guard let index = optionIndex(word, in: options) else { return nil }
            return choose(index)
        case let .multiple(options):
            let tokens = word.split { $0 == "," || $0 == " " || $0 == ";" }.map(String.init)
            var wanted: [Int] = []
            for token in tokens {
                guard let index = optionIndex(token, in: options) else { return nil }
                if !wanted.contains(index) { wanted.append(index) }
            }
            // An option that stands alone ("none of these") with others is a contradiction, not a choice.
            guard !wanted.isEmpty, wanted.count == 1 || !wanted.contains(where: { options[$0].exclusive }) else { return nil }
            // Make the toggles exactly the wanted set, whatever was toggled before.
            var events: [InterviewEvent] = []
            let current = Set(focus.selection)
            for (index, option) in options.enumerated() where current.contains(option.id) != wanted.contains(index) {
                events += toggle(index)
            }
            return events + [.key(.enter)]
        case .scale:
            guard let value = Int(word), Scale.values.contains(value) else { return nil }
            return [.key(.character(Character(String(value))))]
        case .number:
            guard let value = AnswerValidation.parseNumber(word) else { return nil }
            return [.key(.control("u")), .text(String(value)), .key(.enter)]
        case .text:
            return [.key(.enter), .key(.control("u")), .text(word), .key(.enter)]
        }
    }

    /// An option by its number, its id, or the start of its label.
    private func optionIndex(_ word: String, in options: [AnswerOption]) -> Int? {
        if let number = Int(word) { return options.indices.contains(number - 1) ? number - 1 : nil }
        let lowered = word.lowercased()
        if let exact = options.firstIndex(where: { $0.id == lowered || $0.label.lowercased() == lowered }) { return exact }
        let matches = options.indices.filter { options[$0].label.lowercased().hasPrefix(lowered) || options[$0].id.hasPrefix(lowered) }
        return matches.count == 1 ? matches[0] : nil
    }

    private func choose(_ index: Int) -> [InterviewEvent] {
        if index < 9 { return [.key(.character(Character(String(index + 1))))] }
        return [.key(.home)] + Array(repeating: .key(.down), count: index) + [.key(.enter)]
    }

    private func toggle(_ index: Int) -> [InterviewEvent] {
        if index < 9 { return [.key(.character(Character(String(index + 1))))] }
        return [.key(.home)] + Array(repeating: .key(.down), count: index) + [.key(.space)]
    }

    private func allowedInput(for question: Question) -> String {
        var text: String
        switch question.kind {
        case let .single(options): text = "a number from 1 to \(options.count), or an option's first words"
        case let .multiple(options): text = "numbers from 1 to \(options.count) separated by commas"
        case .scale: text = "a number from 1 to 5"
        case let .number(spec): text = "a whole number from \(spec.minimum) to \(spec.maximum)"
        case .text: text = "any text of at most \(AnswerRecord.maximumTextLength) characters"
        }
        if question.allowsUnknown { text += "; d for don't know" }
        if question.allowsNotApplicable { text += "; x for not applicable" }
        return text + "; s to skip; q to quit"
    }

    // MARK: - Review and overlays

    private func review() -> PlainExit? {
        guard let current = model.session else { return .quit }
        let visible = current.visibleQuestions
        output.say("")
        output.say("Review: \(current.result.answeredCount) of \(visible.count) answered.")
        for (index, question) in visible.enumerated() {
            let record = current.assessment.answers[question.id]
            var line = "  \(index + 1). \(question.title): \(AnswerText.describe(record?.response, for: question))"
            if record?.flagged == true { line += " (flagged)" }
            if let note = record?.note, !note.isEmpty { line += " (note: \(note))" }
            output.say(line)
        }
        guard let line = read("Number to change, r for the results, or Enter to go back: ") else { return stopped(at: .other) }
        let word = line.trimmingSpaces().lowercased()
        if word.isEmpty {
            announced = nil
            send(.key(.escape))
        } else if word == "r" {
            send(.key(.end), .key(.enter))
        } else if let number = Int(word), visible.indices.contains(number - 1) {
            announced = nil
            send(.key(.home))
            for _ in 0..<(number - 1) { send(.key(.down)) }
            send(.key(.enter))
        } else if word == "q" {
            send(.key(.character("q")))
        } else if let exit = refuse("'\(word)' is not a question number.", allowed: "1 to \(visible.count), r, or an empty line") {
            return exit
        }
        return nil
    }

    private func handle(_ overlay: Overlay) -> PlainExit? {
        switch overlay {
        case let .confirmChange(change):
            output.say("This change hides \(change.setAside.count) answered \(change.setAside.count == 1 ? "question" : "questions"): \(change.setAside.joined(separator: ", ")). Their answers are kept but no longer counted.")
            guard let line = read("Change it? y or n: ") else { return stopped(at: .other) }
            let yes = line.trimmingSpaces().lowercased().hasPrefix("y")
            send(.key(.character(yes ? "y" : "n")))
            if !yes { announced = nil }
        case .confirmQuit, .unsavedQuit:
            send(.key(.character("y")))
        case .help, .reasons, .editor, .confirmReplace:
            send(.key(.escape))
        }
        return nil
    }
}
