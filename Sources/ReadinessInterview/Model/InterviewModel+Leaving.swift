import ReadinessCore

/// Answers written to a file of the user's choosing while the store could not save them.
public struct WrittenCopy: Sendable, Equatable {
    /// Where they were written.
    public var path: String
    /// The assessment as written.
    public var assessment: Assessment
}

extension InterviewModel {
    // MARK: - A failed save

    /// A save failed: the answers stay in memory, the screen says so until a save succeeds, and quitting asks.
    mutating func saveFailed(_ reason: String) -> [InterviewEffect] {
        saveFailure = reason
        quitWhenSaved = false
        message = saveFailureMessage
        return []
    }

    /// The failure as the status line shows it, reason first: the line is cut at the screen's edge, and the
    /// quit question (q) says the rest.
    var saveFailureMessage: StatusMessage? {
        saveFailure.map { StatusMessage(text: "Could not save: \($0). Kept here; q for choices.", isError: true) }
    }

    /// A save succeeded: after a failure, say so, and leave when the quit question asked for it.
    mutating func saved() -> [InterviewEffect] {
        guard saveFailure != nil else { return [] }
        saveFailure = nil
        message = StatusMessage(text: "Saved: every answer is on disk again.", isError: false)
        guard quitWhenSaved else { return [] }
        quitWhenSaved = false
        overlay = nil
        return [.quit(.userQuit)]
    }

    /// The quit question while the answers are not saved: leave without them, try again, or type a path to
    /// write them to as an assessment file.
    mutating func handleUnsavedQuit(_ dialog: UnsavedQuit, key: Key, action: Action?) -> [InterviewEffect] {
        guard let session else { return [] }
        var dialog = dialog
        if var path = dialog.path {
            switch key {
            case .escape:
                dialog.path = nil
            case .enter:
                guard !path.isBlank else {
                    message = StatusMessage(text: "Type a path to write the answers to.", isError: true)
                    return []
                }
                message = StatusMessage(text: "Writing \(path.text)...", isError: false)
                return [
                    .export(
                        ExportRequest(format: ExportRequest.assessmentFile, path: path.text, assessment: session.assessment, replace: false)
                    )
                ]
            default:
                path.handle(key)
                dialog.path = path
            }
            overlay = .unsavedQuit(dialog)
            return []
        }
        switch action {
        case .confirmYes?:
            overlay = nil
            return [.quit(.userQuit)]
        case .retrySave?:
            quitWhenSaved = true
            return [.save(session.assessment)]
        case .writeCopy?:
            dialog.path = TextField(ExportPath.suggested(for: session.assessment, format: ExportRequest.assessmentFile), limit: 1000)
            overlay = .unsavedQuit(dialog)
        case .confirmNo?:
            overlay = nil
        default:
            break
        }
        return []
    }

    /// The answers were written where the user asked: quitting no longer asks (until the next change).
    mutating func copyWritten(to path: String, _ text: String) -> [InterviewEffect] {
        guard let session else { return [] }
        overlay = nil
        writtenCopy = WrittenCopy(path: path, assessment: session.assessment)
        message = StatusMessage(text: "\(text) Add them back later with 'readiness import \(path)'; q now leaves.", isError: false)
        return []
    }

    // MARK: - Leaving without a word

    /// Keeps what is typed but not confirmed when the interview ends without the user choosing what to do
    /// with it (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT, a lost terminal): a note being written is saved as the
    /// note; an answer being typed, toggled or set with the arrows is saved as the answer and flagged for
    /// review, since nobody confirmed it. What cannot be kept (not a valid answer yet, a change that would
    /// set answered questions aside, a read-only assessment, names of an assessment not started) is named
    /// in `exitNotes` instead, so the way out never claims more than was saved.
    mutating func keepTypingOnExit() -> [InterviewEffect] {
        guard let session else {
            if case .start(let form) = screen, !form.organization.isBlank || !form.assessor.isBlank {
                exitNotes.append("Nothing was saved: the assessment for '\(form.organization.text)' was not started.")
            }
            return []
        }
        var effects: [InterviewEffect] = []
        if case .editor(let editor)? = overlay, editor.hasTyping {
            overlay = nil
            let title = session.questionnaire.question(editor.questionID)?.title ?? editor.questionID
            let what = editor.purpose == .note ? "the note" : "the answer"
            if let reason = readOnlyReason {
                exitNotes.append("Not saved (read-only: \(reason)): \(what) being typed for '\(title)'.")
            } else if editor.purpose == .note {
                effects += update(editor.questionID, message: nil) { $0.note = editor.field.text }
                exitNotes.append("The note being typed for '\(title)' was saved.")
            } else {
                effects += update(editor.questionID, message: nil) { record in
                    record.response = .text(editor.field.text)
                    record.flagged = true
                }
                exitNotes.append("The answer being typed for '\(title)' was saved, flagged for review: it was not confirmed.")
            }
        }
        if case .question(let focus) = screen, hasUnsavedInput, let question = session.questionnaire.question(focus.questionID) {
            switch pendingResponse(question, focus: focus) {
            case .failure(let problem):
                exitNotes.append("Not saved: what was typed for '\(question.title)'. \(problem.text)")
            case .success(let response):
                let described = AnswerText.describe(response, for: question)
                if let reason = readOnlyReason {
                    exitNotes.append("Not saved (read-only: \(reason)): '\(described)' for '\(question.title)'.")
                } else if !setAside(by: response, for: question.id).isEmpty {
                    exitNotes.append("Not saved: '\(described)' for '\(question.title)', which would set answered questions aside.")
                } else {
                    effects += update(question.id, message: nil) { record in
                        record.response = response
                        record.flagged = true
                    }
                    exitNotes.append("'\(described)' for '\(question.title)' was saved, flagged for review: it was not confirmed.")
                }
            }
        }
        return effects
    }
}
