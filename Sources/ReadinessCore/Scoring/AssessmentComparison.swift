#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What changed between two assessments scored under the same questionnaire: the rating, the need, every
/// signal, the split rows whose owner or phase moved, the blockers, and the answers.
///
/// The direction is from `before` to `after` as given: differences are `after - before`.
public struct AssessmentComparison: Sendable {
    /// One assessment's side of the comparison.
    public struct Side: Sendable, Equatable {
        /// The assessment's id.
        public let id: String
        /// The organization assessed.
        public let organization: String
        /// Draft or complete.
        public let status: Assessment.Status
        /// When it last changed.
        public let updated: Date
        /// The questionnaire version it was answered under.
        public let answeredVersion: String
        /// The fit under the questionnaire both are scored with.
        public let fit: Fit
        /// How many shown questions are answered.
        public let answered: Int
        /// How many questions are shown.
        public let shown: Int
    }

    /// A signal's score on both sides.
    public struct SignalChange: Sendable, Equatable {
        /// The signal id.
        public let id: String
        /// The signal title.
        public let title: String
        /// The score before; nil when no known answer fed it.
        public let before: Int?
        /// The score after.
        public let after: Int?
        /// The level before.
        public let beforeLevel: SignalLevel?
        /// The level after.
        public let afterLevel: SignalLevel?

        /// `after - before`, when both have a score.
        public var difference: Int? {
            guard let before, let after else { return nil }
            return after - before
        }

        /// Whether the score or its presence changed.
        public var changed: Bool { before != after }
    }

    /// A split row whose owner, lead or phase differs.
    public struct SplitChange: Sendable, Equatable {
        /// The area id.
        public let areaID: String
        /// The area title.
        public let title: String
        /// The row before.
        public let before: Placement
        /// The row after.
        public let after: Placement
    }

    /// Where a split row sits: its owner, the lead of a shared row, and its phase.
    public struct Placement: Sendable, Equatable, CustomStringConvertible {
        /// Who owns it.
        public let owner: Owner
        /// For a shared row, who leads.
        public let lead: Lead?
        /// When it starts.
        public let phase: Phase

        /// `partner, now` or `shared (internal leads), next`.
        public var description: String {
            let lead = lead.map { " (\($0.rawValue) leads)" } ?? ""
            return "\(owner.rawValue)\(lead), \(phase.rawValue)"
        }
    }

    /// An answer that differs, described in words.
    public struct AnswerChange: Sendable, Equatable {
        /// The question id.
        public let questionID: String
        /// The question title.
        public let title: String
        /// The answer before, in words ("not answered" when there was none).
        public let before: String
        /// The answer after.
        public let after: String
    }

    /// The earlier side, as given.
    public let before: Side
    /// The later side, as given.
    public let after: Side
    /// The questionnaire both were scored with.
    public let questionnaireID: String
    /// Its version.
    public let scoredVersion: String
    /// Every signal, in questionnaire order, changed or not.
    public let signals: [SignalChange]
    /// Split rows whose owner, lead or phase changed, in questionnaire order.
    public let split: [SplitChange]
    /// Blockers triggered after but not before, by title.
    public let blockersAdded: [String]
    /// Blockers triggered before but not after, by title.
    public let blockersCleared: [String]
    /// Answers that differ, in questionnaire order.
    public let answers: [AnswerChange]

    /// `after.need - before.need`.
    public var needDifference: Int { after.fit.need - before.fit.need }

    /// Whether the rating changed.
    public var ratingChanged: Bool { before.fit.rating != after.fit.rating }

    /// Whether the two are of different organizations (compared anyway: same questionnaire).
    public var differentOrganizations: Bool {
        Self.normalized(before.organization) != Self.normalized(after.organization)
    }

    /// Compares two assessments of the scorer's questionnaire.
    public init(before: Assessment, after: Assessment, scorer: Scorer) {
        let questionnaire = scorer.questionnaire
        let first = scorer.score(before)
        let second = scorer.score(after)
        self.before = Side(before, first)
        self.after = Side(after, second)
        questionnaireID = questionnaire.id
        scoredVersion = questionnaire.version
        signals = zip(first.signals, second.signals).map { old, new in
            SignalChange(id: new.id, title: new.title, before: old.score, after: new.score, beforeLevel: old.level, afterLevel: new.level)
        }
        split = zip(first.split, second.split).compactMap { old, new in
            let was = Placement(owner: old.owner, lead: old.lead, phase: old.phase)
            let now = Placement(owner: new.owner, lead: new.lead, phase: new.phase)
            return was == now ? nil : SplitChange(areaID: new.areaID, title: new.title, before: was, after: now)
        }
        let oldBlockers = first.blockers.map(\.title)
        let newBlockers = second.blockers.map(\.title)
        blockersAdded = newBlockers.filter { !oldBlockers.contains($0) }
        blockersCleared = oldBlockers.filter { !newBlockers.contains($0) }
        answers = questionnaire.questions.compactMap { question in
            let old = before.response(to: question.id)
            let new = after.response(to: question.id)
            guard old != new else { return nil }
            return AnswerChange(
                questionID: question.id, title: question.title,
                before: AnswerText.describe(old, for: question), after: AnswerText.describe(new, for: question))
        }
    }

    private static func normalized(_ name: String) -> String {
        name.trimmingWhitespace().lowercased()
    }
}

extension AssessmentComparison.Side {
    init(_ assessment: Assessment, _ result: ScoreResult) {
        self.init(
            id: assessment.id, organization: assessment.organization, status: assessment.status,
            updated: assessment.updated, answeredVersion: assessment.questionnaireVersion, fit: result.fit,
            answered: result.answeredCount, shown: result.visibleQuestionIDs.count)
    }
}
