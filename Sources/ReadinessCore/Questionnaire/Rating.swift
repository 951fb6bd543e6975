/// The fit rating: one of five, as the guide frames it.
public enum Rating: String, Sendable, CaseIterable, Codable {
    case strongFit = "strong-fit"
    case goodFit = "good-fit"
    case possibleFit = "possible-fit"
    case notYet = "not-yet"
    case fullyManaged = "fully-managed"

    /// The rating in words.
    public var title: String {
        switch self {
        case .strongFit: "Strong fit"
        case .goodFit: "Good fit"
        case .possibleFit: "Possible fit"
        case .notYet: "Not yet"
        case .fullyManaged: "Fully managed first"
        }
    }

    /// A glyph that carries the meaning without colour.
    public var glyph: String {
        switch self {
        case .strongFit: "●●●"
        case .goodFit: "●●○"
        case .possibleFit: "●○○"
        case .notYet: "○○○"
        case .fullyManaged: "◆"
        }
    }

    /// The glyph in plain ASCII, for terminals without UTF-8.
    public var asciiGlyph: String {
        switch self {
        case .strongFit: "[###]"
        case .goodFit: "[##-]"
        case .possibleFit: "[#--]"
        case .notYet: "[---]"
        case .fullyManaged: "[FM]"
        }
    }
}

/// How the rating is decided: prerequisites first, then the need bands.
public struct RatingRules: Sendable {
    /// Checked in order; the first whose condition holds decides the rating whatever the need.
    public let prerequisites: [Prerequisite]
    /// Need bands covering 0 to 100 without gaps or overlaps.
    public let bands: [RatingBand]

    /// Creates the rules.
    init(prerequisites: [Prerequisite], bands: [RatingBand]) {
        self.prerequisites = prerequisites
        self.bands = bands
    }

    /// The band a need falls in.
    public func band(for need: Int) -> RatingBand? {
        bands.first { $0.minimum <= need && need <= $0.maximum }
    }
}

/// A fit prerequisite, such as an internal team to keep ownership.
public struct Prerequisite: Sendable {
    /// The rule id, named in the result.
    public let id: String
    /// When this holds, the rating is decided.
    public let when: Condition
    /// The rating it gives.
    public let rating: Rating
    /// Why, in words for the report.
    public let reason: String

    /// Creates a prerequisite.
    init(id: String, when: Condition, rating: Rating, reason: String) {
        self.id = id
        self.when = when
        self.rating = rating
        self.reason = reason
    }
}

/// A range of need (inclusive at both ends) and the rating it gives.
public struct RatingBand: Sendable {
    /// The rating.
    public let rating: Rating
    /// The smallest need in the band.
    public let minimum: Int
    /// The largest need in the band.
    public let maximum: Int
    /// Why, in words for the report.
    public let reason: String

    /// Creates a band.
    init(rating: Rating, minimum: Int, maximum: Int, reason: String) {
        self.rating = rating
        self.minimum = minimum
        self.maximum = maximum
        self.reason = reason
    }
}

/// A condition reported before anything else, whatever the score says.
public struct Blocker: Sendable {
    /// The blocker id.
    public let id: String
    /// When it is triggered.
    public let when: Condition
    /// A short title ("Backups have never been test-restored").
    public let title: String
    /// What it means and why it comes first.
    public let explanation: String
    /// The next step it puts at the top of the list, if any.
    public let step: String?

    /// Creates a blocker.
    init(id: String, when: Condition, title: String, explanation: String, step: String?) {
        self.id = id
        self.when = when
        self.title = title
        self.explanation = explanation
        self.step = step
    }
}

/// Who may read a piece of a report: the customer (`client`) or only the people who made it (`internal`).
public enum Audience: String, Sendable, CaseIterable, Codable {
    case client
    case `internal`
}

/// A next step offered when its condition holds (always, without one).
public struct NextStep: Sendable {
    /// The step id.
    public let id: String
    /// When it applies.
    public let when: Condition?
    /// The step, in words.
    public let text: String
    /// Who the step is for: an `internal` step is the assessor's own to-do ("send this summary") and is
    /// left out of the client copy of a report.
    public let audience: Audience

    /// Creates a step.
    init(id: String, when: Condition?, text: String, audience: Audience = .client) {
        self.id = id
        self.when = when
        self.text = text
        self.audience = audience
    }
}
