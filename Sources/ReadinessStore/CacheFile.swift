#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files that only make the program faster (the listing cache, compiled questionnaires): written whole
/// through a rename, private to the owner, and never an error when they cannot be written.
enum CacheFile {
    /// Replaces the file at `path` with `bytes`, creating its folder (0700) when missing. Returns whether
    /// it was written. Not flushed to disk on purpose: losing a cache in a power cut costs one slow start.
    @discardableResult
    static func replace(_ path: String, with bytes: [UInt8]) -> Bool {
        guard (try? DataFolder.create(AtomicFile.parentFolder(of: path))) != nil else { return false }
        let temporary = "\(path).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        fchmod(descriptor, 0o600)
        let written = (try? AtomicFile.writeAll(bytes, to: descriptor, path: temporary)) != nil
        close(descriptor)
        if !written || rename(temporary, path) != 0 {
            unlink(temporary)
            return false
        }
        return true
    }
}
