/// How answers turn into signal points, where a questionnaire may choose: each choice defaults to the way
/// version 1 of the shipped questionnaires is scored, so an assessment taken on those scores as before,
/// and a questionnaire opts in to the stricter rules in its `scoring:` block.
struct ScoringSemantics: Sendable, Equatable {
    /// How the selections of a multiple-choice question add up for one signal.
    enum Choices: String, Sendable, CaseIterable {
        /// The points of every selection add up; the question's maximum is every combinable option together.
        /// One serious selection among several possible ones then reads as a small share.
        case sum
        /// The most serious selection counts alone; the maximum is the most any one option gives. One
        /// demanding selection is high on its own.
        case strongest
        /// The selections add up, but never past `Signal.maximumPoints`, which is also the maximum (or the
        /// options' total when that is smaller). One serious selection is high on its own when its option
        /// gives many points, and several lesser ones add up to it.
        case cappedSum = "capped-sum"
    }

    /// What an answer that reveals a blocker or a critical level does to the signals it feeds.
    enum SeriousAnswers: String, Sendable, CaseIterable {
        /// Counted like any answer: its points over the question's maximum for every signal it feeds, so a
        /// zero for a neighbouring signal counts as a known zero and can lower it and the need.
        case asScored = "as-scored"
        /// Counted only for what it reveals: for each signal, the points it gives count as known at full
        /// strength, and the rest of the question's maximum for that signal stays open, as for "don't know".
        /// Such an answer can never score lower than "don't know" on any signal or the need.
        case neverLower = "never-lower"
    }

    /// How multiple-choice selections combine.
    let choices: Choices
    /// How an answer that reveals a blocker or a critical level counts.
    let seriousAnswers: SeriousAnswers
    /// For a signal (by id), its primary question (by id): when that question's answer alone puts the signal
    /// at its critical level, the signal scores at least its critical score (`criticalAt`), so an optimistic
    /// answer to a neighbouring question cannot erase the critical gap.
    let criticalFrom: [String: String]

    /// Creates the semantics; the defaults are version 1's.
    init(choices: Choices = .sum, seriousAnswers: SeriousAnswers = .asScored, criticalFrom: [String: String] = [:]) {
        self.choices = choices
        self.seriousAnswers = seriousAnswers
        self.criticalFrom = criticalFrom
    }
}
