import ReadinessCore

/// What the user means, whatever they pressed or typed to say it.
///
/// Plain mode turns each typed line into one intent ("3" on a choice question is `.chooseOption(2)`), so
/// it never replays key presses the full screen would have needed (option 12 is not Home and eleven
/// Downs). Keys on the full screen map to the same intents where one key means one thing (`d`, `x`, `f`).
public enum InterviewIntent: Sendable, Equatable {
    /// Starts a new assessment from the start screen with these details.
    case startNew(organization: String, assessor: String, mode: Assessment.Mode)
    /// Chooses the option at this position (from 0) of the shown question: answers a single choice or a
    /// scale (the position of the value), toggles a multiple choice's option without confirming.
    case chooseOption(Int)
    /// Answers a multiple choice with exactly these options, by position (from 0).
    case chooseOptions([Int])
    /// Answers the shown question with a value (a number, a text, a scale value, ...).
    case setValue(Response)
    /// Answers "don't know".
    case markDontKnow
    /// Answers "not applicable".
    case markNotApplicable
    /// Leaves the shown question unanswered for now and moves on.
    case skip
    /// Keeps the saved answer (or none) and moves on, as Tab does.
    case keepAndContinue
    /// The previous shown question.
    case back
    /// The unknown question that could move the result most.
    case askNext
    /// The list of answers.
    case review
    /// Closes the review: back to the question it was opened from, or the results.
    case closeReview
    /// Flags the shown question for review, or removes its flag.
    case toggleFlag
    /// Sets the shown question's note; blank text removes it. The note's sharing is kept as it was
    /// (private for a new note); `setNoteShared` changes it.
    case setNote(String)
    /// Marks the shown question's note shared with the customer (true: the client copy prints it) or
    /// private (false), as Ctrl-T in the full screen's note box does. Refused when there is no note.
    case setNoteShared(Bool)
    /// Opens a question to change its answer; answering it returns to the review.
    case changeAnswer(questionID: String)
    /// The results (marking the assessment complete when every shown question is answered).
    case showResults
    /// Answers the confirmation shown (a change that sets answers aside, quitting): yes or no.
    case confirm(Bool)
    /// Closes what is shown over the screen without answering it (help, the reasons, an editor), as Esc
    /// does; nothing when nothing is shown.
    case closeOverlay
    /// Keeps an answer tried in what-if: it replaces the saved answer.
    case keepTriedAnswer(questionID: String, response: Response)
    /// Writes the summary of the assessment as it stands, in a format, to a path, as the client or the
    /// internal copy (which may add the talking points); an existing file is not replaced without asking.
    case export(format: String, path: String, audience: Audience, talkingPoints: Bool = false)
    /// Continues the finished assessment into another questionnaire (by id, one of
    /// `InterviewModel.continuationTargets`): a new assessment with the shared answers, opened at once.
    case continueInto(questionnaireID: String)
    /// Leaves the interview (asking first when something typed is not saved).
    case quit
}
