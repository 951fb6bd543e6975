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

    /// Earlier before later, in the order the type's cases are listed.
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
    /// The fields behind one reference: split rows carry their area, and a copy is then one retain.
    private let storage: Storage

    /// The area id.
    public var id: String { storage.id }
    /// The title shown in the split.
    public var title: String { storage.title }
    /// The owner when no rule applies.
    public var owner: Owner { storage.owner }
    /// For a shared area, which side leads.
    public var lead: Lead? { storage.lead }
    /// The phase when no rule applies.
    public var phase: Phase { storage.phase }
    /// Why the default is what it is.
    public var reason: String { storage.reason }
    /// Areas that must be in the partner's lane (partner or shared) no later than this one when the partner takes part in it.
    var requires: [String] { storage.requires }
    /// Rules in order (the first form of the split language); each one that holds may set owner, lead and
    /// phase, and adds its reason. Empty in an area written with `exceptions`.
    public var rules: [SplitRule] { storage.rules }
    /// The signals this area addresses, which the split policy's rows read through `addresses`.
    var addresses: [String] { storage.addresses }
    /// This area's exceptions to the split policy: a first-match table tried before the policy's rows.
    var exceptions: [SplitRule] { storage.exceptions }

    /// The fields, never changed after loading.
    private final class Storage: Sendable {
        let id: String
        let title: String
        let owner: Owner
        let lead: Lead?
        let phase: Phase
        let reason: String
        let requires: [String]
        let rules: [SplitRule]
        let addresses: [String]
        let exceptions: [SplitRule]

        init(
            id: String, title: String, owner: Owner, lead: Lead?, phase: Phase, reason: String, requires: [String],
            rules: [SplitRule], addresses: [String], exceptions: [SplitRule]
        ) {
            self.id = id
            self.title = title
            self.owner = owner
            self.lead = lead
            self.phase = phase
            self.reason = reason
            self.requires = requires
            self.rules = rules
            self.addresses = addresses
            self.exceptions = exceptions
        }
    }

    /// Creates an area.
    init(
        id: String, title: String, owner: Owner, lead: Lead?, phase: Phase, reason: String, requires: [String],
        rules: [SplitRule], addresses: [String] = [], exceptions: [SplitRule] = []
    ) {
        storage = Storage(
            id: id, title: title, owner: owner, lead: lead, phase: phase, reason: reason, requires: requires, rules: rules,
            addresses: addresses, exceptions: exceptions)
    }

    /// Whether the area is written in the policy form (addresses and exceptions) rather than with rules.
    var usesPolicy: Bool { rules.isEmpty }
}

/// One row of an area's split logic, with its reason. In a first-match table (an area's exceptions, or
/// the questionnaire's split policy), the first row whose condition holds decides the owner and phase. In
/// the first form's `rules:`, every row that holds overrides the fields it sets, in file order.
public struct SplitRule: Sendable {
    /// When it applies.
    public let when: Condition
    /// The owner it gives; the area's default when absent.
    public let owner: Owner?
    /// For a shared owner, which side leads; the area's default lead when absent.
    public let lead: Lead?
    /// The phase it gives; the area's default when absent.
    public let phase: Phase?
    /// The rule in words, shown on the split row with the facts behind it. Nil only for a row that decides
    /// and leaves its explanation to the rows that agree with it (`reasons: agreeing`).
    public let reason: String?
    /// Where the row is written, for warnings.
    public let location: SourceLocation

    /// Creates a row.
    init(when: Condition, owner: Owner?, lead: Lead?, phase: Phase?, reason: String?, location: SourceLocation) {
        self.when = when
        self.owner = owner
        self.lead = lead
        self.phase = phase
        self.reason = reason
        self.location = location
    }
}

/// The questionnaire-wide rules of the split, stated once.
public struct SplitPolicy: Sendable {
    /// Which signals count as the strongest: those at or above `level`, the first `count` of them by score
    /// (`countOnPossibleFit` on a possible fit, where the partner starts with one trial area).
    public struct Strongest: Sendable, Equatable {
        /// The level a signal must reach.
        public let level: SignalLevel
        /// How many of the strongest signals count.
        public let count: Int
        /// How many count on a possible fit.
        let countOnPossibleFit: Int

        /// Creates the rule.
        init(level: SignalLevel, count: Int, countOnPossibleFit: Int) {
            self.level = level
            self.count = count
            self.countOnPossibleFit = countOnPossibleFit
        }
    }

    /// Which rows a decided split row cites as its reasons.
    public enum Reasons: String, Sendable, CaseIterable {
        /// The deciding row alone (the default).
        case deciding
        /// Every row that holds and agrees with the decision on something it sets, from the most general
        /// (the last in the table) to the deciding one, after the area's own reason while the row keeps the
        /// area's owner: how a row read in the first form, so a converted file's reports read as before.
        case agreeing
    }

    /// The strongest signals, read by `strongest` and `addresses: strongest` conditions.
    public let strongest: Strongest
    /// The first-match table every area falls back to when none of its exceptions holds: what each rating
    /// does to the split, and which areas start now. When no row holds, the area keeps its default.
    public let rules: [SplitRule]
    /// Which rows a decided split row cites.
    public let reasons: Reasons

    /// Creates a policy.
    init(
        strongest: Strongest = Strongest(level: .high, count: 3, countOnPossibleFit: 1), rules: [SplitRule] = [],
        reasons: Reasons = .deciding
    ) {
        self.strongest = strongest
        self.rules = rules
        self.reasons = reasons
    }
}
