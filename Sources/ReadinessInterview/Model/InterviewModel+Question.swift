import ReadinessCore

extension InterviewModel {
    mutating func handleQuestion(_ focus: QuestionFocus, key: Key, action: Action?) -> [InterviewEffect] {
        guard let session, let question = session.questionnaire.question(focus.questionID) else { return [] }
        var focus = focus
        if !question.options.isEmpty,
            let moved = ListMotion.moved(focus.highlight, by: action, count: question.options.count, page: pageSize)
        {
            focus.highlight = moved
            screen = .question(focus)
            return []
        }
        // Moving away keeps what was typed, toggled or set with the arrows, as a form field would; an
        // explicit skip (s) leaves it.
        if [.nextQuestion, .previousQuestion, .review, .askNext].contains(action), hasUnsavedInput {
            screen = .question(focus)
            switch pendingResponse(question, focus: focus) {
            case .failure(let problem):
                message = StatusMessage(text: problem.text, isError: true)
                return []
            case .success(let response):
                if let overlayShown = confirmIfSettingAside(response, for: question.id) { return overlayShown }
                var effects = update(question.id, message: nil) { $0.response = response }
                effects += handleQuestionNavigation(action!, question: question, focus: focus)
                return effects
            }
        }
        if let action, [.nextQuestion, .skip, .previousQuestion, .review, .askNext].contains(action) {
            screen = .question(focus)
            return handleQuestionNavigation(action, question: question, focus: focus)
        }
        switch action {
        case .choose?:
            screen = .question(focus)
            return confirm(question, focus: focus)
        case .toggle?:
            if question.options.indices.contains(focus.highlight) {
                focus.selection = toggled(question.options[focus.highlight], in: focus.selection, options: question.options)
            }
        case .chooseNumber(let number)?:
            switch question.kind {
            case .single(let options) where options.indices.contains(number - 1):
                focus.highlight = number - 1
                screen = .question(focus)
                return answer(.choice(options[number - 1].id), to: question.id)
            case .multiple(let options) where options.indices.contains(number - 1):
                focus.highlight = number - 1
                focus.selection = toggled(options[number - 1], in: focus.selection, options: options)
            case .scale where Scale.values.contains(number):
                focus.scale = number
                screen = .question(focus)
                return answer(.scale(number), to: question.id)
            default:
                message = StatusMessage(text: "There is no option \(number).", isError: true)
            }
        case .increase?:
            focus.scale = min(5, (focus.scale ?? 0) + 1)
        case .decrease?:
            focus.scale = max(1, (focus.scale ?? 6) - 1)
        case .dontKnow?:
            return perform(.markDontKnow)
        case .notApplicable?:
            return perform(.markNotApplicable)
        case .note?:
            let record = session.assessment.answers[question.id]
            overlay = .editor(
                EditorState(
                    questionID: question.id, purpose: .note, field: TextField(record?.note ?? ""),
                    sharesNote: record?.note != nil && record?.shareNote == true))
        case .flag?:
            screen = .question(focus)
            return perform(.toggleFlag)
        case .livePane?:
            showsLivePane.toggle()
        case .close? where isTypingNumber(focus):
            // Esc closes the number being typed: back to the saved answer (or nothing), so the command
            // letters work again. Nothing typed is saved, and the message says so.
            focus.number = numberField(showing: session.assessment.response(to: question.id))
            message = StatusMessage(text: "Typing cleared; the answer is unchanged.", isError: false)
        default:
            if key == .escape, focus.returnToReview {
                openReview(selecting: question.id)
                return []
            }
            if case .number = question.kind, editsNumber(key) {
                focus.number.handle(key)
            } else if case .number = question.kind, case .character(let character) = key {
                // Only reached while a number is being typed (the command letters are bound otherwise):
                // the letter is the user's typing, not a command, and is refused rather than acted on.
                message = StatusMessage(
                    text: "'\(character)' is not part of a number: type digits, Enter saves, Tab keeps it and moves on, Esc clears.",
                    isError: true)
            } else if case .scale = question.kind, case .character(let character) = key, character.isWholeNumber {
                message = StatusMessage(text: "Choose 1 to 5.", isError: true)
            }
        }
        screen = .question(focus)
        return []
    }

