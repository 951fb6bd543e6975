import ReadinessCore
import ReadinessInterview

extension PlainFrontEnd {
    /// The results: the summary once, then, when someone can answer, what to do with the finished
    /// assessment: review it, change an answer, try answers (what if), export it, or finish.
    ///
    /// Who gets the menu: a person at a terminal, always; a script only when the run opened on the results
    /// (`resume` of a complete assessment), where there is no question its lines could be meant for. A
    /// script that answered questions is done after the last one, and any line it still sends is refused
    /// (exit 65, naming the line): it would mean the answers went out of step with the questions.
    func results() -> PlainExit? {
        guard let current = model.session else { return .quit }
        // Only a person (or a script driving the menu) can press `f`; a script that answered the questions
        // is told the command that does the same.
        let hasMenu = input.isInteractive || openedOnResults
        if let message = model.message, message.text != saidMessage {
            if !hasMenu, let target = model.continuationTargets.first, message.text == InterviewModel.continueOffer(into: target) {
                output.say(
                    "Finished. 'readiness resume \(current.assessment.id) --questionnaire \(target.id) --plain' continues it in \(target.title), asking only what is not yet known."
                )
            } else {
                output.say(message.text)
            }
        }
        saidMessage = nil
        if spokenResult == nil {
            output.result(options.results(current))
        } else if spokenResult != current.assessment {
            output.say("The result now: \(PlainWords.fit(current.result.fit)).")
        }
        spokenResult = current.assessment
        guard hasMenu else {
            if let exit = refuseLeftoverInput() { return exit }
            send(.intent(.quit))
            return .finished
        }
        let fuller = model.continuationTargets.first
        let continueChoice = fuller.map { "f continue in \($0.title), " } ?? ""
        guard let line = read("r review, c change an answer, w what if, e export, \(continueChoice)s the summary again, Enter to finish: ")
        else {
            // A script driving the menu leaves by ending its input; a person's input ending is a way out too.
            return input.interruption == nil && !input.isInteractive ? .finished : stopped(at: .other)
        }
        switch line.trimmingSpaces().lowercased() {
        case "", "q":
            send(.intent(.quit))
            return .finished
        case "?", "help":
            output.say(
                "r lists every answer; c asks one question again, by its number in that list or its id; w tries another answer to one question and says what would change, then asks whether to keep it; e writes the summary to a file in a format you choose; "
                    + (fuller.map { "f starts \($0.title) as a new assessment with the answers given here, asking only the rest; " } ?? "")
                    + "s says the summary again; Enter finishes. Every change is saved at once."
            )
        case "s":
            output.result(options.results(current))
        case "r":
            reviewFromResults = true
            send(.intent(.review))
        case "c":
            guard let question = pickQuestion(in: current, purpose: "change") else { return stopOrStay() }
            returnToResults = true
            announced = nil
            send(.intent(.changeAnswer(questionID: question.id)))
        case "w":
            guard let question = pickQuestion(in: current, purpose: "try another answer to") else { return stopOrStay() }
            return whatIf(question, in: current)
        case "e":
            return export(current)
        case "f" where fuller != nil:
            return fuller.flatMap { continueAssessment(into: $0) }
        case let word:
            return refuse("'\(word)' is not one of the choices.", allowed: "r, c, w, e, \(fuller == nil ? "" : "f, ")s, or Enter to finish")
        }
        return nil
    }

    /// A script that answered every question must have nothing left to say: a line left over means a
    /// question it expected was not asked (an answer hid it), so its later lines answered the wrong ones.
    /// Blank lines at the very end are allowed (a trailing empty line is easy to write by accident).
    private func refuseLeftoverInput() -> PlainExit? {
        while let line = nextLine() {
            guard line.allSatisfy(\.isWhitespace) else {
                let shown = line.count > 60 ? line.prefix(60) + "..." : line[...]
                return .invalidAnswer(
                    "input line \(linesRead) ('\(TerminalText.sanitizedLine(String(shown)))') came after the last question and was not used; "
                        + "an answer may have shown or hidden questions, so the lines before it may have answered other questions than meant. "
                        + "The answers given are saved; check them with 'readiness show \(model.session?.assessment.id ?? "ID")', or give answers by question id with --answers FILE."
                )
            }
        }
        return nil
    }

    /// After a question was not picked: stop when the input ended there, else back to the menu.
    private func stopOrStay() -> PlainExit? {
        inputEnded ? stopped(at: .other) : nil
    }

    /// Asks which question: its number among the shown questions (as the review lists them) or its id.
    private func pickQuestion(in current: InterviewModel.OpenAssessment, purpose: String) -> Question? {
        let visible = current.visibleQuestions
        while true {
            guard
                let line = read(
                    "Which question to \(purpose)? Its number in the review (1 to \(visible.count)) or its id, Enter to go back: ",
                    help: "Type the question's number as r lists them, or its id as the prompts show it; Enter goes back to the menu.")
            else { return nil }
            let word = line.trimmingSpaces()
            if word.isEmpty { return nil }
            if let number = Int(word), visible.indices.contains(number - 1) { return visible[number - 1] }
            if let question = visible.first(where: { $0.id == word.lowercased() }) { return question }
            if refuse("'\(word)' is not a shown question.", allowed: "1 to \(visible.count) or a question's id") != nil { return nil }
        }
    }

    // MARK: - What if

