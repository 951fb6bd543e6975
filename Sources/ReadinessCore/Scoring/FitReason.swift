/// One fact behind the fit: why the rating, how the need was worked out, what limits the confidence.
///
/// Facts keep their parts (numbers, ratings, the questionnaire's own reason text) so a reader can ask what
/// they say; `sentence` is the one place they become words, the same in every report and on the screen.
public enum FitReason: Sendable, Equatable {
    // MARK: The rating decision

    /// A prerequisite held: its reason in the questionnaire's words and the facts that made it hold.
    case prerequisiteHolds(reason: String, evidence: [String])
    /// The need fell in a band: the band's reason, the need and the band.
    case needInBand(reason: String, need: Int, rating: Rating, minimum: Int, maximum: Int)
    /// Nothing answered feeds a signal yet, so the rating is the band of the middle of the range.
    case ratingIsMiddleOfRange

    // MARK: The need estimate

    /// No shown question can feed a signal, so there is no need to measure.
    case nothingToMeasure
    /// The need is the weighted average of the signal scores that have one.
    case weightedAverage(need: Int, terms: [WeightedScore], totalWeight: Int)
    /// A critical signal lifted the need to the critical floor.
    case liftedToCriticalFloor(floor: Int, signals: [CriticalSignal])
    /// A signal's primary question (`criticalFrom`) alone puts it at its critical level, above what its
    /// answers together give: the signal scores its critical score.
    case criticalFromPrimaryQuestion(signal: String, question: String, score: Int)
    /// No question that feeds a signal has a known answer: the need is the middle of its range.
    case needIsMiddleOfRange
    /// Scoring the unknowns at their best and at their worst leaves the need between these.
    case unknownsLeaveRange(low: Int, high: Int)

    // MARK: The range and the confidence

    /// Open answers that show or hide other questions take the need further than the arithmetic does.
    case openAnswersWidenRange(low: Int, high: Int)
    /// The range reaches into other ratings' bands.
    case ratingCouldSpan(from: Rating, to: Rating)
    /// A prerequisite is neither confirmed nor ruled out, and would give another rating.
    case unconfirmedPrerequisite(rating: Rating, reason: String)
    /// A prerequisite decided the rating and no open answer can change it: the unknowns move only the need.
    case prerequisiteSettlesRating

    /// Whether the fact states the rating as a band the need falls in: not said while the result is provisional.
    var statesRating: Bool {
        switch self {
        case .needInBand, .ratingIsMiddleOfRange: true
        default: false
        }
    }

    /// A signal's weight and score, one term of the weighted average.
    public struct WeightedScore: Sendable, Equatable {
        /// The signal's weight in the need.
        public let weight: Int
        /// The signal's score, 0 to 100.
        public let score: Int
    }

    /// A signal at or past its critical score.
    public struct CriticalSignal: Sendable, Equatable {
        /// The signal's title.
        public let title: String
        /// Its score.
        public let score: Int
        /// The score from which it is critical.
        public let criticalAt: Int
    }
}