    /// Next, back, review and ask-next: where each goes from a question.
    mutating func handleQuestionNavigation(_ action: Action, question: Question, focus: QuestionFocus) -> [InterviewEffect] {
        switch action {
        case .nextQuestion, .skip:
            if focus.returnToReview {
                openReview(selecting: question.id)
                return []
            }
            if let origin = focus.askNextOrigin { return continueAskNext(from: question.id, origin: origin) }
            return moveToNextQuestion(after: question.id)
        case .previousQuestion:
            let visible = session?.visibleQuestions ?? []
            if let index = visible.firstIndex(where: { $0.id == question.id }), index > 0 {
                show(visible[index - 1].id)
            } else {
                message = StatusMessage(text: "This is the first question.", isError: false)
            }
            return []
        case .review:
            openReview(selecting: question.id)
            return []
        case .askNext:
            return jumpToAskNext(from: question.id)
        default:
            return []
        }
    }

    /// What was typed, toggled or arrowed on a question but not yet confirmed, checked like an answer.
    func pendingResponse(_ question: Question, focus: QuestionFocus) -> Result<Response, PendingProblem> {
        switch question.kind {
        case .number(let spec):
            guard let value = AnswerValidation.parseNumber(focus.number.text) else {
                return .failure(
                    PendingProblem(
                        "'\(focus.number.text)' is not a whole number: enter \(spec.minimum) to \(spec.maximum), or clear it with Ctrl-U."))
            }
            let response = Response.number(value)
            if let problem = AnswerValidation.problem(with: response, for: question) {
                return .failure(PendingProblem(problem.prefix(1).uppercased() + problem.dropFirst() + "."))
            }
            return .success(response)
        case .multiple(let options):
            return .success(.choices(options.map(\.id).filter(focus.selection.contains)))
        case .scale:
            return focus.scale.map { .success(.scale($0)) } ?? .failure(PendingProblem("Choose 1 to 5."))
        default:
            return .failure(PendingProblem("Nothing to keep."))
        }
    }

    /// Asks before an answer that would set answered questions aside; returns nil when there are none.
    mutating func confirmIfSettingAside(_ response: Response, for questionID: String, fromWhatIf: Bool = false) -> [InterviewEffect]? {
        let hidden = setAside(by: response, for: questionID)
        guard !hidden.isEmpty else { return nil }
        overlay = .confirmChange(PendingChange(questionID: questionID, response: response, setAside: hidden, fromWhatIf: fromWhatIf))
        return []
    }

    /// The titles of the answered questions an answer would hide.
    func setAside(by response: Response, for questionID: String) -> [String] {
        guard let session else { return [] }
        var after = session.assessment.answers.compactMapValues(\.response)
        let before = after
        after[questionID] = response
        return Visibility.setAside(questionnaire: session.questionnaire, before: before, after: after).map(\.title)
    }

    /// Enter on a question: choose the highlighted option, confirm toggles, take the typed number.
    private mutating func confirm(_ question: Question, focus: QuestionFocus) -> [InterviewEffect] {
        switch question.kind {
        case .single(let options):
            guard options.indices.contains(focus.highlight) else { return [] }
            return answer(.choice(options[focus.highlight].id), to: question.id)
        case .multiple(let options):
            guard !focus.selection.isEmpty else {
                message = StatusMessage(
                    text: "Toggle options with Space or their numbers, then press Enter. Or press s to skip.", isError: true)
                return []
            }
            return answer(.choices(options.map(\.id).filter(focus.selection.contains)), to: question.id)
        case .scale:
            guard let value = focus.scale else {
                message = StatusMessage(text: "Choose 1 to 5 with the digits or the arrows.", isError: true)
                return []
            }
            return answer(.scale(value), to: question.id)
        case .number(let spec):
            guard let value = AnswerValidation.parseNumber(focus.number.text) else {
                let digits = focus.number.text.filter { !$0.isWhitespace && $0 != "," && $0 != "_" }
                if !digits.isEmpty, digits.drop(while: { $0 == "-" }).allSatisfy(\.isWholeNumber) {
                    // Digits too many to hold: far out of range, not a typo.
                    message = StatusMessage(
                        text: digits.hasPrefix("-") ? "Enter \(spec.minimum) or more." : "Enter \(spec.maximum) or less.", isError: true)
                    return []
                }
                let what = focus.number.isBlank ? "Type a number" : "'\(focus.number.text)' is not a whole number"
                message = StatusMessage(
                    text: "\(what): enter \(spec.minimum) to \(spec.maximum), or press d for don't know.", isError: true)
                return []
            }
            return answer(.number(value), to: question.id)
        case .text:
            var existing = ""
            if case .text(let text)? = session?.assessment.response(to: question.id) { existing = text }
            overlay = .editor(EditorState(questionID: question.id, purpose: .textAnswer, field: TextField(existing)))
            return []
        }
    }

