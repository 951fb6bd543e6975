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
///   stays a link (a dangling link's file is created only with `replace`); a link in a sticky folder
///   everyone can write (`/tmp`) is followed only when it is this user's or the folder owner's;
/// - a character device, a named pipe or an open descriptor (`/dev/null`, `/dev/stdout`, a FIFO,
///   `>(...)`) is written into as a stream, with or without `replace`: writing there overwrites no file,
///   and renaming over it would put a regular file where the device or pipe was; a named pipe with no
///   reader is refused at once rather than waited on;
/// - a folder, a block device or a socket file is refused.
public enum OutputFile {
    /// Writes `bytes` to what `path` names, and says what that was. `replace` allows replacing an existing
    /// regular file.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o600, replace: Bool) throws(FileError)
        -> OutputTarget
    {
        let target = try check(path, replace: replace)
        switch target {
        case .descriptor(let descriptor):
            try AtomicFile.writeAll(bytes, to: descriptor, path: path)
        case .stream(let stream):
            try writeStream(bytes, to: stream, reportedAs: path)
        case .file(let file):
            do {
                try AtomicFile.write(bytes, to: file, permissions: permissions, replace: replace)
            } catch  where file != path {
                // Name the path the person gave, and where its link led.
                throw FileError(path: path, reason: "\(error.reason) (it is a link to \(file))")
            }
        case .folder, .unsupported:
            preconditionFailure("check(_:) throws for these")
        }
        return target
    }

    /// What `path` names, or the error `write` would give for a folder, a block device, a socket file, a
    /// link someone else planted in a shared folder, or (without `replace`) a dangling link, so that a
    /// command can refuse them before the work of making the bytes.
    @discardableResult
    public static func check(_ path: String, replace: Bool) throws(FileError) -> OutputTarget {
        let target = try OutputTarget.of(path)
        switch target {
        case .folder:
            throw FileError(path: path, reason: "is a folder; give the path of a file to write")
        case .unsupported(let what):
            throw FileError(path: path, reason: "is \(what); not written (give the path of a file)")
        case .file(let file) where file != path && !replace:
            // A link to nothing: creating its target is rarely what was meant, and may be somewhere else.
            var info = stat()
            if lstat(file, &info) != 0 && errno == ENOENT {
                throw FileError(path: path, reason: "is a symbolic link to \(file), which does not exist; use --force to create it")
            }
            return target
        case .descriptor, .stream, .file:
            return target
        }
    }

    /// Opens a device or a named pipe for writing as it is, and writes every byte. No `O_CREAT`: if it
    /// has gone, nothing is created in its place. The open never waits: a named pipe with no reader is an
    /// error at once, since waiting for one would freeze the interview (deaf to Esc and signals) and a
    /// command, with nothing on the screen to say why.
    private static func writeStream(_ bytes: [UInt8], to stream: String, reportedAs path: String) throws(FileError) {
        var descriptor: Int32
        repeat {
            // O_NOCTTY: a terminal named here must not become the controlling terminal.
            descriptor = open(stream, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else {
            if errno == ENXIO {
                var info = stat()
                if stat(stream, &info) == 0, info.st_mode & S_IFMT == S_IFIFO {
                    throw FileError(path: path, reason: "is a named pipe with nothing reading it; nothing written (start its reader first)")
                }
                throw FileError(path: path, reason: "is a device with nothing behind it; cannot write it")
            }
            throw .fromErrno("write it", path: path)
        }
        defer { close(descriptor) }
        // Opened; from here the writes may wait for the reader to take the bytes, as any writer does.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .fromErrno("write it", path: path) }
        // Replaced by a file between the check and the open: opened without O_TRUNC, so still untouched.
        guard info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR else {
            throw FileError(path: path, reason: "changed while it was being written; nothing written")
        }
        try AtomicFile.writeAll(bytes, to: descriptor, path: path)
    }
}
