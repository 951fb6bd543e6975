import ReadinessCore

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

/// An editing lock on disk: an advisory `flock` on `<id>.lock`, which holds the holder's process id, host
/// and the time the lock was taken, so a second editor can be told who has it.
///
/// The kernel drops an `flock` when its process dies, however it dies, so a lock left by a crashed or
/// killed editor is free: the file is still there, naming a dead process, and the next editor takes it
/// over and writes its own record. On a file system without `flock` the record alone decides: a lock whose
/// process is no longer running on this host is taken over.
final class FileEditLock: StoreLock, @unchecked Sendable {
    private let path: String
    private var descriptor: Int32
    private let mutex = ThreadLock()

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Takes the lock at `path` for assessment `id`, or throws `.locked` naming the holder.
    static func acquire(path: String, id: String) throws(StoreError) -> FileEditLock {
        // A holder unlinks the file as it releases it; if we opened that file just before, the lock we get
        // is on a name that no longer exists, so check and start again. Bounded, to never spin forever.
        for _ in 0..<100 {
            let descriptor = try openLockFile(path)
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                if code == EINTR {
                    close(descriptor)
                    continue
                }
                if code == EWOULDBLOCK {
                    let holder = readHolder(descriptor, waitForRecord: true)
                    close(descriptor)
                    throw .locked(id: id, holder: holder)
                }
                guard code == ENOLCK || code == EOPNOTSUPP || code == EINVAL || code == ENOSYS else {
                    close(descriptor)
                    throw .file(path: path, reason: "cannot lock it: \(String(cString: strerror(code)))")
                }
                // No flock here (some network and sync file systems): a record naming a live process
                // decides. Weaker than flock (two editors starting in the same instant can both win).
                if let record = LockRecord.parse(readAll(descriptor)), record.isAlive {
                    close(descriptor)
                    throw .locked(id: id, holder: LockHolder(processID: record.pid, host: record.host, since: record.since))
                }
            }
            guard isStillNamed(path, by: descriptor) else {
                close(descriptor)
                continue
            }
            fchmod(descriptor, 0o600)
            let record = Array(LockRecord.current().rendered.utf8)
            ftruncate(descriptor, 0)
            _ = record.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            return FileEditLock(path: path, descriptor: descriptor)
        }
        throw .file(path: path, reason: "cannot lock it: the lock file keeps changing")
    }

    /// Opens the lock file, or creates it (with `O_EXCL`, so that nothing placed there meanwhile is
    /// reused), never through a symbolic link, and only when it is a plain file of this user: the lock
    /// file is truncated and written, so a link or a hard link there would have another file overwritten.
    private static func openLockFile(_ path: String) throws(StoreError) -> Int32 {
        for _ in 0..<100 {
            var descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor < 0 && errno == EEXIST {
                descriptor = open(path, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
                // Gone between the two opens (its holder released it): create it again.
                if descriptor < 0 && errno == ENOENT { continue }
            }
            guard descriptor >= 0 else {
                if errno == ELOOP, FileReader.isLink(path) { throw refused(path, "is a symbolic link") }
                throw .file(path: path, reason: "cannot open the lock file: \(String(cString: strerror(errno)))")
            }
            var info = stat()
            guard fstat(descriptor, &info) == 0 else {
                close(descriptor)
                throw .file(path: path, reason: "cannot open the lock file: \(String(cString: strerror(errno)))")
            }
            let problem: String? =
                if info.st_mode & S_IFMT != S_IFREG { "is not a plain file" } else if info.st_uid != geteuid() {
                    "belongs to another user (uid \(info.st_uid))"
                } else if info.st_nlink != 1 { "has other names (hard links)" } else { nil }
            if let problem {
                close(descriptor)
                throw refused(path, problem)
            }
            return descriptor
        }
        throw .file(path: path, reason: "cannot lock it: the lock file keeps changing")
    }

    private static func refused(_ path: String, _ problem: String) -> StoreError {
        .file(
            path: path,
            reason:
                "the lock file \(problem), so it is not used: writing the lock there could overwrite another file. Remove it if no interview is open"
        )
    }

    /// Who holds the lock at `path`, if anyone, without taking it.
    static func holder(at path: String) -> LockHolder? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return nil
        }
        return errno == EWOULDBLOCK ? readHolder(descriptor, waitForRecord: true) : nil
    }

    func release() {
        mutex.withLock {
            guard descriptor >= 0 else { return }
            // Remove the name while still holding the lock, so nobody can lock the file we are leaving;
            // anyone who opened it already notices the name is gone and starts again.
            if isStillNamed(path, by: descriptor) { unlink(path) }
            close(descriptor)
            descriptor = -1
        }
    }

    private static func isStillNamed(_ path: String, by descriptor: Int32) -> Bool {
        var opened = stat()
        var named = stat()
        guard fstat(descriptor, &opened) == 0, lstat(path, &named) == 0 else { return false }
        return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
    }

    private func isStillNamed(_ path: String, by descriptor: Int32) -> Bool {
        Self.isStillNamed(path, by: descriptor)
    }

    /// The holder named in the file. A holder writes its record just after locking, so an empty file
    /// is given a moment to fill.
    private static func readHolder(_ descriptor: Int32, waitForRecord: Bool) -> LockHolder {
        for attempt in 0..<20 {
            if let record = LockRecord.parse(readAll(descriptor)) {
                return LockHolder(processID: record.pid, host: record.host, since: record.since)
            }
            guard waitForRecord, attempt < 19 else { break }
            usleep(5_000)
        }
        return LockHolder(processID: 0, host: "", since: "")
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        return count > 0 ? Array(bytes[0..<count]) : []
    }
}

