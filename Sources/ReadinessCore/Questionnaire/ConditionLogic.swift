/// What can be known about conditions from how they are written, without any answers: which ones can
/// never hold, and which ones can hold only when another does. `validate` warns with these; both are
/// cautious (a "no" means "not shown from the text", never "proven possible").
enum ConditionLogic {
    /// Whether `condition` can hold only when `other` holds too, so a row with `condition` after a row
    /// with `other` in a first-match table never decides.
    static func implies(_ condition: Condition, _ other: Condition) -> Bool {
        let condition = unwrapped(condition)
        let other = unwrapped(other)
        if condition == other { return true }
        if case .all(let items) = condition, items.contains(where: { implies($0, other) }) { return true }
        if case .any(let items) = condition, items.allSatisfy({ implies($0, other) }) { return true }
        if case .all(let items) = other, items.allSatisfy({ implies(condition, $0) }) { return true }
        if case .any(let items) = other, items.contains(where: { implies(condition, $0) }) { return true }
        if case .rating(let some) = condition, case .rating(let more) = other { return Set(some).isSubset(of: Set(more)) }
        return false
    }

    /// Whether the condition can never hold: an impossible test in every way it could hold, a test and its
    /// negation together, or ratings that exclude each other. `impossible` names tests already known to
    /// never hold (such as an answer outside its question's bounds).
    static func neverHolds(_ condition: Condition, impossible: [Condition] = []) -> Bool {
        switch unwrapped(condition) {
        case .all(let items):
            if items.contains(where: { neverHolds($0, impossible: impossible) }) { return true }
            let plain = items.map(unwrapped)
            for item in plain {
                if case .not(let inner) = item, plain.contains(where: { implies($0, inner) }) { return true }
            }
            var ratings = Set(Rating.allCases)
            for item in plain {
                if case .rating(let allowed) = item { ratings.formIntersection(allowed) }
                if case .not(let inner) = item, case .rating(let excluded) = unwrapped(inner) { ratings.subtract(excluded) }
            }
            return ratings.isEmpty
        case .any(let items):
            return items.allSatisfy { neverHolds($0, impossible: impossible) }
        case .rating(let ratings):
            return ratings.isEmpty
        case let other:
            return impossible.contains(other)
        }
    }

    /// The condition with named conditions replaced by what they stand for, at the top.
    static func unwrapped(_ condition: Condition) -> Condition {
        if case .named(_, let inner) = condition { return unwrapped(inner) }
        return condition
    }
}
