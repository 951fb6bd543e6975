/// Who owns a responsibility area.
public enum Owner: String, Sendable, CaseIterable, Codable {
    case `internal`
    case partner
    case shared
}

/// Which side leads a shared area.
public enum Lead: String, Sendable, CaseIterable, Codable {
    case `internal`
    case partner
}

/// When an area starts: the first 30 days, 60 to 90 days, or as needed.
public enum Phase: String, Sendable, CaseIterable, Codable, Comparable {
    case now
    case next
    case later

    private var rank: Int {
        switch self {
        case .now: 0
        case .next: 1
        case .later: 2
        }
    }

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rank < rhs.rank }

    /// The phase in words for reports.
    public var title: String {
        switch self {
        case .now: "Now (first 30 days)"
        case .next: "Next (60-90 days)"
        case .later: "Later (as needed)"
        }
    }
}

/// A responsibility area of the split, with its default and the rules that change it.
public struct Area: Sendable {
    /// The area id.
    public let id: String
    /// The title shown in the split.
    public let title: String
    /// The owner when no rule applies.
    public let owner: Owner
    /// For a shared area, which side leads.
    public let lead: Lead?
    /// The phase when no rule applies.
    public let phase: Phase
    /// Why the default is what it is.
    public let reason: String
    /// Areas that must be in the partner's lane (partner or shared) no later than this one when the partner takes part in it.
    public let requires: [String]
    /// Rules in order; each one that holds may set owner, lead and phase, and adds its reason.
    public let rules: [AreaRule]

    /// Creates an area.
    public init(id: String, title: String, owner: Owner, lead: Lead?, phase: Phase, reason: String, requires: [String], rules: [AreaRule]) {
        self.id = id
        self.title = title
        self.owner = owner
        self.lead = lead
        self.phase = phase
        self.reason = reason
        self.requires = requires
        self.rules = rules
    }
}

/// A rule that changes an area's owner or phase when its condition holds, with the reason.
public struct AreaRule: Sendable {
    /// When it applies.
    public let when: Condition
    /// The new owner, if it changes.
    public let owner: Owner?
    /// The new lead, if it changes.
    public let lead: Lead?
    /// The new phase, if it changes.
    public let phase: Phase?
    /// Why.
    public let reason: String
    /// Where the rule is written, named in the arithmetic.
    public let location: SourceLocation

    /// Creates a rule.
    public init(when: Condition, owner: Owner?, lead: Lead?, phase: Phase?, reason: String, location: SourceLocation) {
        self.when = when
        self.owner = owner
        self.lead = lead
        self.phase = phase
        self.reason = reason
        self.location = location
    }
}
