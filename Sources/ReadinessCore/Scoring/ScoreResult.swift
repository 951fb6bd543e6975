/// Everything the engine concludes from one set of answers: the fit, the signals, blockers, the split and next steps.
public struct ScoreResult: Sendable {
    /// The rating, need, range, confidence and the reasons for them.
    public let fit: Fit
    /// Every signal with the answers and arithmetic behind it, in questionnaire order.
    public let signals: [SignalResult]
    /// Triggered blockers, reported before anything else.
    public let blockers: [BlockerResult]
    /// The recommended starting split, one row per area.
    public let split: [SplitRow]
    /// The ordered next steps, blockers' steps first.
    public let nextSteps: [String]
    /// "Verify before deciding": unanswered and "don't know" questions, those that could move the result most first.
    public let unknowns: [UnknownItem]
    /// Ids of the questions currently shown, in order.
    public let visibleQuestionIDs: [String]
    /// How many shown questions have a response (including "don't know" and "not applicable").
    public let answeredCount: Int

    /// The signals sorted strongest first (ties in questionnaire order).
    public var strongestSignals: [SignalResult] {
        signals.enumerated()
            .sorted { ($0.element.score ?? -1, -$0.offset) > ($1.element.score ?? -1, -$1.offset) }
            .map(\.element)
    }
}

/// The fit: a rating, the need with its range and confidence, what decided the rating and why.
///
/// Made only by `FitPipeline`, so every reader (report, show, list, the live pane) gets the same numbers.
public struct Fit: Sendable, Equatable {
    /// The rating.
    public var rating: Rating { decision.rating }
    /// How strongly the signals show a need for added coverage and depth, 0 to 100.
    public let need: Int
    /// The lowest need the unknowns allow: all at their best, or lower when trying an open answer that
    /// shows or hides other questions finds it.
    public let low: Int
    /// The highest need the unknowns allow, found the same way.
    public let high: Int
    /// How much the unknowns leave open.
    public let confidence: Confidence
    /// What decided the rating.
    public let decision: RatingDecision
    /// Why, in order: the deciding rule, the arithmetic of the need, what widens the range, what limits
    /// the confidence.
    public let facts: [FitReason]
    /// Set when too little is known to state the rating straight: show the range and what would settle it.
    public let provisional: Provisional?

    /// Whether too little is known to state the rating straight.
    public var isProvisional: Bool { provisional != nil }

    /// The facts in words. A provisional result states no rating: the sentence of the rule that would decide
    /// it (a band and the single need in it) gives way to why it is too early to tell, so every reader (the
    /// results screen, the live pane, every report) says the same.
    public var reasons: [String] {
        guard let provisional else { return facts.map(\.sentence) }
        return provisional.reasons + facts.filter { !$0.statesRating }.map(\.provisionalSentence)
    }
}

/// How much the unknowns leave open.
public enum Confidence: String, Sendable, Codable, CaseIterable {
    case high
    case medium
    case low
}

/// One signal's score and the answers behind it.
public struct SignalResult: Sendable, Equatable {
    /// The signal id.
    public let id: String
    /// The signal title.
    public let title: String
    /// Its weight in the need.
    public let weight: Int
    /// Points from known answers out of their maximum, 0 to 100; nil when no known answer fed it.
    public let score: Int?
    /// The score with unknowns at their best.
    public let low: Int?
    /// The score with unknowns at their worst.
    public let high: Int?
    /// The level of the score; nil without a score.
    public let level: SignalLevel?
    /// Points from known answers.
    public let points: Int
    /// The most those known answers could have given.
    public let maximum: Int
    /// The most the unknown and unanswered questions could add.
    public let unknownMaximum: Int
    /// Each answer that fed the signal.
    public let contributions: [Contribution]
    /// Set when a primary question (`criticalFrom`) lifted the score above what `points` of `maximum` give.
    public var lift: ScoreLift? = nil
}

