import ReadinessStore

/// Why a team sync, share or history could not be done.
public enum SyncError: Error, Sendable, CustomStringConvertible {
    /// A git command failed (its own message is kept).
    case git(GitError)
    /// The file system refused.
    case file(path: String, reason: String)
    /// The request cannot be done as asked (no team store yet, another remote, an unknown id).
    case usage(String)
    /// The store refused (an assessment open in an interview, a file that cannot be read).
    case store(StoreError)
    /// Another sync of the same store is running.
    case busy(LockHolder)
    /// The remote could not be reached or refused; nothing changed here. Carries what the store holds.
    case remote(message: String, report: SyncReport)

    /// The text a person reads.
    public var description: String {
        switch self {
        case .git(let error): error.description
        case .file(let path, let reason): "\(path): \(reason)"
        case .usage(let message): message
        case .store(let error): error.description
        case .busy(let holder):
            "another sync of this store is running (\(holder.processID > 0 ? "process \(holder.processID)" : "another process")\(holder.since.isEmpty ? "" : " since \(holder.since)")); try again when it is done"
        case .remote(let message, _): message
        }
    }
}
