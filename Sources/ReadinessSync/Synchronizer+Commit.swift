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
    /// Commits every changed assessment, one commit each, except those open in an interview, those that
    /// cannot be read (never spread a broken file) and drafts not yet shared.
    func commitLocalChanges(into report: inout SyncReport) throws(SyncError) {
        let everyDraft = repository.sharesEveryDraft
        for (path, state) in try changedPaths() {
            if path == ".gitignore" {
                try run(["add", "--", path])
                try run(
                    [
                        "commit", "-q", "--no-verify", "-m",
                        "Share only assessment files\n\nWritten by readiness: locks, temporary files and anything else stay on each machine.\n",
                    ],
                    environment: identity.environment(author: ""))
                continue
            }
            guard let id = Self.assessmentID(ofPath: path) else { continue }
            if let holder = store.holder(of: id) {
                report.open.append((id, holder))
                continue
            }
            do throws(SyncError) {
                if state == .untracked, !everyDraft, (try? store.load(id))?.status == .draft {
                    report.privateDrafts.append(id)
                    continue
                }
                if let change = try commit(id: id) { report.committed.append(change) }
            } catch {
                if case .store(.invalid(let problem)) = error {
                    report.unreadable.append(problem)
                    continue
                }
                throw error
            }
        }
    }

    /// How a path differs from the last commit.
    enum PathState { case modified, deleted, untracked }

    /// Top-level paths that differ from the last commit, sorted, with how.
    func changedPaths() throws(SyncError) -> [(String, PathState)] {
        let output = try run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"]).bytes
        var changes: [(String, PathState)] = []
        for entry in output.split(separator: 0) where entry.count > 3 {
            let code = String(decoding: entry.prefix(2), as: UTF8.self)
            let path = String(decoding: entry.dropFirst(3), as: UTF8.self)
            let state: PathState = code == "??" ? .untracked : code.contains("D") ? .deleted : .modified
            changes.append((path, state))
        }
        return changes.sorted { $0.0 < $1.0 }
    }

    /// Commits one assessment's file as it is now (added, changed or deleted); nil when it matches the
    /// last commit. The bytes committed are exactly the bytes read, even if an editor saves meanwhile.
    func commit(id: String) throws(SyncError) -> SyncReport.Change? {
        let name = "\(id).json"
        let committed = try blob(at: "HEAD", path: name)
        let bytes: [UInt8]?
        do {
            bytes = try FileReader.bytes(atPath: store.path(of: id))
        } catch {
            guard access(store.path(of: id), F_OK) != 0 else { throw .file(path: error.path, reason: error.reason) }
            bytes = nil
        }
        guard let bytes else {
            guard let committed else { throw .store(.notFound(id)) }
            let organization = (try? read(committed, id: id))?.organization ?? ""
            try run(["rm", "--cached", "-q", "--", name])
            try run(
                ["commit", "-q", "--no-verify", "-m", ChangeMessage.deleted(id: id, organization: organization)],
                environment: identity.environment(author: ""))
            return SyncReport.Change(id: id, organization: organization, kind: .deleted)
        }
        let document: AssessmentDocument.Read
        do {
            document = try AssessmentDocument.read(bytes, path: store.path(of: id), id: id, questionnaires: questionnaires)
        } catch {
            throw .store(error)
        }
        if let committed, try contents(of: committed) == bytes { return nil }
        let hash = try run(["hash-object", "-w", "--stdin"], input: bytes).text
        try run(["update-index", "--add", "--cacheinfo", "100644,\(hash),\(name)"])
        let message = ChangeMessage.saved(
            document.assessment, isNew: committed == nil, scorer: Scorer(questionnaire: document.questionnaire))
        try run(["commit", "-q", "--no-verify", "-m", message], environment: identity.environment(author: document.assessment.assessor))
        return SyncReport.Change(id: id, organization: document.assessment.organization, kind: committed == nil ? .added : .updated)
    }

    /// The blob at `path` in `commit`, if there is one.
    func blob(at commit: String, path: String) throws(SyncError) -> String? {
        guard try repository.head() != nil || commit != "HEAD" else { return nil }
        let output = try run(["ls-tree", "-z", commit, "--", path]).bytes
        guard let entry = output.split(separator: 0).first, let tab = entry.firstIndex(of: 9) else { return nil }
        let fields = entry[..<tab].split(separator: 32)
        return fields.count == 3 ? String(decoding: fields[2], as: UTF8.self) : nil
    }

    /// A blob's bytes.
    func contents(of blob: String) throws(SyncError) -> [UInt8] {
        try run(["cat-file", "blob", blob]).bytes
    }

    /// The assessment a blob holds, read as the store reads a file.
    func read(_ blob: String, id: String) throws(SyncError) -> Assessment {
        let bytes = try contents(of: blob)
        do throws(StoreError) {
            return try AssessmentDocument.read(bytes, path: "\(id).json", id: id, questionnaires: questionnaires).assessment
        } catch {
            throw .store(error)
        }
    }
}
