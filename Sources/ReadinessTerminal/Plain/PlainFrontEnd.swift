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
    /// An answer could not be saved; the message says why. Nothing after it was asked.
    case saveFailed(String)
    /// SIGINT, SIGTERM or SIGHUP ended the run; the draft is saved. Exit 128 + the signal.
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

        /// Creates options.
        public init(organization: String? = nil, assessor: String? = nil, mode: Assessment.Mode? = nil, skipAnswered: Bool = false, results: @escaping (InterviewModel.Session) -> String) {
            self.organization = organization
            self.assessor = assessor
            self.mode = mode
            self.skipAnswered = skipAnswered
            self.results = results
        }
    }

    private let session: InterviewSession
    private let input: LineSource
    private let output: LineSink
    private var options: Options
    private var announced: String?
    private var finished: QuitReason?

    /// Creates the front end.
    public init(session: InterviewSession, input: LineSource, output: LineSink, options: Options) {
        self.session = session
        self.input = input
        self.output = output
        self.options = options
    }

    private var model: InterviewModel { session.model }

    /// Runs the interview to its end.
    public func run() -> PlainExit {
        // A wide virtual screen: plain mode never draws it, but the model lays lists out by size.
        send(.resize(ScreenSize(width: 200, height: 60)))
        while true {
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
            case .inputEnded?:
                return input.interruption.map(PlainExit.signal) ?? .inputEnded
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

    /// Reads a line, or nil at the end of input after saving the draft.
    private func read(_ prompt: String) -> String? {
        output.prompt(prompt)
        guard let line = input.readLine() else {
            output.say("")
            output.say(input.interruption == nil ? "Input ended; the answers so far are saved." : "Interrupted; the answers so far are saved.")
            session.saveNow()
            return nil
        }
        if !input.isInteractive { output.say(line) }
        return line
    }

    /// Reports the model's message; a refused answer in a script ends the run, and a failed save ends any
    /// run (answering on would only pile up answers that are not kept).
    private func checkMessage(allowed: String) -> PlainExit? {
        if let failure = model.saveFailure {
            output.say("Could not save: \(failure)")
            return .saveFailed(failure)
        }
        guard let message = model.message else { return nil }
        if message.isError {
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
            guard let name = given ?? read("Organization: ") else { return .inputEnded }
            return fill(name, what: "An organization name", limit: form.organization.limit)
        case .assessor:
            let given = options.assessor
            options.assessor = nil
            guard let name = given ?? read("Assessor (your name, optional): ") else { return .inputEnded }
            return fill(name, what: "An assessor's name", limit: form.assessor.limit)
        case .mode:
            var wanted = options.mode
            while wanted == nil {
                guard let line = read("Mode, call (a discovery call) or self (a self-assessment) [\(form.mode.rawValue)]: ") else { return .inputEnded }
                let word = line.trimmingCharacters(in: .whitespaces).lowercased()
                if word.isEmpty { wanted = form.mode } else if let mode = Assessment.Mode(rawValue: word) { wanted = mode } else if let exit = refuse("'\(word)' is not a mode.", allowed: "call or self") { return exit }
            }
            options.mode = nil
            if wanted != form.mode { send(.key(.space)) }
            send(.key(.enter))
        case .questionnaire, .draft:
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
        guard let line = read("> ") else { return .inputEnded }
        let word = line.trimmingCharacters(in: .whitespaces)
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
            guard let note = read("Note (one line; empty removes it): ") else { return .inputEnded }
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
        return checkMessage(allowed: allowed)
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
        guard let line = read("Number to change, r for the results, or Enter to go back: ") else { return .inputEnded }
        let word = line.trimmingCharacters(in: .whitespaces).lowercased()
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
            guard let line = read("Change it? y or n: ") else { return .inputEnded }
            let yes = line.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y")
            send(.key(.character(yes ? "y" : "n")))
            if !yes { announced = nil }
        case .confirmQuit:
            send(.key(.character("y")))
        case .help, .reasons, .editor, .confirmReplace:
            send(.key(.escape))
        }
        return nil
    }
}
