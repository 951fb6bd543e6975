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

/// Remembers `list` rows between runs, so listing thousands of assessments reads each file only when it
/// changed. Purely an accelerator: a missing, damaged or outdated cache only costs time.
///
/// A row is reused only when its file is the same file as when it was read (same inode, size and
/// modification time to the nanosecond), the questionnaire that would read it now is byte for byte the
/// one that read it then (its fingerprint), and the program is the same build (the stamp). The cache
/// lives outside the data folder (in the XDG cache folder), so a team's synced folder holds only
/// assessments; it holds organization names, so it is written 0600 like them.
public struct ListingCache: Sendable {
    /// The cache file.
    public let path: String
    /// Identifies the program build; a cache written by another build is ignored.
    public let stamp: String

    /// Creates a cache at `path` for the program build `stamp`.
    public init(path: String, stamp: String) {
        self.path = path
        self.stamp = stamp
    }

    /// A file's identity on disk when it was summarized.
    struct FileKey: Equatable {
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int

        /// The key of the file at `path`, or nil when it cannot be examined.
        init?(path: String) {
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }  // a link is never the file it was
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            #if canImport(Darwin)
                seconds = Int(info.st_mtimespec.tv_sec)
                nanoseconds = Int(info.st_mtimespec.tv_nsec)
            #else
                seconds = Int(info.st_mtim.tv_sec)
                nanoseconds = Int(info.st_mtim.tv_nsec)
            #endif
        }

