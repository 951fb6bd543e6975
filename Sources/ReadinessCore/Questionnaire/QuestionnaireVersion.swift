/// Questionnaire versions compared as numbers, not as text: "10" is newer than "9", "1.10" than "1.9",
/// and "2" and "2.0" are the same version. The one rule every command uses to pick the newest.
public enum QuestionnaireVersion {
    /// Whether `lhs` is an older version than `rhs`.
    ///
    /// Versions are split at dots; parts that are whole numbers compare as numbers, a number before any
    /// text, text with text as text; a missing part counts as 0. Versions equal by that rule fall back to
    /// their text, so the order is total and never depends on where a file was found.
    public static func isOlder(_ lhs: String, than rhs: String) -> Bool {
        let left = parts(of: lhs)
        let right = parts(of: rhs)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : .number(0)
            let b = index < right.count ? right[index] : .number(0)
            if a != b { return a < b }
        }
        return lhs < rhs
    }

    /// The newest of some versions by `isOlder`, nil when there are none.
    public static func newest<Item>(_ items: [Item], version: (Item) -> String) -> Item? {
        items.max { isOlder(version($0), than: version($1)) }
    }

    private enum Part: Comparable {
        case number(UInt64)
        case text(String)
    }

    private static func parts(of version: String) -> [Part] {
        version.split(separator: ".", omittingEmptySubsequences: false).map { part in
            if !part.isEmpty, part.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let value = UInt64(part) {
                return .number(value)
            }
            return .text(String(part))
        }
    }
}
