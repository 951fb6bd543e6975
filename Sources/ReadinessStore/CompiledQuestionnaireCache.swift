import ReadinessCore

/// Questionnaires the loader accepted, kept compiled (`Questionnaire.compiled`) in the cache folder so
/// the next run skips the YAML, the checks and the tree between them.
///
/// A compiled copy is never trusted blindly. It is used only when it was written by this very build of
/// the program (the stamp: version, size and time of the executable), and when every file it was
/// compiled from (the questionnaire and what it includes) still has the size and time it had and, read
/// again now, the same contents (a 64-bit hash of every byte). The copy's own bytes carry their hash too.
/// Anything else (no copy, another build, a changed, missing or unreadable file, a damaged or cut copy)
/// reads the YAML as before and writes the copy again; failing to write it changes nothing but speed. A
/// file that does not load is never kept, so its problems are always found and reported afresh.
public struct CompiledQuestionnaireCache: Sendable {
    /// The folder the copies are kept in, one file per questionnaire path.
    public let folder: String
    /// This build of the program: a copy written by any other is not read.
    public let stamp: String

    /// A cache in `folder` for the build `stamp`.
    public init(folder: String, stamp: String) {
        self.folder = folder
        self.stamp = stamp
    }

    /// One file a questionnaire was compiled from, as it was then: its identity on disk (as the listing
    /// cache keys a file) and a hash of its bytes.
    struct Source: Equatable {
        let path: String
        let key: ListingCache.FileKey
        let hash: UInt64

        /// The file at `path` as it is now, `bytes` being what was read of it.
        static func current(_ path: String, bytes: [UInt8]) -> Source? {
            ListingCache.FileKey(path: path).map { Source(path: path, key: $0, hash: ContentHash.of(bytes)) }
        }
    }

    /// What a copy starts with, so no other file is taken for one.
    private static let magic = Array("readiness compiled questionnaire\n".utf8)

    /// Where the copy of the questionnaire at `path` is kept.
    func copyPath(for path: String) -> String {
        folder + "/" + Fingerprint.of(Array(path.utf8)) + ".questionnaire"
    }

    /// The questionnaire at `path` from its compiled copy, `bytes` being the file as just read; nil when
    /// there is no copy this build can trust.
    func questionnaire(at path: String, bytes: [UInt8]) -> Questionnaire? {
        guard let copy = try? FileReader.bytes(atPath: copyPath(for: path)) else { return nil }
        return try? Self.read(copy, path: path, bytes: bytes, stamp: stamp)
    }

    /// The copy's questionnaire, when it was written by the build `stamp` from files unchanged since.
    static func read(_ copy: [UInt8], path: String, bytes: [UInt8], stamp: String) throws(BinaryReader.Malformed) -> Questionnaire {
        guard copy.starts(with: magic) else { throw BinaryReader.Malformed() }
        var reader = BinaryReader(copy, from: magic.count)
        guard try reader.string() == stamp else { throw BinaryReader.Malformed() }
        let count = try reader.count()
        for index in 0..<count {
            let recorded = Source(
                path: try reader.string(),
                key: ListingCache.FileKey(
                    inode: try reader.word(), size: Int64(try reader.int()), seconds: try reader.int(), nanoseconds: try reader.int()),
                hash: try reader.word())
            // The questionnaire first (already read), then each file it includes, read again now.
            guard index > 0 || recorded.path == path else { throw BinaryReader.Malformed() }
            let current = index == 0 ? bytes : try? FileReader.bytes(atPath: recorded.path)
            guard let current, Source.current(recorded.path, bytes: current) == recorded else { throw BinaryReader.Malformed() }
        }
        let payload = try reader.data()
        guard try reader.word() == ContentHash.of(payload), reader.isAtEnd else { throw BinaryReader.Malformed() }
        return try Questionnaire(compiled: payload)
    }

    /// Keeps `questionnaire`, compiled from `sources` (the questionnaire's file first). Written whole to a
    /// new file and renamed into place, so a reader sees the old copy or the new one; any failure is
    /// ignored.
    func keep(_ questionnaire: Questionnaire, from sources: [Source]) {
        var writer = BinaryWriter()
        writer.string(stamp)
        writer.array(sources) { writer, source in
            writer.string(source.path)
            writer.word(source.key.inode)
            writer.int(Int(source.key.size))
            writer.int(source.key.seconds)
            writer.int(source.key.nanoseconds)
            writer.word(source.hash)
        }
        let payload = questionnaire.compiled
        writer.data(payload)
        writer.word(ContentHash.of(payload))
        guard (try? DataFolder.create(folder)) != nil else { return }
        try? AtomicFile.write(Self.magic + writer.bytes, to: copyPath(for: sources[0].path), permissions: 0o600, durable: false)
    }
}