        init(inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int) {
            self.inode = inode
            self.size = size
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        }
    }

    /// One remembered row.
    struct Entry: Equatable {
        var key: FileKey
        /// The fingerprint of the questionnaire the file was read with.
        var fingerprint: String
        var summary: AssessmentSummary
    }

    /// Raised whenever a row's fields change: version 2 added the need, its range and the confidence;
    /// version 3 whether the result is provisional and the assessment it continues. A cache of another version is ignored and rebuilt.
    private static let magic = "readiness-list-cache 3"
    /// The largest cache read: rows are about 200 bytes, so this is hundreds of thousands of assessments.
    private static let maximumBytes = 64 * 1024 * 1024

    /// The remembered rows by file name (a later line for a name wins), and how many lines held them;
    /// nothing when there is no usable cache.
    func load() -> (entries: [String: Entry], lines: Int) {
        // A cache too large to be one this program wrote is ignored (it only costs time).
        guard let bytes = try? FileReader.bytes(atPath: path, limit: Self.maximumBytes + 1), bytes.count <= Self.maximumBytes else {
            return ([:], 0)
        }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        guard let header = lines.popFirst(), String(decoding: header, as: UTF8.self) == self.header() else { return ([:], 0) }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines {
            if let (name, entry) = Self.parse(line) { entries[name] = entry }
        }
        return (entries, lines.count)
    }

    /// Adds one row at the end, as a save does, so the next listing need not read that file. Appends of a
    /// line are whole on a local file system; a torn line would simply not parse.
    func append(name: String, entry: Entry) {
        let line = Array(Self.line(name: name, entry: entry).utf8)
        var descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        if descriptor < 0 {
            guard errno == ENOENT, (try? DataFolder.create(AtomicFile.parentFolder(of: path))) != nil else { return }
            descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return }
            fchmod(descriptor, 0o600)
            _ = try? AtomicFile.writeAll(Array((header() + "\n").utf8), to: descriptor, path: path)
        }
        _ = try? AtomicFile.writeAll(line, to: descriptor, path: path)
        close(descriptor)
    }

    private func header() -> String { "\(Self.magic)\t\(Self.escape(stamp))" }

    /// Replaces the cache with these rows. Failures are ignored: the cache is only an accelerator.
    func store(_ entries: [String: Entry]) {
        store(lines: entries.sorted(by: { $0.key < $1.key }).map { Self.line(name: $0.key, entry: $0.value) })
    }

    /// Replaces the cache with rows already made by `line(name:entry:)`, in file name order (a listing
    /// makes them on every core while it reads the files).
    func store(lines: [String]) {
        var text = header() + "\n"
        text.reserveCapacity(lines.count * 200)
        for line in lines { text += line }
        let folder = AtomicFile.parentFolder(of: path)
        guard (try? DataFolder.create(folder)) != nil else { return }
        // Not flushed to disk on purpose: losing the cache in a power cut costs one slow listing.
        let temporary = "\(path).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        fchmod(descriptor, 0o600)
        let written = (try? AtomicFile.writeAll(Array(text.utf8), to: descriptor, path: temporary)) != nil
        close(descriptor)
        if !written || rename(temporary, path) != 0 { unlink(temporary) }
    }

    // MARK: - Lines: tab-separated fields, with `\`, tab, newline and return escaped.

    /// The line that remembers one row.
    static func line(name: String, entry: Entry) -> String {
        let summary = entry.summary
        let fields: [String] =
            [
                name, String(entry.key.inode), String(entry.key.size), String(entry.key.seconds), String(entry.key.nanoseconds),
                entry.fingerprint, summary.id, summary.organization, summary.assessor, summary.questionnaireID,
                summary.answeredVersion, summary.scoredVersion, summary.mode.rawValue, summary.status.rawValue,
                String(summary.created.timeIntervalSince1970), String(summary.updated.timeIntervalSince1970),
                String(summary.answered), String(summary.shown),
            ] + Self.fields(of: summary.outcome) + [summary.continuedFrom ?? ""]
        // Its bytes gathered in room made once, and made text once: joining strings cost more than the
        // rest of the line. Escaped as they are gathered, as `escape` does it: the four characters escaped
        // are ASCII, so the bytes of every other character pass as they are.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fields.reduce(fields.count + 16) { $0 + $1.utf8.count })
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "\t")) }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func parse(_ line: ArraySlice<UInt8>) -> (String, Entry)? {
        let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(unescape)
        guard fields.count == 25,
            let inode = UInt64(fields[1]), let size = Int64(fields[2]), let seconds = Int(fields[3]), let nanoseconds = Int(fields[4]),
            let mode = Assessment.Mode(rawValue: fields[12]), let status = Assessment.Status(rawValue: fields[13]),
            let created = Double(fields[14]), let updated = Double(fields[15]),
            let answered = Int(fields[16]), let shown = Int(fields[17]),
            case (let outcome, let valid) = Self.outcome(from: fields[18..<24]), valid
        else { return nil }
        let summary = AssessmentSummary(
            id: fields[6], organization: fields[7], assessor: fields[8], questionnaireID: fields[9],
            answeredVersion: fields[10], scoredVersion: fields[11], mode: mode, status: status,
            created: Date(timeIntervalSince1970: created), updated: Date(timeIntervalSince1970: updated),
            answered: answered, shown: shown, outcome: outcome, continuedFrom: fields[24].isEmpty ? nil : fields[24])
        return (
            fields[0],
            Entry(
                key: FileKey(inode: inode, size: size, seconds: seconds, nanoseconds: nanoseconds), fingerprint: fields[5], summary: summary
            )
        )
    }

    /// A row's result as six fields: rating, need, low, high, confidence, provisional ("provisional" or
    /// "stated"); each "-" for a draft.
    private static func fields(of outcome: AssessmentSummary.Outcome?) -> [String] {
        guard let outcome else { return ["-", "-", "-", "-", "-", "-"] }
        return [
            outcome.rating.rawValue, String(outcome.need), String(outcome.low), String(outcome.high), outcome.confidence.rawValue,
            outcome.provisional ? "provisional" : "stated",
        ]
    }

    /// The result read back from its six fields, and whether they were valid (all "-", or all readable).
    private static func outcome(from fields: ArraySlice<String>) -> (AssessmentSummary.Outcome?, Bool) {
        let parts = Array(fields)
        if parts.allSatisfy({ $0 == "-" }) { return (nil, true) }
        guard let rating = Rating(rawValue: parts[0]), let need = Int(parts[1]), let low = Int(parts[2]), let high = Int(parts[3]),
            let confidence = Confidence(rawValue: parts[4]), ["provisional", "stated"].contains(parts[5])
        else { return (nil, false) }
        let outcome = AssessmentSummary.Outcome(
            rating: rating, need: need, low: low, high: high, confidence: confidence, provisional: parts[5] == "provisional")
        return (outcome, true)
    }

    static func escape(_ text: String) -> String {
        guard
            text.utf8.contains(where: {
                $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
            })
        else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaped = false
        for byte in bytes {
            if escaped {
                switch byte {
                case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                default: out.append(byte)
                }
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A short stable hash (`ContentHash`, as 16 hex digits) for fingerprints and cache names.
enum Fingerprint {
    static func of(_ bytes: [UInt8]) -> String {
        let hex = String(ContentHash.of(bytes), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// A 64-bit hash of bytes, eight at a time: whether a file is still what a cache entry was made from.
/// Not for adversaries (anyone who can change the cache folder can change what is in it); for a file
/// that changed, any change at all.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            func mix(_ word: UInt64) {
                hash = (hash ^ word) &* 0x100_0000_01B3
                hash ^= hash >> 29
            }
            var offset = 0
            while raw.count - offset >= 8 {
                mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            var tail: UInt64 = 0
            for index in offset..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
            mix(tail)
            return hash
        }
    }
}
