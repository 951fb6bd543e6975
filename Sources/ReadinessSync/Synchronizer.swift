import ReadinessCore
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Syncs a data folder with its team repository: repairs what an interrupted sync left, commits each
/// changed assessment on its own, brings in the team's changes without ever letting git write a conflict
/// into a file, and pushes. Works offline: whatever the remote does, the store here stays whole.
///
/// Every step keeps the folder loadable: files are only ever replaced whole (`AtomicFile`), and the
/// working tree is brought to a merge through a journal, so a sync killed at any point is finished or
/// undone by the next one.
public final class Synchronizer {
    /// The store whose folder is synced; its locks keep sync away from assessments open in an interview.
    public let store: FileAssessmentStore
    /// The repository.
    public let repository: TeamRepository
    let questionnaires: QuestionnaireSource
    let identity: CommitIdentity
    var git: Git { repository.git }

    /// How many times a push that lost a race with a teammate's push is retried after pulling again.
    static let pushAttempts = 4

    /// A synchronizer for `store`, reading assessments with `questionnaires`.
    public init(store: FileAssessmentStore, questionnaires: QuestionnaireSource) throws(SyncError) {
        self.store = store
        self.questionnaires = questionnaires
        repository = TeamRepository(directory: store.directory)
        guard repository.exists else {
            throw .usage(
                "\(store.directory) is not a team store yet; set it up with 'readiness sync --init REMOTE' (or '--init' alone to push later)"
            )
        }
        identity = CommitIdentity.configured(repository.git)
    }

    /// Commits, pulls and pushes. Throws `.remote` (with the report so far) when the remote cannot be
    /// reached or refuses; nothing in the folder is lost either way.
    public func sync() throws(SyncError) -> SyncReport {
        let lock = try takeSyncLock()
        defer { lock.release() }
        var report = SyncReport()
        try repair(into: &report)
        try commitLocalChanges(into: &report)
        report.hasRemote = repository.remoteURL() != nil
        guard report.hasRemote else {
            try count(into: &report)
            return report
        }
        for attempt in 1...Self.pushAttempts {
            do {
                try run(["fetch", "-q", "--prune", TeamRepository.remote])
            } catch {
                try count(into: &report)
                throw .remote(message: "could not reach \(TeamRepository.remote): \(Self.message(of: error))", report: report)
            }
            try integrate(into: &report)
            let branch = try repository.branch()
            guard let head = try repository.head() else { break }
            if try repository.remoteHead() == head { break }
            if report.postponed != nil, let remote = try repository.remoteHead(), !(try contains(remote, in: head)) {
                // The team's changes were not brought in, so a push would be refused: say why and stop.
                break
            }
            do {
                try git.run(["push", "-q", TeamRepository.remote, "HEAD:refs/heads/\(branch)"])
                report.pushed = true
                break
            } catch {
                let text = error.message
                // Someone pushed first: pull their work in and try again. A hook's refusal is final.
                let lostRace = (text.contains("fetch first") || text.contains("non-fast-forward")) && !text.contains("remote rejected")
                if lostRace && attempt < Self.pushAttempts { continue }
                try count(into: &report)
                throw .remote(message: "\(TeamRepository.remote) refused the push: \(text)", report: report)
            }
        }
        try count(into: &report)
        return report
    }

    /// Shares a draft: commits it now, so every later change goes with the team's syncs.
    public func share(_ id: String) throws(SyncError) -> SyncReport.Change {
        let lock = try takeSyncLock()
        defer { lock.release() }
        var report = SyncReport()
        try repair(into: &report)
        if let holder = store.holder(of: id) { throw .store(.locked(id: id, holder: holder)) }
        guard let change = try commit(id: id) else {
            throw .usage("\(id) is already shared and has not changed since")
        }
        return change
    }

    /// Whether `commit` is in the history of `head`.
    func contains(_ commit: String, in head: String) throws(SyncError) -> Bool {
        do {
            return try git.succeeds(["merge-base", "--is-ancestor", commit, head])
        } catch {
            throw .git(error)
        }
    }

    /// How far ahead of and behind the remote's branch, as last fetched.
    func count(into report: inout SyncReport) throws(SyncError) {
        let head = try repository.head().flatMap { _ in "HEAD" }
        let remote = try repository.remoteHead()
        switch (head, remote) {
        case (let head?, let remote?):
            let counts = try run(["rev-list", "--left-right", "--count", "\(head)...\(remote)"]).text.split(separator: "\t")
            report.ahead = counts.first.flatMap { Int($0) } ?? 0
            report.behind = counts.dropFirst().first.flatMap { Int($0) } ?? 0
        case (let head?, nil):
            report.ahead = Int(try run(["rev-list", "--count", head]).text) ?? 0
        default:
            break
        }
    }

    /// The one lock that keeps two syncs of this folder from running at once; in the repository's folder,
    /// so it is never committed.
    func takeSyncLock() throws(SyncError) -> StoreLock {
        do {
            return try ExclusiveFileLock.acquire(path: "\(repository.gitFolder)/readiness-sync.lock", name: "sync")
        } catch {
            if case .locked(_, let holder) = error { throw .busy(holder) }
            throw .store(error)
        }
    }

    @discardableResult
    func run(_ arguments: [String], input: [UInt8]? = nil, environment: [String: String] = [:]) throws(SyncError) -> Git.Output {
        try repository.run(arguments, input: input, environment: environment)
    }

    static func message(of error: SyncError) -> String {
        if case .git(let inner) = error { return inner.message }
        return error.description
    }

    /// Whether a file name is an assessment's (`<id>.json` at the top of the folder) and its id.
    static func assessmentID(ofPath path: String) -> String? {
        guard path.hasSuffix(".json"), !path.contains("/") else { return nil }
        let id = String(path.dropLast(5))
        return AssessmentID.isValid(id) ? id : nil
    }
}
