import ReadinessCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file-system problem, named with the path and the system's reason (exit 74).
public struct FileError: Error, Sendable, CustomStringConvertible {
    /// The path concerned.
    public let path: String
    /// What went wrong, in words.
    public let reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// An error from the current `errno`, as "cannot read PATH: No such file or directory".
    static func fromErrno(_ action: String, path: String, code: Int32 = errno) -> FileError {
        FileError(path: path, reason: "cannot \(action): \(String(cString: strerror(code)))")
    }

    /// The text a person reads.
    public var description: String { "\(path): \(reason)" }
}

/// Reads whole files with clear errors: used for questionnaires, assessment files and the store.
public enum FileReader {
    /// How much of a file is read: one byte past the most any reader takes, so the reader can refuse a
    /// larger file by its own limit (and say so with exit 65) without it being read into memory.
    public static let maximumBytes = SourceFile.maximumBytes + 1

    /// The bytes of a regular file, at most `limit` of them (a longer file's first `limit`).
    ///
    /// With `acceptingStreams`, also of a pipe or a device, for a path a person named
    /// (`readiness validate /dev/stdin`, `<(...)`): a named pipe is read as `cat` reads it, waiting for a
    /// writer and then to its end, since naming a pipe asks for what will be written into it. A file found
    /// in a folder is never read unless it is regular: opening a named pipe would wait forever.
    ///
    /// Without `followingLinks` a symbolic link is refused rather than followed, for files found in a folder
    /// this program owns (the data folder), where a link could lead anywhere.
    public static func bytes(
        atPath path: String, limit: Int = maximumBytes, acceptingStreams: Bool = false, followingLinks: Bool = true
    ) throws(FileError) -> [UInt8] {
        // Non-blocking, so that opening a named pipe returns at once; reads are made blocking again below.
        var descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            if errno == ELOOP, !followingLinks, isLink(path) { throw linkRefused(path) }
            throw .fromErrno("read it", path: path)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .fromErrno("read it", path: path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw FileError(path: path, reason: "is a folder, not a file")
        default:
            guard acceptingStreams else {
                throw FileError(path: path, reason: "is not a regular file (a pipe, socket or device); not read")
            }
            if info.st_mode & S_IFMT == S_IFIFO {
                // Opened without a writer, a pipe reads as empty at once; wait for one, as `cat` does.
                let waiting = try openWaitingForWriter(path, same: info)
                close(descriptor)
                descriptor = waiting
            }
        }
        guard fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) == 0 else { throw .fromErrno("read it", path: path) }
        var result: [UInt8] = []
        if info.st_mode & S_IFMT == S_IFREG {
            // A regular file is read straight into an array of its size (and one byte more, to see it grew):
            // a listing reads thousands of small files, and a zeroed 64 KiB buffer each was a tenth of its work.
            let capacity = max(0, min(limit, Int(info.st_size) + 1))
            var failure: Int32 = 0
            result = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                while initialized < capacity {
                    let count = read(descriptor, buffer.baseAddress! + initialized, capacity - initialized)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if count == 0 { return }
                    initialized += count
                }
            }
            if failure != 0 { throw .fromErrno("read it", path: path, code: failure) }
            if result.count < capacity || result.count >= limit { return result }
            // The file grew while it was read: the rest is read below, as from a stream.
        }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while result.count < limit {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, min($0.count, limit - result.count)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fromErrno("read it", path: path)
            }
            if count == 0 { break }
            result.append(contentsOf: buffer[0..<count])
        }
        return result
    }

    /// Opens a named pipe for reading, blocking until a writer opens it, and checks it is still the pipe
    /// that was examined.
    private static func openWaitingForWriter(_ path: String, same info: stat) throws(FileError) -> Int32 {
        var descriptor: Int32
        repeat {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw .fromErrno("read it", path: path) }
        var now = stat()
        guard fstat(descriptor, &now) == 0, now.st_dev == info.st_dev, now.st_ino == info.st_ino else {
            close(descriptor)
            throw FileError(path: path, reason: "changed while it was being opened; not read")
        }
        return descriptor
    }

    /// Whether `path` itself is a symbolic link.
    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The error for a symbolic link found in the data folder, where links are never followed: one could
    /// lead to any file, which would then be read, shown in messages, or written.
    static func linkRefused(_ path: String) -> FileError {
        FileError(
            path: path,
            reason:
                "is a symbolic link, and links in the data folder are never followed; remove it (to add the file it leads to: readiness import FILE)"
        )
    }

    /// Whether a path names an existing folder.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names in a folder, sorted.
    public static func names(inDirectory path: String) throws(FileError) -> [String] {
        guard let directory = opendir(path) else { throw .fromErrno("list it", path: path) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
