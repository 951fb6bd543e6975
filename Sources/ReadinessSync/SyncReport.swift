import ReadinessStore

/// What a sync did and where the store stands, for the command to say.
public struct SyncReport: Sendable {
    /// One assessment committed here.
    public struct Change: Sendable, Equatable {
        /// The assessment's id.
        public var id: String
        /// Its organization ("" when unnamed).
        public var organization: String
        /// Whether it was added, changed or deleted.
        public var kind: Kind

        /// What happened to the file.
        public enum Kind: String, Sendable { case added, updated, deleted }
    }

    /// Two people changed one assessment: ours kept, theirs kept beside it.
    public struct Conflict: Sendable, Equatable {
        /// The assessment both changed; it keeps this machine's version.
        public var id: String
        /// The id under which the other version is kept.
        public var copyID: String
        /// The organization.
        public var organization: String
        /// Who made the other version (its assessor, else the commit's author).
        public var other: String
    }

    /// Assessments committed by this sync, one commit each.
    public var committed: [Change] = []
    /// Assessments not committed because an interview holds them, with who holds them.
    public var open: [(id: String, holder: LockHolder)] = []
    /// Files not committed because they cannot be read, with why.
    public var unreadable: [StoreProblem] = []
    /// Drafts that stay on this machine until shared.
    public var privateDrafts: [String] = []
    /// What the last interrupted sync left and this one repaired.
    public var repaired: [String] = []
    /// Assessments that arrived from the team (added, changed or deleted here).
    public var received: Int = 0
    /// Assessments two people changed at once.
    public var conflicts: [Conflict] = []
    /// Why the team's changes were not brought in this time, when they were not.
    public var postponed: String?
    /// Whether the store has a remote at all.
    public var hasRemote = false
    /// Whether this sync sent commits to the remote.
    public var pushed = false
    /// Commits here that the remote lacks, and commits there that are not here, as last known.
    public var ahead = 0
    /// See `ahead`.
    public var behind = 0
}
