import ReadinessCore
import ReadinessInterview

extension PlainFrontEnd {
    /// Every shown answer, numbered; a number opens that question to change it.
    func review() -> PlainExit? {
        guard let current = model.session else { return .quit }
        if returnToResults {
            // The answer changed from the results menu was taken: back there, not through the list.
            returnToResults = false
            send(.intent(.showResults))
            return nil
        }
        let visible = current.visibleQuestions
        output.say("")
        output.say("Review: \(current.result.answeredCount) of \(visible.count) answered.")
        for (index, question) in visible.enumerated() {
            let record = current.assessment.answers[question.id]
            var line = "  \(index + 1). \(question.title) (\(question.id)): \(AnswerText.describe(record?.response, for: question))"
            if record?.flagged == true { line += " (flagged)" }
            if let note = record?.note, !note.isEmpty { line += " (note: \(note))" }
            output.say(line)
        }
        guard
            let line = read(
                "Number to change, r for the results, or Enter to go back: ",
                help: "Type a number from the list to answer that question again; r goes to the results; Enter goes back.")
        else { return stopped(at: .other) }
        let word = line.trimmingSpaces().lowercased()
        if word.isEmpty {
            announced = nil
            // Back where the review was opened from: the question being asked, or the results.
            send(.intent(reviewFromResults ? .showResults : .closeReview))
            reviewFromResults = false
        } else if word == "r" {
            reviewFromResults = false
            send(.intent(.showResults))
        } else if let number = Int(word), visible.indices.contains(number - 1) {
            announced = nil
            send(.intent(.changeAnswer(questionID: visible[number - 1].id)))
        } else if word == "q" {
            send(.intent(.quit))
        } else if let exit = refuse("'\(word)' is not a question number.", allowed: "1 to \(visible.count), r, or an empty line") {
            return exit
        }
        return nil
    }

    /// What is shown over the screen, asked as a question where it needs an answer.
    func handle(_ overlay: Overlay) -> PlainExit? {
        switch overlay {
        case .confirmChange(let change):
            output.say(
                "This change hides \(change.setAside.count) answered \(change.setAside.count == 1 ? "question" : "questions"): \(change.setAside.joined(separator: ", ")). Their answers are kept but no longer counted."
            )
            guard let line = read("Change it? y or n: ", help: Self.yesOrNoHelp) else { return stopped(at: .other) }
            let yes = line.trimmingSpaces().lowercased().hasPrefix("y")
            let before = model.session?.assessment
            send(.intent(.confirm(yes)))
            if !yes { announced = nil }
            if yes, let before, let question = model.session?.questionnaire.question(change.questionID) {
                echoSaved(question, before: before)
            }
        case .confirmReplace(let request):
            guard let line = read("\(request.path) already exists. Replace it? y or n: ", help: Self.yesOrNoHelp) else {
                return stopped(at: .other)
            }
            let yes = line.trimmingSpaces().lowercased().hasPrefix("y")
            send(.intent(.confirm(yes)))
            if !yes {
                output.say("Not written; \(request.path) is left as it was.")
                send(.intent(.showResults))
            }
        case .confirmQuit, .unsavedQuit:
            // Plain mode keeps nothing typed and unsaved, and says what was not saved on the way out.
            send(.intent(.confirm(true)))
        case .help, .reasons, .editor, .confirmContinue:
            // Plain mode opens none of these itself (it says help, takes notes as lines and asks before
            // continuing in its own words), so one shown
            // here was left by the full screen's state: closed, never drawn.
            send(.intent(.closeOverlay))
        }
        return nil
    }
}
