import ReadinessCore
import ReadinessInterview

extension PlainFrontEnd {
    /// Asks the shown question and does what the line means.
    func ask(_ focus: QuestionFocus) -> PlainExit? {
        guard let current = model.session, let question = current.questionnaire.question(focus.questionID) else { return .quit }
        let record = current.assessment.answers[question.id]
        // A pre-filled or resumed assessment goes on through the open questions only; one reached with `b`
        // (or from the review) is asked, since the user went there on purpose.
        if goesOnUnanswered, record?.response != nil, !focus.returnToReview, cameBackTo != question.id {
            send(.intent(.keepAndContinue))
            return nil
        }
        if announced != question.id {
            announce(question, in: current)
            announced = question.id
        }
        // The id lets a script that reads along check it answers the question it thinks it does.
        guard let line = read("[\(question.id)] > ") else { return stopped(at: .answer(question)) }
        let before = current.assessment
        let word = line.trimmingSpaces()
        let allowed = allowedInput(for: question)
        let intent: InterviewIntent
        switch word.lowercased() {
        case "?", "help":
            explain(question, mode: current.assessment.mode)
            return nil
        case "d": intent = .markDontKnow
        case "x": intent = .markNotApplicable
        case "s": intent = .skip
        case "b": intent = .back
        case "r": intent = .review
        case "f": intent = .toggleFlag
        case "a": intent = .askNext
        case "q": intent = .quit
        case "n":
            return takeNote(for: question)
        case "":
            // Enter on a question already answered (after b, or resumed) keeps its answer.
            guard record?.response != nil else { return refuse("Type an answer, or s to skip.", allowed: allowed) }
            send(.intent(.keepAndContinue))
            return confirm(question, before: before, answering: true, allowed: allowed)
        default:
            if case .text = question.kind, let problem = AnswerValidation.tooLong(word, what: "A text answer") {
                return refuse("\(problem).", allowed: allowed)
            }
            guard let meant = answerIntent(for: word, question: question) else {
                if let number = Int(word), !question.options.isEmpty {
                    return refuse("There is no option \(number).", allowed: allowed)
                }
                let shown = word.count > 60 ? word.prefix(60) + "..." : word[...]
                return refuse("'\(shown)' is not an answer to this question.", allowed: allowed)
            }
            intent = meant
        }
        send(.intent(intent))
        cameBackTo = nil
        if intent == .back, case .question(let reached) = model.screen { cameBackTo = reached.questionID }
        return confirm(question, before: before, answering: intent.answers, allowed: allowed)
    }

    /// Says what a line did, in the order it happened: the answer saved first, then where the interview
    /// goes (the model's "Ask next: ..."); the results say their own opening, once (see `results()`).
    func confirm(_ question: Question, before: Assessment, answering: Bool, allowed: String) -> PlainExit? {
        let taken = model.session?.assessment != before
        if model.message?.isError != true || taken { echoSaved(question, before: before, answering: answering) }
        if case .results = model.screen, model.message?.isError != true { return nil }
        return checkMessage(allowed: allowed, taken: taken)
    }

    /// "Saved: One person." once an answer is on disk, said differently when it is not (yet); the same
    /// answer given again is confirmed too ("Kept: One person."), so no answer goes without a word.
    func echoSaved(_ question: Question, before: Assessment, answering: Bool = false) {
        guard let after = model.session?.assessment, model.overlay == nil else { return }
        let old = before.answers[question.id]?.response
        let new = after.answers[question.id]?.response
        guard let new, old != new || answering else { return }
        let words = AnswerText.describe(new, for: question)
        if old == new {
            output.say(session.isSaved ? "Kept: \(words)." : "Kept, not saved yet: \(words).")
        } else {
            output.say(session.isSaved ? "Saved: \(words)." : "Kept, not saved yet: \(words).")
        }
    }

    /// `n`: reads the note, then, for a note that was kept, whether the customer may see it.
    private func takeNote(for question: Question) -> PlainExit? {
        let allowed = "a note of at most \(AnswerRecord.maximumTextLength) characters, or an empty line to remove it"
        guard
            let note = read(
                "Note (one line; empty removes it): ",
                help: "Type the note on one line and press Enter; an empty line removes the note.")
        else { return stopped(at: .note(question)) }
        // Checked here, not left to the model, so that a script stops on it with the allowed input.
        if let problem = AnswerValidation.tooLong(note, what: "A note") { return refuse("\(problem).", allowed: allowed) }
        send(.intent(.setNote(note)))
        if let exit = checkMessage(allowed: allowed) { return exit }
        guard let record = model.session?.assessment.answers[question.id], record.note != nil else { return nil }
        guard
            let line = read(
                "Share this note with the customer? (y/N) ",
                help: "y puts the note in the copy for the customer; n, Enter or anything else keeps it in the internal copy only.")
        else { return stopped(at: .other) }
        let shared = line.trimmingSpaces().lowercased().hasPrefix("y")
        guard shared != record.shareNote else {
            output.say(shared ? "The note is shared with the customer." : "The note stays internal.")
            return nil
        }
        send(.intent(.setNoteShared(shared)))
        return checkMessage(allowed: "y or n")
    }

