import ReadinessIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader (or a crash) only ever sees the old version or the new one, never half.
///
/// The bytes go to a temporary file in the same folder, are flushed to disk, then renamed over the target,
/// and the folder is flushed so the rename itself survives a power cut. The rename replaces whatever is at
/// the path, so a path a person named (which may be a device, a pipe or a link) goes through `OutputFile`.
public enum AtomicFile {
    /// Writes `bytes` to `path`. With `replace` false an existing file is left alone and an error thrown.
    /// Without `durable` nothing is flushed to disk (for a cache, which a power cut may lose whole but
    /// never shows half written).
    public static func write(
        _ bytes: [UInt8], to path: String, permissions: mode_t = 0o600, replace: Bool = true, durable: Bool = true
    ) throws(FileError) {
        let folder = parentFolder(of: path)
        guard FileReader.isDirectory(folder) else {
            throw FileError(path: path, reason: "cannot write it: the folder \(folder) does not exist")
        }
        if !replace, access(path, F_OK) == 0 {
            throw FileError(path: path, reason: "already exists; use --force to replace it")
        }
        let name = path.split(separator: "/").last.map(String.init) ?? "file"
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .fromErrno("write it", path: path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            guard fchmod(descriptor, permissions) == 0 else { throw FileError.fromErrno("write it", path: path) }
            try writeAll(bytes, to: descriptor, path: path)
            guard !durable || fsync(descriptor) == 0 else { throw FileError.fromErrno("flush it to disk", path: path) }
        }
        if replace {
            guard rename(temporary, path) == 0 else { throw .fromErrno("write it", path: path) }
        } else {
            // link() refuses an existing target atomically, unlike a check followed by rename().
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw FileError(path: path, reason: "already exists; use --force to replace it") }
                throw .fromErrno("write it", path: path)
            }
            unlink(temporary)
        }
        committed = true
        if durable { syncFolder(folder) }
    }

    /// Flushes a folder's entries, so a rename in it is on disk.
    public static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) {
        if let code = Descriptor.writeAll(bytes, to: descriptor) { throw .fromErrno("write it", path: path, code: code) }
    }

    /// The folder a path is in ("." for a bare name).
    public static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