    /// Toggles an option, keeping exclusive options ("none of these") alone.
    func toggled(_ option: AnswerOption, in selection: [String], options: [AnswerOption]) -> [String] {
        if selection.contains(option.id) { return selection.filter { $0 != option.id } }
        if option.exclusive { return [option.id] }
        let exclusive = Set(options.filter(\.exclusive).map(\.id))
        return selection.filter { !exclusive.contains($0) } + [option.id]
    }

    /// Whether a number is being typed: the field holds something other than the saved answer. Then every
    /// printable key belongs to the field (the command letters are refused there, not acted on).
    func isTypingNumber(_ focus: QuestionFocus) -> Bool {
        guard !focus.number.isBlank, let session, case .number? = session.questionnaire.question(focus.questionID)?.kind else {
            return false
        }
        return focus.number.text != numberField(showing: session.assessment.response(to: focus.questionID)).text
    }

    /// The number field as a question shows it: the saved number, or empty.
    func numberField(showing saved: Response?) -> TextField {
        if case .number(let value)? = saved { return TextField(String(value), limit: 16) }
        return TextField("", limit: 16)
    }

    /// Keys that edit a number field: digits, a sign, separators and the editing keys.
    private func editsNumber(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            return character.isWholeNumber || character == "-" || character == "," || character == " "
        case .backspace, .delete, .left, .right, .home, .end, .control("a"), .control("e"), .control("u"), .control("w"), .control("h"):
            return true
        default:
            return false
        }
    }

    /// Goes to the unknown question whose answer could move the result most ("ask next").
    private mutating func jumpToAskNext(from questionID: String) -> [InterviewEffect] {
        guard let session else { return [] }
        guard let target = askNextTarget(excluding: questionID) ?? session.result.unknowns.first else {
            message = StatusMessage(text: "Every shown question is answered.", isError: false)
            return []
        }
        // A chain of `a` keeps the first question the user left, so the chain ends back there.
        var origin = questionID
        if case .question(let focus) = screen, let earlier = focus.askNextOrigin { origin = earlier }
        return showAskNext(target, origin: origin)
    }

    /// Shows an ask-next question and says why it was chosen, remembering the question the chain of `a`
    /// started from so that it ends back there.
    private mutating func showAskNext(_ target: UnknownItem, origin: String) -> [InterviewEffect] {
        show(target.questionID)
        if case .question(var focus) = screen, target.questionID != origin {
            focus.askNextOrigin = origin
            screen = .question(focus)
        }
        message = StatusMessage(text: "Ask next: \(target.title) (\(Rating.inWords(target.impact))).", isError: false)
        return []
    }

    /// The first ask-next question that is not answered at all (a "don't know" is an answer) and is not `questionID`.
    func askNextTarget(excluding questionID: String) -> UnknownItem? {
        guard let session else { return nil }
        return session.result.unknowns.first { $0.questionID != questionID && session.assessment.response(to: $0.questionID) == nil }
    }

    /// After answering or skipping a question reached with `a`: the next unanswered ask-next question,
    /// else back to the question the user left, else on from there as after any answer. Never an
    /// answered question from the ask-next list.
    mutating func continueAskNext(from questionID: String, origin: String) -> [InterviewEffect] {
        guard let session else { return [] }
        if let target = askNextTarget(excluding: questionID) {
            return showAskNext(target, origin: origin)
        }
        if session.result.visibleQuestionIDs.contains(origin), origin != questionID {
            show(origin)
            message = StatusMessage(text: "Nothing left to ask next: back where you were.", isError: false)
            return []
        }
        return moveToNextQuestion(after: origin)
    }
}

/// Why typed input cannot be kept as an answer, in words for the status line.
struct PendingProblem: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
