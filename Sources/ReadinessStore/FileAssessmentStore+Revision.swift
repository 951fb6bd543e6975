import ReadinessCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an editor last read or wrote of an assessment's file, so a save can tell whether something else
/// wrote it since: a digest of the file's bytes, or `.absent` when there was no file.
public enum AssessmentRevision: Sendable, Equatable {
    /// No file (a new assessment, or one deleted meanwhile).
    case absent
    /// The file, by a digest of its bytes.
    case bytes(String)
}

extension FileAssessmentStore {
    /// The assessment's file as it is on disk now.
    public func revision(of id: String) throws(StoreError) -> AssessmentRevision {
        try InMemoryAssessmentStore.check(id)
        let path = path(of: id)
        do {
            return .bytes(Fingerprint.of(try FileReader.bytes(atPath: path)))
        } catch {
            if access(path, F_OK) != 0 && errno == ENOENT { return .absent }
            throw .file(path: error.path, reason: error.reason)
        }
    }

    /// Saves an assessment only if its file is still what this editor last read or wrote (`expected`), and
    /// returns the revision written. A file changed by someone else meanwhile is never silently replaced:
    /// the save is refused and says so, and the caller keeps the answers.
    ///
    /// The editing lock keeps other interviews out; this catches what goes around it (a sync tool, another
    /// host on a shared folder, a file system without `flock`).
    @discardableResult
    public func save(_ assessment: Assessment, expecting expected: AssessmentRevision) throws(StoreError) -> AssessmentRevision {
        let current = try revision(of: assessment.id)
        guard current == expected else {
            let what = current == .absent ? "was deleted" : expected == .absent ? "was created" : "was changed"
            throw .file(
                path: path(of: assessment.id),
                reason: "the file \(what) by another program since this interview read it, and saving now would overwrite that")
        }
        try save(assessment)
        return try revision(of: assessment.id)
    }
}
