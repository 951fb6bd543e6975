#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a command's output where the person pointed it (`report -o`, `export-file -o`, the interview's
/// export), each kind of target the way they would expect:
///
/// - a regular file is written whole or not at all (`AtomicFile`), owner-only, and an existing one is
///   replaced only when asked;
/// - a symbolic link is followed: the file it leads to is that target, in its own folder, and the link
///   stays a link (a dangling link's file is created);
/// - a character device, a named pipe or an open descriptor (`/dev/null`, `/dev/stdout`, a FIFO,
///   `>(...)`) is written into as a stream, with or without `replace`: writing there overwrites no file,
///   and renaming over it would put a regular file where the device or pipe was;
/// - a folder, a block device or a socket file is refused.
public enum OutputFile {
    /// Writes `bytes` to what `path` names, and says what that was. `replace` allows replacing an existing
    /// regular file.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o600, replace: Bool) throws(FileError) -> OutputTarget {
        let target = try check(path)
        switch target {
        case let .descriptor(descriptor):
            try AtomicFile.writeAll(bytes, to: descriptor, path: path)
        case let .stream(stream):
            try writeStream(bytes, to: stream, reportedAs: path)
        case let .file(file):
            do {
                try AtomicFile.write(bytes, to: file, permissions: permissions, replace: replace)
            } catch where file != path {
                // Name the path the person gave, and where its link led.
                throw FileError(path: path, reason: "\(error.reason) (it is a link to \(file))")
            }
        case .folder, .unsupported:
            preconditionFailure("check(_:) throws for these")
        }
        return target
    }

    /// What `path` names, or the error `write` would give for a folder, a block device or a socket file, so
    /// that a command can refuse them before the work of making the bytes.
    @discardableResult
    public static func check(_ path: String) throws(FileError) -> OutputTarget {
        let target = try OutputTarget.of(path)
        switch target {
        case .folder:
            throw FileError(path: path, reason: "is a folder; give the path of a file to write")
        case let .unsupported(what):
            throw FileError(path: path, reason: "is \(what); not written (give the path of a file)")
        case .descriptor, .stream, .file:
            return target
        }
    }

    /// Opens a device or a named pipe for writing as it is, and writes every byte. No `O_CREAT`: if it
    /// has gone, nothing is created in its place. A named pipe's `open` waits for a reader, as `cat > fifo`
    /// does: the person asked for that pipe.
    private static func writeStream(_ bytes: [UInt8], to stream: String, reportedAs path: String) throws(FileError) {
        var descriptor: Int32
        repeat {
            // O_NOCTTY: a terminal named here must not become the controlling terminal.
            descriptor = open(stream, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else {
            if errno == ENXIO { throw FileError(path: path, reason: "is a device with nothing behind it; cannot write it") }
            throw .fromErrno("write it", path: path)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .fromErrno("write it", path: path) }
        // Replaced by a file between the check and the open: opened without O_TRUNC, so still untouched.
        guard info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR else {
            throw FileError(path: path, reason: "changed while it was being written; nothing written")
        }
        try AtomicFile.writeAll(bytes, to: descriptor, path: path)
    }
}
