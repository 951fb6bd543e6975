/// Which one-answer trials cannot widen a listing's range, so that it may leave them out.
///
/// A listing's trials (`AnswerTrials` with `forRangeOnly`, no prerequisite deciding the rating) are read
/// for one thing only: whether some answer's need falls outside the range the arithmetic gives, `need.low`
/// to `need.high` (every unknown at its best, then at its worst). A trial whose need is certain to fall
/// inside it changes nothing shown, and this says which those are. The proof, per scoring rule:
///
/// 1. **Each signal.** Say a signal has the known points `P` of `M`, `U` left open (the tried question's
///    share `m` among them) and `0 <= P <= M`. An answer giving `0 <= p <= m` makes the score
///    `(P + p) / (M + m)`, which lies between `P / (M + U)` (its low) and `(P + U) / (M + U)` (its high):
///    `(P + p)(M + U) >= P(M + m)`, and `(P + p) / (M + m) <= (P + m) / (M + m) <= (P + U) / (M + U)`
///    since `P(U - m) <= M(U - m)`. "Not applicable" leaves `P / M`, also between them. Signals the question
///    does not feed keep their score, between their low and high likewise. Each is worked out as
///    `100 * Double(a) / Double(b)` from integers, which rounding keeps in the same order, and a
///    primary question's lift (`criticalFrom`) is the same `max` on all three, so it keeps the order too.
/// 2. **The need.** When every signal that has a range also has evidence (`maximum > 0`), the trial's
///    average and the low and high averages run over the same signals with the same weights, term by
///    term in order: the trial's lies between them, in floating point as well (every step is monotone).
///    A critical signal lifting the trial's need to the floor reaches its critical level in the high too,
///    so the high is lifted at least as far; a signal critical in the low is critical in the trial, so
///    the trial is lifted as far as the low. Rounding half up keeps the order, so the trial's need is
///    within `need.low...need.high`.
///
/// What the proof rests on, checked here rather than assumed: no answer of the question gives a signal
/// more than the question's maximum for it or less than nothing; the question is no signal's primary
/// question (its answer would change the lift itself); serious answers (`never-lower`) are off (an answer
/// could count other answers again); the answer shows and hides nothing (the sums would be of other
/// questions); and the baseline's sums are within their maxima with evidence for every signal with a range.
struct TrialsWithinRange: Sendable {
    /// For each question in order, for each of its possible answers (`TrialPlan.possibleResponses`), whether
    /// the answer alone is known to keep the trial within the range: the parts of the proof that depend on
    /// the questionnaire only.
    let answers: [[Bool]]

    init(questionnaire: Questionnaire, questionPoints: [QuestionPoints], possibleResponses: [[Response]]) {
        let semantics = questionnaire.scoring.semantics
        let primaries = Set(semantics.criticalFrom.values)
        answers = questionnaire.questions.indices.map { position in
            let question = questionnaire.questions[position]
            guard semantics.seriousAnswers != .neverLower, !primaries.contains(question.id) else {
                return possibleResponses[position].map { _ in false }
            }
            return possibleResponses[position].map { response in
                questionPoints[position].maxima.allSatisfy { signal, maximum in
                    let share = SignalAccumulator.share(
                        of: response, to: question.kind, signalID: questionnaire.signals[signal].id, maximum: maximum,
                        choices: semantics.choices, isSerious: false)
                    return 0 <= share.points && share.points <= share.maximum && share.maximum <= maximum
                        && share.unknownMaximum == 0
                }
            }
        }
    }
}

extension CoreEvaluation {
    /// The part of `TrialsWithinRange`'s proof that depends on the answers: no serious answers are counted,
    /// every signal's known points are within its known maximum, and every signal with a range has evidence.
    var trialsStayWithinRange: Bool {
        parts.serious == nil
            && parts.accumulators.allSatisfy { sums in
                0 <= sums.points && sums.points <= sums.maximum && sums.unknownMaximum >= 0
                    && (sums.maximum > 0 || sums.unknownMaximum == 0)
            }
    }
}
