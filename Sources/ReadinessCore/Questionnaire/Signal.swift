/// A readiness signal, such as a reactive workload or single-person dependency.
public struct Signal: Sendable {
    /// The signal id; the six guide signals keep fixed ids in every shipped questionnaire.
    public let id: String
    /// The title shown to people.
    public let title: String
    /// One sentence on what the signal means.
    public let summary: String?
    /// Its weight in the need score, 1 to 5.
    public let weight: Int
    /// The score (0 to 100) from which the signal is critical and lifts the need on its own; nil if it never is.
    public let criticalAt: Int?
    /// What a sales engineer can say when the signal is strong, for the internal team's ears.
    public let talkingPoints: [String]

    /// The largest number of points one response may add to a signal.
    static let maximumPoints = 10
    /// The allowed weights.
    static let weights = 1...5

    /// Creates a signal.
    init(id: String, title: String, summary: String?, weight: Int, criticalAt: Int?, talkingPoints: [String]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.weight = weight
        self.criticalAt = criticalAt
        self.talkingPoints = talkingPoints
    }
}

/// How strongly a signal shows.
public enum SignalLevel: String, Sendable, CaseIterable, Comparable, Codable {
    case low
    case moderate
    case high
    case critical

    private var rank: Int {
        switch self {
        case .low: 0
        case .moderate: 1
        case .high: 2
        case .critical: 3
        }
    }

    /// Earlier before later, in the order the type's cases are listed.
    public static func < (lhs: SignalLevel, rhs: SignalLevel) -> Bool { lhs.rank < rhs.rank }
}

/// Thresholds the engine uses; each has a default so a questionnaire may leave it out.
public struct ScoringSettings: Sendable {
    /// A signal score from which the level is moderate.
    public let moderateAt: Int
    /// A signal score from which the level is high.
    public let highAt: Int
    /// The need is at least this when any signal reaches its critical level, so averaging never hides a critical gap.
    public let criticalFloor: Int
    /// The widest need range (high minus low) that still counts as high confidence.
    let highConfidenceWidth: Int
    /// The widest need range that still counts as medium confidence.
    let mediumConfidenceWidth: Int
    /// How answers become points where a questionnaire may choose (multiple choices, serious answers,
    /// primary questions); the defaults score as version 1 did.
    let semantics: ScoringSemantics

    /// Creates the settings.
    init(
        moderateAt: Int = 35, highAt: Int = 60, criticalFloor: Int = 70, highConfidenceWidth: Int = 10, mediumConfidenceWidth: Int = 25,
        semantics: ScoringSemantics = ScoringSemantics()
    ) {
        self.moderateAt = moderateAt
        self.highAt = highAt
        self.criticalFloor = criticalFloor
        self.highConfidenceWidth = highConfidenceWidth
        self.mediumConfidenceWidth = mediumConfidenceWidth
        self.semantics = semantics
    }

    /// The level of a signal score.
    public func level(of score: Double, for signal: Signal) -> SignalLevel {
        if let critical = signal.criticalAt, score >= Double(critical) { return .critical }
        if score >= Double(highAt) { return .high }
        if score >= Double(moderateAt) { return .moderate }
        return .low
    }
}
