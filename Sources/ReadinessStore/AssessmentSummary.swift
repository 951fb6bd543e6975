import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One row of `readiness list`: who, which questionnaire, how far, and the result once complete.
public struct AssessmentSummary: Sendable, Equatable {
    /// A complete assessment's result as the list shows it: the fit's rating, need, range and confidence,
    /// from the same pipeline as `report` and `show`.
    public struct Outcome: Sendable, Equatable {
        /// The rating.
        public var rating: Rating
        /// The need, 0 to 100.
        public var need: Int
        /// The lowest need the unknowns allow.
        public var low: Int
        /// The highest need the unknowns allow.
        public var high: Int
        /// How much the unknowns leave open.
        public var confidence: Confidence
        /// Whether too little is known to state the rating straight (the core's `Fit.provisional`): the
        /// list then says so instead of the rating, as `report` and `show` do.
        public var provisional: Bool

        /// Creates an outcome.
        init(rating: Rating, need: Int, low: Int, high: Int, confidence: Confidence, provisional: Bool) {
            self.rating = rating
            self.need = need
            self.low = low
            self.high = high
            self.confidence = confidence
            self.provisional = provisional
        }

        /// The parts of a fit the list shows.
        init(_ fit: Fit) {
            self.init(
                rating: fit.rating, need: fit.need, low: fit.low, high: fit.high, confidence: fit.confidence,
                provisional: fit.isProvisional)
        }
    }

    /// The assessment's id.
    public var id: String
    /// The organization assessed.
    public var organization: String
    /// The person running it.
    public var assessor: String
    /// The questionnaire id.
    public var questionnaireID: String
    /// The questionnaire version it was answered under.
    public var answeredVersion: String
    /// The version it was read and counted with (differs when only another version is available).
    public var scoredVersion: String
    /// Call or self-assessment.
    public var mode: Assessment.Mode
    /// Draft or complete.
    public var status: Assessment.Status
    /// When it was started.
    public var created: Date
    /// When it last changed.
    public var updated: Date
    /// How many shown questions are answered.
    public var answered: Int
    /// How many questions are shown for its answers.
    public var shown: Int
    /// The result, for a complete assessment only: a draft's rating would be premature.
    public var outcome: Outcome?
    /// The assessment this one continues (the discovery call it was carried over from), if any.
    public var continuedFrom: String?

    /// The rating, for a complete assessment only.
    public var rating: Rating? { outcome?.rating }

    /// Creates a summary.
    init(
        id: String, organization: String, assessor: String, questionnaireID: String, answeredVersion: String,
        scoredVersion: String, mode: Assessment.Mode, status: Assessment.Status, created: Date, updated: Date,
        answered: Int, shown: Int, outcome: Outcome?, continuedFrom: String?
    ) {
        self.id = id
        self.organization = organization
        self.assessor = assessor
        self.questionnaireID = questionnaireID
        self.answeredVersion = answeredVersion
        self.scoredVersion = scoredVersion
        self.mode = mode
        self.status = status
        self.created = created
        self.updated = updated
        self.answered = answered
        self.shown = shown
        self.outcome = outcome
        self.continuedFrom = continuedFrom
    }

    /// Summarizes an assessment with the scorer of the questionnaire it was read with; only a complete
    /// one is scored.
    init(_ assessment: Assessment, scorer: Scorer) {
        let questionnaire = scorer.questionnaire
        let answered: Int
        let shown: Int
        var outcome: Outcome?
        if assessment.status == .complete {
            let progress = scorer.progress(assessment)
            (answered, shown, outcome) = (progress.answered, progress.shown, Outcome(progress.fit))
        } else {
            (answered, shown) = scorer.answeredCount(assessment)
        }
        self.init(
            id: assessment.id, organization: assessment.organization, assessor: assessment.assessor,
            questionnaireID: assessment.questionnaireID, answeredVersion: assessment.questionnaireVersion,
            scoredVersion: questionnaire.version, mode: assessment.mode, status: assessment.status,
            created: assessment.created, updated: assessment.updated, answered: answered, shown: shown, outcome: outcome,
            continuedFrom: assessment.continuedFrom)
    }

    /// Newest first; ties broken by id so the order is stable.
    static func newestFirst(_ lhs: AssessmentSummary, _ rhs: AssessmentSummary) -> Bool {
        newestFirst((lhs.updated, lhs.id), (rhs.updated, rhs.id))
    }

    /// The same order from a row's date and id alone.
    static func newestFirst(_ lhs: (updated: Date, id: String), _ rhs: (updated: Date, id: String)) -> Bool {
        lhs.updated != rhs.updated ? lhs.updated > rhs.updated : lhs.id > rhs.id
    }
}

/// One scorer per questionnaire version, so a listing works out each questionnaire's maxima once.
struct ScorerCache {
    private var scorers: [String: Scorer] = [:]

    mutating func scorer(for questionnaire: Questionnaire) -> Scorer {
        let key = questionnaire.id + "\u{0}" + questionnaire.version
        if let scorer = scorers[key] { return scorer }
        let scorer = Scorer(questionnaire: questionnaire)
        scorers[key] = scorer
        return scorer
    }
}
