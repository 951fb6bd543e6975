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
    public static func fromErrno(_ action: String, path: String, code: Int32 = errno) -> FileError {
        FileError(path: path, reason: "cannot \(action): \(String(cString: strerror(code)))")
    }

    public var description: String { "\(path): \(reason)" }
}

/// Reads whole files with clear errors: used for questionnaires, assessment files and the store.
public enum FileReader {
    /// The largest file read; anything bigger is refused rather than read into memory.
    public static let maximumBytes = 64 * 1024 * 1024

    /// The bytes of a regular file; with `acceptingStreams`, also of a pipe or a device, for a path a
    /// person named (`readiness validate /dev/stdin`, `<(...)`). A file found in a folder is never read
    /// unless it is regular: opening a named pipe would wait for a writer forever.
    public static func bytes(atPath path: String, acceptingStreams: Bool = false) throws(FileError) -> [UInt8] {
        // Non-blocking, so that opening a named pipe returns at once; reads are made blocking again below.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .fromErrno("read it", path: path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .fromErrno("read it", path: path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw FileError(path: path, reason: "is a folder, not a file")
        default:
            guard acceptingStreams else { throw FileError(path: path, reason: "is not a regular file (a pipe, socket or device); not read") }
        }
        guard fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) == 0 else { throw .fromErrno("read it", path: path) }
        if info.st_size > maximumBytes { throw FileError(path: path, reason: "is larger than \(maximumBytes / 1024 / 1024) MB") }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fromErrno("read it", path: path)
            }
            if count == 0 { break }
            result.append(contentsOf: buffer[0..<count])
            if result.count > maximumBytes { throw FileError(path: path, reason: "is larger than \(maximumBytes / 1024 / 1024) MB") }
        }
        return result
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