    /// "Section 2 of 6, Capacity. Question 3 of 24. Choose one of 4." then the question and its options.
    private func announce(_ question: Question, in current: InterviewModel.OpenAssessment) {
        let position = current.position(of: question)
        let instruction: String
        switch question.kind {
        case .single(let options): instruction = "Choose one of \(options.count)."
        case .multiple(let options): instruction = "Choose any of \(options.count), separated by commas."
        case .scale(let scale): instruction = "Choose 1 to 5, where 1 is \(scale.lowLabel) and 5 is \(scale.highLabel)."
        case .number(let spec):
            instruction = "Enter a whole number from \(spec.minimum) to \(spec.maximum)\(spec.unit.map { " (\($0))" } ?? "")."
        case .text: instruction = "Type your answer on one line."
        }
        output.say("")
        output.say(
            "Section \(position.section) of \(position.sections), \(position.sectionTitle). Question \(position.number) of \(position.count). \(instruction)"
        )
        output.say(current.assessment.mode == .call ? question.call.ask : question.selfVoice.ask)
        for (index, option) in question.options.enumerated() { output.say("  \(index + 1). \(option.label)") }
        var extras: [String] = []
        if question.allowsUnknown { extras.append("d for don't know") }
        if question.allowsNotApplicable { extras.append("x for not applicable") }
        extras.append("? for help")
        output.say("Or: " + extras.joined(separator: ", ") + ".")
        if let response = current.assessment.response(to: question.id) {
            output.say("Current answer: \(AnswerText.describe(response, for: question)). Enter keeps it.")
        }
    }

    private func explain(_ question: Question, mode: Assessment.Mode) {
        if mode == .call {
            output.say(
                question.call.listenFor.isEmpty
                    ? "No cues for this question." : "Listen for: " + question.call.listenFor.joined(separator: "; ") + ".")
        } else {
            output.say("Why this matters: " + question.selfVoice.why)
        }
        output.say("To answer: \(allowedInput(for: question)).")
        output.say(
            "Also: Enter keeps the current answer; n note; f flag for review; b back; r review the answers; a ask next (the open question that could move the result most)."
        )
    }

    /// What a line means as an answer to the question; nil when it is not one.
    func answerIntent(for word: String, question: Question) -> InterviewIntent? {
        switch question.kind {
        case .single(let options):
            return optionIndex(word, in: options).map(InterviewIntent.chooseOption)
        case .multiple(let options):
            let tokens = word.split { $0 == "," || $0 == " " || $0 == ";" }.map(String.init)
            var wanted: [Int] = []
            for token in tokens {
                guard let index = optionIndex(token, in: options) else { return nil }
                if !wanted.contains(index) { wanted.append(index) }
            }
            return wanted.isEmpty ? nil : .chooseOptions(wanted)
        case .scale:
            guard let value = Int(word), Scale.values.contains(value) else { return nil }
            return .setValue(.scale(value))
        case .number:
            return AnswerValidation.parseNumber(word).map { .setValue(.number($0)) }
        case .text:
            return .setValue(.text(word))
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

    func allowedInput(for question: Question) -> String {
        var text: String
        switch question.kind {
        case .single(let options): text = "a number from 1 to \(options.count), or an option's first words"
        case .multiple(let options): text = "numbers from 1 to \(options.count) separated by commas"
        case .scale: text = "a number from 1 to 5"
        case .number(let spec): text = "a whole number from \(spec.minimum) to \(spec.maximum)"
        case .text: text = "any text of at most \(AnswerRecord.maximumTextLength) characters"
        }
        if question.allowsUnknown { text += "; d for don't know" }
        if question.allowsNotApplicable { text += "; x for not applicable" }
        return text + "; s to skip; q to quit"
    }
}

extension InterviewIntent {
    /// Whether the intent answers the shown question, so the answer is confirmed even when it is the same.
    fileprivate var answers: Bool {
        switch self {
        case .chooseOption, .chooseOptions, .setValue, .markDontKnow, .markNotApplicable: true
        default: false
        }
    }
}
