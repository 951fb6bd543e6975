#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an output path (`report -o`, `export-file -o`) names, found before anything is written, since
/// each kind is written its own way (see `OutputFile`).
public enum OutputTarget: Equatable, Sendable {
    /// A descriptor this process already has open, named as `/dev/stdout`, `/dev/fd/3` or
    /// `/proc/self/fd/3`: whatever the shell made it (a terminal, a pipe, a socket, a file opened with
    /// `>>`), the bytes go into it as they would with a redirection.
    case descriptor(Int32)
    /// A character device or a named pipe, here or at the end of symbolic links: written into as a
    /// stream, never replaced.
    case stream(path: String)
    /// A regular file, or nothing yet: the path after following any symbolic links, so that the file a
    /// link leads to is written and the link stays a link.
    case file(path: String)
    /// A folder: refused.
    case folder
    /// Anything else, such as a block device or a socket file: refused rather than overwritten, with what it
    /// is in words.
    case unsupported(String)

    /// Symbolic links followed before giving up, as the kernel's own limit (`ELOOP`).
    static let maximumLinks = 40

    /// What `path` names, following symbolic links.
    public static func of(_ path: String) throws(FileError) -> OutputTarget {
        var current = path
        for _ in 0..<maximumLinks {
            if let descriptor = openDescriptor(named: current) { return .descriptor(descriptor) }
            var info = stat()
            guard lstat(current, &info) == 0 else {
                // Nothing there (a new file, or the missing target of a dangling link): created.
                guard errno == ENOENT else { throw .fromErrno("write it", path: path) }
                return .file(path: current)
            }
            guard info.st_mode & S_IFMT == S_IFLNK else { return kind(info, at: current) }
            try checkProtected(link: current, owner: info.st_uid, reportedAs: path)
            // A link to a device, a pipe or a folder is written or refused through the link itself: the
            // kernel follows it, including /proc's links to pipes, whose text ("pipe:[1234]") is no path.
            // Only a file, or nothing yet, needs the path the link leads to.
            var end = stat()
            if stat(current, &end) == 0, end.st_mode & S_IFMT != S_IFREG { return kind(end, at: current) }
            current = try linkTarget(of: current, reportedAs: path)
        }
        throw .fromErrno("write it", path: path, code: ELOOP)
    }

    /// Refuses to follow a link in a sticky folder that everyone may write (`/tmp`) unless it belongs to
    /// this user or to the folder's owner: anyone can plant a link there, to have the file it leads to
    /// overwritten by whoever writes "their" file. The kernel's protected-symlinks rule, applied always.
    private static func checkProtected(link: String, owner: uid_t, reportedAs path: String) throws(FileError) {
        var folder = stat()
        guard stat(AtomicFile.parentFolder(of: link), &folder) == 0,
            folder.st_mode & S_ISVTX != 0, folder.st_mode & S_IWOTH != 0,
            owner != geteuid(), owner != folder.st_uid
        else { return }
        let named = link == path ? "" : " (\(link))"
        throw FileError(
            path: path,
            reason:
                "is a symbolic link\(named) that belongs to another user (uid \(owner)) in a folder everyone can write; not followed. Give a path of your own"
        )
    }

    private static func kind(_ info: stat, at path: String) -> OutputTarget {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(path: path)
        case S_IFDIR: return .folder
        case S_IFCHR, S_IFIFO: return .stream(path: path)
        case S_IFBLK: return .unsupported("a block device")
        // open() cannot open one (a socket that is standard output is reached as a descriptor instead).
        case S_IFSOCK: return .unsupported("a socket, which cannot be opened like a file")
        default: return .unsupported("not a regular file")
        }
    }

    /// The path a symbolic link leads to; a relative one is relative to the link's folder.
    private static func linkTarget(of link: String, reportedAs path: String) throws(FileError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(link, &buffer, buffer.count - 1)
        guard length >= 0 else { throw .fromErrno("follow the link", path: path) }
        let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return target.hasPrefix("/") ? target : AtomicFile.parentFolder(of: link) + "/" + target
    }

    /// The descriptor a path names when it is one of this process's own: `/dev/stdin`, `/dev/stdout`,
    /// `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N` (and `thread-self` or this process's id).
    static func openDescriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdin": return 0
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default: break
        }
        let prefixes = ["/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/", "/proc/\(getpid())/fd/"]
        guard let prefix = prefixes.first(where: { path.hasPrefix($0) }) else { return nil }
        let number = path.dropFirst(prefix.count)
        guard !number.isEmpty, number.count <= 9, number.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int32(number)
    }
}
