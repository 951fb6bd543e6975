import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The data folder as a git working tree shared with a team: where its repository is, which branch and
/// remote it follows, and the settings kept in the repository's own config (never committed).
public struct TeamRepository: Sendable {
    /// The data folder, which is the working tree.
    public let directory: String
    /// The git runner for it.
    public let git: Git

    /// The remote every sync talks to.
    public static let remote = "origin"
    /// The branch a new repository starts on.
    static let defaultBranch = "main"

    /// What `.gitignore` says: only assessment files (and this file) are ever shared; locks, temporary
    /// files and anything else stay on this machine, even for someone running git by hand.
    static let ignoreRules = """
        # Written by readiness: only assessment files are shared. Locks, temporary files and anything
        # else in this folder stay on this machine.
        *
        !*.json
        .*
        !.gitignore

        """

    /// The repository of the data folder `directory`.
    public init(directory: String) {
        // Absolute, since git is given paths inside the repository (a private index) from another folder.
        let absolute = directory.hasPrefix("/") ? directory : FileManager.default.currentDirectoryPath + "/" + directory
        self.directory = absolute
        git = Git(directory: absolute)
    }

    /// The repository's own folder.
    var gitFolder: String { "\(directory)/.git" }

    /// Whether the data folder is already a team store.
    var exists: Bool { FileReader.isDirectory(gitFolder) }

    /// The branch checked out (also before its first commit).
    func branch() throws(SyncError) -> String {
        try run(["symbolic-ref", "--short", "HEAD"]).text
    }

    /// The commit the branch points at; nil before the first commit.
    func head() throws(SyncError) -> String? {
        let output = try? git.run(["rev-parse", "--verify", "-q", "HEAD^{commit}"])
        return output.map(\.text).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The remote's URL, when one is set.
    func remoteURL() -> String? {
        (try? git.run(["remote", "get-url", Self.remote]))?.text
    }

    /// The remote's copy of the branch as last fetched, if any.
    func remoteHead() throws(SyncError) -> String? {
        let branch = try branch()
        let output = try? git.run(["rev-parse", "--verify", "-q", "refs/remotes/\(Self.remote)/\(branch)^{commit}"])
        return output.map(\.text).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Turns the data folder into a repository (creating it 0700 if needed), following `remote` when given.
    /// Idempotent: an existing repository keeps its history; a different remote is refused.
    public func initialize(remote: String?) throws(SyncError) {
        do {
            try DataFolder.create(directory)
        } catch {
            throw .file(path: error.path, reason: error.reason)
        }
        if !exists {
            try run(["init", "-q", "-b", Self.defaultBranch])
        }
        // git creates its folders with the umask's modes; the repository holds every assessment, so it is
        // as private as the folder around it.
        chmod(gitFolder, 0o700)
        if let remote {
            if let current = remoteURL() {
                guard current == remote else {
                    throw .usage("this store already syncs with \(current); it cannot also follow \(remote)")
                }
            } else {
                try run(["remote", "add", Self.remote, remote])
            }
        }
        let ignore = "\(directory)/.gitignore"
        if (try? FileReader.bytes(atPath: ignore)) != Array(Self.ignoreRules.utf8) {
            do {
                try AtomicFile.write(Array(Self.ignoreRules.utf8), to: ignore, permissions: 0o600)
            } catch {
                throw .file(path: error.path, reason: error.reason)
            }
        }
    }

    /// Whether every draft is shared without `readiness share` (the `readiness.shareDrafts` setting).
    var sharesEveryDraft: Bool {
        (try? git.run(["config", "--bool", "--get", "readiness.shareDrafts"]))?.text == "true"
    }

    /// Changes the `readiness.shareDrafts` setting, in this repository's config only.
    public func setSharesEveryDraft(_ on: Bool) throws(SyncError) {
        try run(["config", "readiness.shareDrafts", on ? "true" : "false"])
    }

    /// Runs git, turning its failure into a sync error.
    @discardableResult
    func run(_ arguments: [String], input: [UInt8]? = nil, environment: [String: String] = [:]) throws(SyncError) -> Git.Output {
        do {
            return try git.run(arguments, input: input, environment: environment)
        } catch {
            throw .git(error)
        }
    }
}
