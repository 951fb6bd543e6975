import FuzzSupport
import ReadinessCore
import ReadinessInterview

/// What must hold after every event of a key storm.
enum InterviewChecks {
    /// Checks the model after an event; `before` is the assessment before it, so a change can be checked
    /// (scored afresh, and saved) only when there is one: scoring is most of the cost of a run.
    static func check(
        _ model: InterviewModel, before: Assessment?, layout: InterviewLayout, effects: [InterviewEffect], history: [InterviewEvent]
    ) {
        func require(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition {
                FuzzCheck.fail(
                    "\(message())\nscreen: \(model.screen)\noverlay: \(String(describing: model.overlay))\nlast events: \(history.suffix(16))"
                )
            }
        }
        let frame = layout.render(model)
        let problems = FrameCheck.problems(in: frame, size: model.size, thorough: history.count % 16 == 0)
        require(problems.isEmpty, "broken frame at \(model.size): \(problems.prefix(4))\n\(frame.text)")

        switch model.screen {
        case .start(let form):
            require(form.rows.indices.contains(form.focus), "start focus \(form.focus) of \(form.rows.count) rows")
            require(model.setup.offered.choices.indices.contains(form.questionnaireIndex), "questionnaire \(form.questionnaireIndex)")
            check(form.organization, require)
            check(form.assessor, require)
        case .question(let focus):
            guard let session = model.session, let question = session.questionnaire.question(focus.questionID) else {
                return require(false, "a question screen without its question")
            }
            require(session.result.visibleQuestionIDs.contains(question.id), "the question on screen, \(question.id), is hidden")
            let options = question.options
            require(
                focus.highlight >= 0 && (options.isEmpty ? focus.highlight == 0 : focus.highlight < options.count),
                "highlight \(focus.highlight) of \(options.count)")
            require(focus.selection.allSatisfy { id in options.contains { $0.id == id } }, "selection \(focus.selection)")
            require(focus.scale.map(Scale.values.contains) ?? true, "scale \(String(describing: focus.scale))")
            check(focus.number, require)
        case .review(let focus):
            let count = (model.session?.result.visibleQuestionIDs.count ?? 0) + 1
            require((0..<count).contains(focus.selected), "review at \(focus.selected) of \(count)")
        case .results(let focus):
            require(focus.selected >= 0, "results at \(focus.selected)")
        case .export(let form):
            require(form.formats.indices.contains(form.formatIndex), "format \(form.formatIndex) of \(form.formats.count)")
            check(form.path, require)
        case .whatIf(let focus):
            let count = model.session?.result.visibleQuestionIDs.count ?? 0
            require(focus.question >= 0 && (count == 0 || focus.question < count), "what-if question \(focus.question) of \(count)")
            if let alternatives = focus.alternatives {
                require(alternatives.indices.contains(focus.alternative), "alternative \(focus.alternative) of \(alternatives.count)")
            }
        }
        switch model.overlay {
        case .editor(let editor)?: check(editor.field, require)
        case .help(let scroll)?: require(scroll >= 0, "help scroll \(scroll)")
        case .reasons(_, _, let scroll)?: require(scroll >= 0, "reasons scroll \(scroll)")
        default: break
        }

        let saves = effects.filter { if case .save = $0 { true } else { false } }
        if let session = model.session, session.assessment != before {
            let assessment = session.assessment
            if let before, before.id == assessment.id {
                // The same assessment changed: the change must be saved, and never while read-only.
                require(model.readOnlyReason == nil, "a read-only assessment changed")
                require(!saves.isEmpty, "the assessment changed without a save")
            }
            let fresh = session.scorer.score(assessment)
            require(
                fresh.fit == session.result.fit && fresh.visibleQuestionIDs == session.result.visibleQuestionIDs
                    && fresh.answeredCount == session.result.answeredCount, "the live result differs from scoring the answers afresh")
            Exercise.check(session.result, "the live result")
            for (id, record) in assessment.answers {
                guard let question = session.questionnaire.question(id) else {
                    return require(false, "an answer to an unknown question \(id)")
                }
                if let response = record.response, let problem = AnswerValidation.problem(with: response, for: question) {
                    require(false, "an invalid answer to \(id) was kept: \(problem)")
                }
            }
            if assessment.status == .complete {
                require(
                    session.result.answeredCount == session.result.visibleQuestionIDs.count,
                    "complete with \(session.result.answeredCount) of \(session.result.visibleQuestionIDs.count) answered")
            }
        }

        for effect in effects {
            guard case .save(let saved) = effect else { continue }
            require(model.readOnlyReason == nil, "a read-only assessment asked to be saved")
            guard let session = model.session else { return require(false, "a save without a session") }
            let text = AssessmentFile.encode(saved, questionnaire: session.questionnaire)
            do {
                let loaded = try AssessmentFile.decode(SourceFile(path: "saved.json", text: text), questionnaire: session.questionnaire)
                require(loaded.answers == saved.answers.filter { !$0.value.isEmpty }, "a saved assessment reads back with other answers")
                require(
                    loaded.organization == saved.organization && loaded.assessor == saved.assessor && loaded.status == saved.status,
                    "a saved assessment reads back with other details")
            } catch {
                require(false, "a saved assessment does not load:\n\(error)\n\(text)")
            }
        }
    }

    private static func check(_ field: TextField, _ require: (Bool, @autoclosure () -> String) -> Void) {
        require(
            (0...field.characters.count).contains(field.cursor) && field.characters.count <= field.limit,
            "text field cursor \(field.cursor) in \(field.characters.count) characters, limit \(field.limit)")
    }
}
