/// What decided the rating. A value to ask, never a string to parse: the reports, the live pane and
/// confidence read which kind of rule it was from the case.
public enum RatingDecision: Sendable, Equatable {
    /// A prerequisite held (nobody internal to keep ownership, leadership handing IT off) and settled the
    /// rating whatever the need.
    case prerequisite(id: String, rating: Rating)
    /// The need fell in this rating's band.
    case band(Rating)
    /// A critical signal lifted the need to the critical floor, and the floor fell in this rating's band.
    case criticalFloor(Rating, floor: Int)
    /// Nothing answered feeds a signal yet: the need is the middle of its range and this rating is that
    /// middle's band, not a finding.
    case middleOfRange(Rating)

    /// The rating decided.
    public var rating: Rating {
        switch self {
        case .prerequisite(_, let rating), .band(let rating), .criticalFloor(let rating, _), .middleOfRange(let rating): rating
        }
    }

    /// The prerequisite's id when a prerequisite decided, else nil.
    public var prerequisiteID: String? {
        if case .prerequisite(let id, _) = self { return id }
        return nil
    }

    /// The rule as the JSON report's `decidedBy` names it: `prerequisite:<id>`, or `band:<rating>` for every
    /// decision the need made (the band is the rule; the floor and the middle are how the need got there).
    public var ruleName: String {
        if let prerequisiteID { return "prerequisite:\(prerequisiteID)" }
        return "band:\(rating.rawValue)"
    }
}