/// The record inside a lock file: `{"pid": 4242, "host": "laptop", "since": "2026-11-29T14:03:00Z", "processStart": 123456}`.
struct LockRecord: Equatable {
    /// The holder's process id.
    var pid: Int32
    /// The holder's host name.
    var host: String
    /// When the lock was taken.
    var since: String
    /// When the holder process started, in clock ticks since boot (Linux), to tell a reused pid apart.
    var processStart: Int?

    /// The record for this process, now.
    static func current() -> LockRecord {
        let pid = getpid()
        return LockRecord(pid: pid, host: hostName(), since: Timestamp.format(Date()), processStart: startTime(of: pid))
    }

    var rendered: String {
        var entries: [(String, JSONValue)] = [("pid", .integer(Int(pid))), ("host", .string(host)), ("since", .string(since))]
        if let processStart { entries.append(("processStart", .integer(processStart))) }
        return JSONValue.object(entries).rendered()
    }

    static func parse(_ bytes: [UInt8]) -> LockRecord? {
        guard !bytes.isEmpty, let stored = try? JSONDecoder().decode(Stored.self, from: Data(bytes)) else { return nil }
        return LockRecord(pid: stored.pid, host: stored.host ?? "", since: stored.since ?? "", processStart: stored.processStart)
    }

    /// The file's fields as read: only the pid must be there and be a number; the rest is taken when readable.
    private struct Stored: Decodable {
        var pid: Int32
        var host: String?
        var since: String?
        var processStart: Int?

        enum CodingKeys: String, CodingKey { case pid, host, since, processStart }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            pid = try container.decode(Int32.self, forKey: .pid)
            host = try? container.decode(String.self, forKey: .host)
            since = try? container.decode(String.self, forKey: .since)
            processStart = try? container.decode(Int.self, forKey: .processStart)
        }
    }

    /// Whether the holder still runs: on this host, the same process (not a later one given its pid).
    var isAlive: Bool {
        guard host == Self.hostName() else { return true }  // another machine: assume it is, to be safe
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let processStart, let now = Self.startTime(of: pid) else { return true }
        return processStart == now
    }

    static func hostName() -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let status = buffer.withUnsafeMutableBytes { gethostname($0.baseAddress!.assumingMemoryBound(to: CChar.self), 255) }
        guard status == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// Field 22 of `/proc/PID/stat`, the process's start time; nil where there is no /proc.
    static func startTime(of pid: Int32) -> Int? {
        guard let bytes = try? FileReader.bytes(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so field 22 is fields[19].
        return fields.count > 19 ? Int(fields[19]) : nil
    }
}
