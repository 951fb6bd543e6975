import ReadinessCore
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

extension Synchronizer {
    /// What moving the folder to a commit came to.
    enum Move {
        /// The folder and the branch are at the commit; this many assessments changed here.
        case moved(Int)
        /// Nothing was changed, for this reason.
        case postponed(String)
    }

    /// The journal of a move in progress: the target commit and the commit the branch was at. While it
    /// exists, the folder may hold some files of each; the next sync finishes the move before anything else.
    var journalPath: String { "\(repository.gitFolder)/readiness-move" }

    /// Brings the folder and the branch from `old` to `target`, one whole file at a time (`AtomicFile`,
    /// 0600), holding each assessment's editing lock while it is written, then moves the branch.
    ///
    /// A file that differs here from `old` has changes that are not committed (open in an interview, a
    /// draft not shared, a file that cannot be read): the move waits rather than overwrite it. When
    /// `resuming` a move a killed sync began, a file already at `target` is done, and one changed since
    /// is left for the next commit.
    func moveWorkingTree(from old: String?, to target: String, resuming: Bool) throws(SyncError) -> Move {
        let oldTree = try old.map(tree(of:)) ?? [:]
        let newTree = try tree(of: target)
        var writes: [(path: String, blob: String?)] = []
        var locks: [StoreLock] = []
        defer { locks.forEach { $0.release() } }
        for path in Set(oldTree.keys).union(newTree.keys).sorted() where oldTree[path] != newTree[path] && !path.contains("/") {
            let current = try? FileReader.bytes(atPath: "\(store.directory)/\(path)")
            let wanted = try newTree[path].map(contents(of:))
            if current == wanted { continue }
            let before = try oldTree[path].map(contents(of:))
            if current != before {
                if resuming { continue }
                let id = Self.assessmentID(ofPath: path)
                return .postponed(
                    "\(id ?? path) has changes here that are not shared yet (\(id.map { store.holder(of: $0) != nil ? "open in an interview" : "a draft not shared, or a file that cannot be read" } ?? "not an assessment file")), and the team changed it too"
                )
            }
            if let id = Self.assessmentID(ofPath: path) {
                do {
                    locks.append(try store.lock(id))
                } catch {
                    if case .locked = error {
                        return .postponed("\(id) is open in an interview here, and the team changed it; close it and sync again")
                    }
                    throw .store(error)
                }
            }
            writes.append((path, newTree[path]))
        }
        if !resuming {
            try writeJournal("\(target)\n\(old ?? "")\n")
        }
        for (path, blob) in writes {
            let file = "\(store.directory)/\(path)"
            if let blob {
                do {
                    try AtomicFile.write(try contents(of: blob), to: file, permissions: 0o600)
                } catch let error as FileError {
                    throw .file(path: error.path, reason: error.reason)
                } catch let error as SyncError {
                    throw error
                } catch {
                    throw .file(path: file, reason: "\(error)")
                }
            } else if unlink(file) != 0 && errno != ENOENT {
                throw .file(path: file, reason: "cannot delete it: \(String(cString: strerror(errno)))")
            }
        }
        AtomicFile.syncFolder(store.directory)
        try run(["update-ref", "-m", "readiness sync", "HEAD", target])
        try run(["read-tree", target])
        unlink(journalPath)
        return .moved(Set(writes.compactMap { Self.assessmentID(ofPath: $0.path) }).count)
    }

    private func writeJournal(_ text: String) throws(SyncError) {
        do {
            try AtomicFile.write(Array(text.utf8), to: journalPath, permissions: 0o600)
        } catch {
            throw .file(path: error.path, reason: error.reason)
        }
    }

    /// Puts right what a sync killed part-way left: git's own lock files (no git of ours runs while the
    /// sync lock is held), a half-built merge index, a move of the folder not finished, and changes
    /// staged but not committed.
    func repair(into report: inout SyncReport) throws(SyncError) {
        var stale: [String] = []
        for folder in ["", "/refs", "/refs/heads", "/refs/remotes", "/refs/remotes/\(TeamRepository.remote)"] {
            let path = repository.gitFolder + folder
            for name in (try? FileReader.names(inDirectory: path)) ?? [] where name.hasSuffix(".lock") && name != "readiness-sync.lock" {
                if unlink("\(path)/\(name)") == 0 { stale.append(name) }
            }
        }
        if !stale.isEmpty {
            report.repaired.append("removed git's lock files left by an interrupted sync (\(stale.sorted().joined(separator: ", ")))")
        }
        unlink("\(repository.gitFolder)/readiness-merge-index")
        if let journal = try? FileReader.bytes(atPath: journalPath) {
            let lines = String(decoding: journal, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let target = lines.first ?? ""
            let old = lines.count > 1 && !lines[1].isEmpty ? lines[1] : nil
            let head = try repository.head()
            if !target.isEmpty, head == old, (try? run(["cat-file", "-e", "\(target)^{commit}"])) != nil {
                switch try moveWorkingTree(from: old, to: target, resuming: true) {
                case .moved:
                    report.repaired.append("finished bringing in the team's changes that an interrupted sync had begun")
                case .postponed(let why):
                    throw .usage("the last sync was interrupted and cannot be finished yet: \(why)")
                }
            } else {
                unlink(journalPath)
            }
        }
        // Whatever an interrupted commit staged is dropped from the index (never from the folder): the
        // commit step stages each file again from what is on disk.
        if try repository.head() != nil {
            try run(["read-tree", "HEAD"])
        } else {
            try run(["read-tree", "--empty"])
        }
    }
}