/// A score raised by a primary question (`criticalFrom`): its answer alone shows a critical gap, so the
/// signal scores at least its critical score, whatever its other answers say.
public struct ScoreLift: Sendable, Equatable {
    /// The primary question's title.
    public let questionTitle: String
    /// The score the known points give, before the lift.
    public let from: Int
    /// The score after the lift: the signal's critical score.
    public let to: Int
}

/// One answer's part in a signal's score.
public struct Contribution: Sendable, Equatable {
    /// The question id.
    public let questionID: String
    /// The question title.
    public let questionTitle: String
    /// The answer in words.
    public let answer: String
    /// Points given; nil for "don't know" or unanswered.
    public let points: Int?
    /// The most this question could give the signal.
    public let maximum: Int
    /// Whether the answer counts only for the points it gives (`seriousAnswers: never-lower`: it reveals a
    /// blocker or a critical level): its points are known at full strength, `points` of `points` in the
    /// signal's sums, and the rest of `maximum` stays open, as for "don't know".
    public var countsOnlyItsPoints = false
}

/// A triggered blocker with the answers that triggered it.
public struct BlockerResult: Sendable, Equatable {
    /// The blocker id.
    public let id: String
    /// The title.
    public let title: String
    /// What it means.
    public let explanation: String
    /// Its step, if any.
    public let step: String?
    /// The facts that triggered it.
    public let evidence: [String]
}

/// One row of the split: an area, its owner, phase and reasons.
public struct SplitRow: Sendable, Equatable {
    /// The area id.
    public let areaID: String
    /// The area title.
    public let title: String
    /// Who owns it.
    public let owner: Owner
    /// For a shared area, who leads.
    public let lead: Lead?
    /// When it starts.
    public let phase: Phase
    /// Why, default reason first, then each rule that applied, with the answers it cites.
    public let reasons: [String]
}

/// A question whose answer is missing or "don't know", with how much it could change.
public struct UnknownItem: Sendable, Equatable {
    /// The question id.
    public let questionID: String
    /// The question title.
    public let title: String
    /// Whether it was answered "don't know" (otherwise it is unanswered).
    public let isDontKnow: Bool
    /// The most its possible answers could move the need, in points.
    public let swing: Int
    /// Ratings its possible answers could lead to other than the current one.
    public let couldChangeRatingTo: [Rating]
    /// Blockers one of its answers could trigger.
    public let couldTriggerBlockers: [String]
    /// Whether one of its answers would settle the rating through a prerequisite (such as nobody internal).
    public let couldDecideRating: Bool
    /// Whether the swing is estimated from the points rather than tried answer by answer (questionnaires
    /// past `AskNext.budget`); rating changes and blockers are then not known.
    public let isEstimate: Bool

    /// Creates an item.
    init(
        questionID: String, title: String, isDontKnow: Bool, swing: Int, couldChangeRatingTo: [Rating], couldTriggerBlockers: [String],
        couldDecideRating: Bool = false, isEstimate: Bool = false
    ) {
        self.isEstimate = isEstimate
        self.questionID = questionID
        self.title = title
        self.isDontKnow = isDontKnow
        self.swing = swing
        self.couldChangeRatingTo = couldChangeRatingTo
        self.couldTriggerBlockers = couldTriggerBlockers
        self.couldDecideRating = couldDecideRating
    }

    /// A sentence for the pane and reports: "could move need by up to 18; could change the rating to good-fit".
    public var impact: String {
        if isEstimate { return "could move need by up to about \(swing) (estimated from its points)" }
        var parts: [String] = []
        parts.append(swing > 0 ? "could move need by up to \(swing)" : "cannot move need")
        if !couldChangeRatingTo.isEmpty {
            parts.append("could change the rating to \(couldChangeRatingTo.map(\.rawValue).joined(separator: " or "))")
        }
        if !couldTriggerBlockers.isEmpty {
            parts.append("could reveal a blocker")
        }
        return parts.joined(separator: "; ")
    }
}
