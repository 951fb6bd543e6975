/// What a sync does with one file that the last common version, this machine and the team may each
/// have changed. Decided per file, before git's merge machinery could write a conflict into it.
enum TreeMerge {
    /// The outcome for one path, given its blob in the common ancestor, here and there (nil: absent).
    enum Decision: Equatable, Sendable {
        /// Keep this machine's version (absent: the file is gone).
        case ours
        /// Take the team's version (absent: the file is gone).
        case theirs
        /// Both changed it differently: keep ours at the path and theirs as a new, linked assessment.
        case keepBoth
    }

    /// The decision for one path. A deletion never wins over a change: deleting loses nothing only when
    /// the other side left the file as it was.
    static func decide(base: String?, ours: String?, theirs: String?) -> Decision {
        if ours == theirs || theirs == base { return .ours }
        if ours == base { return .theirs }
        switch (ours, theirs) {
        case (nil, _): return .theirs
        case (_, nil): return .ours
        default: return .keepBoth
        }
    }
}
