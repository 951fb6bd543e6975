import ReadinessCore
import ReadinessInterview

extension PlainFrontEnd {
    /// One paragraph before anything is asked: what this is, how long it is, how to get help and how to stop.
    func introduce() {
        let questionnaire = model.session?.questionnaire ?? model.setup.offered.questionnaire(at: 0)
        guard let questionnaire else { return }
        let length: String
        if let current = model.session {
            let shown = current.visibleQuestions.count
            length = "\(questionnaire.title): \(current.result.answeredCount) of its \(shown) questions are answered"
        } else {
            // The questions shown before any answer; some answers show or hide a few more.
            let shown = Scorer(questionnaire: questionnaire).score([:]).visibleQuestionIDs.count
            length = "\(questionnaire.title): \(shown) questions (a few answers add or remove some)"
        }
        output.say(
            "This is the co-managed IT readiness interview, line by line. \(length). "
                + "At the end it says how well co-managed IT fits, why, and who would do what. "
                + "Answer each question on its line and press Enter; every answer is saved as it is given. "
                + "Type ? at any prompt for help, or q to stop and go on later with 'readiness resume --plain'.")
    }

    /// The start: the organization, the assessor and the mode (each asked unless given on the command
    /// line), then a new assessment with the first questionnaire offered.
    func start(_ form: StartForm) -> PlainExit? {
        var details: [String] = []
        // The name remembered from the last run is offered as the full screen's start screen fills it in:
        // Enter keeps it, `-` leaves it out.
        let remembered = options.rememberedAssessor.map(TerminalText.typedLine).flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 }
        let assessorPrompt =
            remembered.map {
                ("Assessor [\($0)]: ", "Press Enter to keep \($0), type another name, or - to leave it out. It is printed on the summary.")
            }
            ?? ("Assessor (your name, optional): ", "Type your own name, or press Enter to leave it out. It is printed on the summary.")
        let fields: [(prompt: String, given: String?, what: String, limit: Int, help: String)] = [
            (
                "Organization: ", options.organization, "An organization name", form.organization.limit,
                "Type the name of the organization being assessed, then Enter: it names the assessment. Nothing is saved until the interview starts."
            ),
            (assessorPrompt.0, options.assessor, "An assessor's name", form.assessor.limit, assessorPrompt.1),
        ]
        options.organization = nil
        options.assessor = nil
        for field in fields {
            var name = field.given
            let isAssessor = details.count == 1
            while name == nil {
                guard let line = read(field.prompt) else { return stopped(at: .other) }
                switch line.trimmingSpaces().lowercased() {
                case "?", "help":
                    output.say(field.help + " q stops here.")
                case "q":
                    return .quit
                case "" where isAssessor && remembered != nil:
                    name = remembered
                case "-" where isAssessor && remembered != nil:
                    name = ""
                default:
                    let typed = TerminalText.typedLine(line)
                    guard typed.count <= field.limit else {
                        if let exit = refuse(
                            "\(field.what) holds at most \(field.limit) characters; this one has \(typed.count).",
                            allowed: "a name of at most \(field.limit) characters")
                        {
                            return exit
                        }
                        continue
                    }
                    if !isAssessor, typed.allSatisfy(\.isWhitespace) {
                        if let exit = refuse("Type the organization's name first.", allowed: "an organization name") { return exit }
                        continue
                    }
                    name = typed
                }
            }
            // Line breaks in `--organization` become spaces, never Enter keys that would answer questions.
            let typed = TerminalText.typedLine(name ?? "")
            guard typed.count <= field.limit else {
                return refuse(
                    "\(field.what) holds at most \(field.limit) characters; this one has \(typed.count).",
                    allowed: "a name of at most \(field.limit) characters")
            }
            details.append(typed)
        }
        var mode = options.mode
        options.mode = nil
        while mode == nil {
            guard let line = read("Mode, call (a discovery call) or self (a self-assessment) [\(form.mode.rawValue)]: ") else {
                return stopped(at: .other)
            }
            let word = line.trimmingSpaces().lowercased()
            switch word {
            case "": mode = form.mode
            case "?", "help":
                output.say(
                    "call: you ask the questions of someone at the organization, with cues for what to listen for. self: someone at the organization answers for themselves. Enter takes \(form.mode.rawValue)."
                )
            case "q": return .quit
            default:
                if let chosen = Assessment.Mode(rawValue: word) {
                    mode = chosen
                } else if let exit = refuse("'\(word)' is not a mode.", allowed: "call or self") {
                    return exit
                }
            }
        }
        send(.intent(.startNew(organization: details[0], assessor: details[1], mode: mode ?? form.mode)))
        if case .start = model.screen, let exit = checkMessage(allowed: "an organization name") { return exit }
        return nil
    }
}