    /// Lists the answers to try, says what one would change, and keeps it only when asked twice: once to
    /// keep, once more with the saved answer and the new one side by side.
    private func whatIf(_ question: Question, in current: InterviewModel.OpenAssessment) -> PlainExit? {
        let saved = current.assessment.response(to: question.id)
        let alternatives = WhatIf.alternatives(for: question, current: saved, in: current.questionnaire)
        guard !alternatives.isEmpty else {
            output.say("A free-text answer does not change the result; c changes it.")
            return nil
        }
        output.say("\(question.title). Saved answer: \(AnswerText.describe(saved, for: question)). Answers to try:")
        for (index, response) in alternatives.enumerated() {
            output.say("  \(index + 1). \(AnswerText.describe(response, for: question))\(response == saved ? " (the saved answer)" : "")")
        }
        while true {
            guard
                let line = read(
                    "Number to try, or Enter to go back: ",
                    help:
                        "Type the number of an answer listed above to hear what it would change; nothing is saved unless you keep it. Enter goes back."
                )
            else { return stopped(at: .other) }
            let word = line.trimmingSpaces()
            if word.isEmpty { return nil }
            guard let number = Int(word), alternatives.indices.contains(number - 1) else {
                if let exit = refuse("'\(word)' is not one of the answers listed.", allowed: "1 to \(alternatives.count), or Enter") {
                    return exit
                }
                continue
            }
            let tried = alternatives[number - 1]
            guard tried != saved else {
                output.say("That is the saved answer.")
                continue
            }
            if let comparison = model.whatIfComparison(for: question.id, response: tried) {
                for sentence in PlainWords.comparison(comparison) { output.say(sentence) }
            }
            guard let keep = read("Keep this answer? y or n: ", help: Self.yesOrNoHelp) else { return stopped(at: .other) }
            guard keep.trimmingSpaces().lowercased().hasPrefix("y") else {
                output.say("Not kept; the saved answer stays \(AnswerText.describe(saved, for: question)).")
                continue
            }
            let old = AnswerText.describe(saved, for: question)
            let new = AnswerText.describe(tried, for: question)
            guard
                let sure = read(
                    "This replaces the saved answer to \(question.title): \(old), with \(new). Replace it? y or n: ", help: Self.yesOrNoHelp
                )
            else { return stopped(at: .other) }
            guard sure.trimmingSpaces().lowercased().hasPrefix("y") else {
                output.say("Not kept; the saved answer stays \(old).")
                continue
            }
            let before = current.assessment
            send(.intent(.keepTriedAnswer(questionID: question.id, response: tried)))
            if model.message?.isError == true, let exit = checkMessage(allowed: "y or n", taken: model.session?.assessment != before) {
                return exit
            }
            if model.overlay == nil, model.session?.assessment.response(to: question.id) == tried {
                // The model's "Kept: ..." says the same; this line says whether it is on disk, once.
                saidMessage = model.message?.text
                output.say(
                    session.isSaved ? "Saved: \(question.title) is now \(new)." : "Kept, not saved yet: \(question.title) is now \(new).")
            }
            return nil
        }
    }

    // MARK: - Export

    /// Writes the summary to a file the person names, in a format they choose; an existing file is
    /// replaced only when they say so (the model asks, as the export screen does).
    private func export(_ current: InterviewModel.OpenAssessment) -> PlainExit? {
        let formats = model.setup.exportFormats
        guard !formats.isEmpty else { return nil }
        let list = formats.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
        var format: String?
        while format == nil {
            guard
                let line = read(
                    "Format: \(list); Enter for \(formats[0]): ", help: "Type a format's number or name; Enter takes \(formats[0]).")
            else { return stopped(at: .other) }
            let word = line.trimmingSpaces().lowercased()
            if word.isEmpty {
                format = formats[0]
            } else if let number = Int(word), formats.indices.contains(number - 1) {
                format = formats[number - 1]
            } else if formats.contains(word) {
                format = word
            } else if let exit = refuse("'\(word)' is not a format offered.", allowed: list) {
                return exit
            }
        }
        let chosen = format ?? formats[0]
        var audience: Audience?
        while audience == nil {
            guard
                let line = read(
                    "Copy for the client or internal? Enter for client: ",
                    help:
                        "The client copy leaves out your own notes, flags, to-dos and talking points; the internal copy keeps your notes, flags and to-dos, and adds the talking points if you say so."
                )
            else { return stopped(at: .other) }
            let word = line.trimmingSpaces().lowercased()
            if word.isEmpty || "client".hasPrefix(word) {
                audience = .client
            } else if "internal".hasPrefix(word) {
                audience = .internal
            } else if let exit = refuse("'\(word)' is not a copy offered.", allowed: "client or internal") {
                return exit
            }
        }
        var talkingPoints = false
        if audience == .internal {
            guard
                let line = read(
                    "Add your talking points? y or n, Enter for no: ",
                    help:
                        "y adds the talking points for the strongest signals to the internal copy; n, Enter or anything else leaves them out."
                )
            else { return stopped(at: .other) }
            talkingPoints = line.trimmingSpaces().lowercased().hasPrefix("y")
        }
        // Asked after the copy, so the name offered says which copy it is (the internal one ends `-internal`).
        let suggested = ExportPath.suggested(for: current.assessment, format: chosen, audience: audience ?? .client)
        guard
            let line = read(
                "File to write, Enter for \(suggested): ",
                help:
                    "Type the path of the file to write (~ is your home folder); Enter takes \(suggested). An existing file is replaced only when you say so."
            )
        else { return stopped(at: .other) }
        let typed = TerminalText.typedLine(line).trimmingSpaces()
        send(
            .intent(
                .export(
                    format: chosen, path: typed.isEmpty ? suggested : typed, audience: audience ?? .client, talkingPoints: talkingPoints)))
        return nil
    }
}
