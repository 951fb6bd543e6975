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

/// A compiled copy of each questionnaire file, so a start decodes the questionnaire it needs instead of
/// reading and checking its YAML again. Purely an accelerator: a missing, damaged, outdated or unwritable
/// copy only costs the time of loading the YAML, and is never reported.
///
/// One file per source file (named by a hash of the source's real path), a header line then the
/// questionnaire as JSON. The header holds the program build (the stamp), the source's size, its
/// modification time to the nanosecond and a hash of its bytes; a copy is used only when all of them are
/// those of the file now. The source is always read and hashed: a file changed and given back its old size
/// and time is still seen. Only a questionnaire that loaded without errors is copied; one with errors is
/// loaded (and reported) from its YAML every time.
public struct CompiledQuestionnaires: Sendable {
    /// The folder of compiled copies.
    public let folder: String
    /// Identifies the program build; a copy written by another build is not used.
    public let stamp: String

    /// Compiled copies in `folder` for the program build `stamp`.
    public init(folder: String, stamp: String) {
        self.folder = folder
        self.stamp = stamp
    }

    /// Raised whenever the header or the encoding changes.
    private static let magic = "readiness-questionnaire 1"

    /// The questionnaire of the file at `path`, whose bytes are `bytes`: the compiled copy when it is
    /// current, else `load()`, whose result is then copied for the next start.
    func questionnaire(
        path: String, bytes: [UInt8], load: () throws(QuestionnaireFileError) -> Questionnaire
    ) throws(QuestionnaireFileError) -> Questionnaire {
        var info = stat()
        guard stat(path, &info) == 0 else { return try load() }
        let copy = copyPath(for: path)
        let header = self.header(path: path, info: info, bytes: bytes)
        if let found = read(copy, header: header) { return found }
        let questionnaire = try load()
        write(questionnaire, to: copy, header: header)
        return questionnaire
    }

    /// Where the copy of a source file is kept.
    func copyPath(for path: String) -> String {
        let real =
            realpath(path, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? path
        return folder + "/" + Fingerprint.of(Array(real.utf8)) + ".json"
    }

    /// What the copy of this file, as it is now, starts with.
    private func header(path: String, info: stat, bytes: [UInt8]) -> String {
        #if canImport(Darwin)
            let time = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
        #else
            let time = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #endif
        let fields = [Self.magic, stamp, path, String(info.st_size), time, Fingerprint.of(bytes)]
        return fields.map(ListingCache.escape).joined(separator: "\t") + "\n"
    }

    /// The questionnaire in a copy that starts with `header`; nil when there is none, or it is another
    /// file's, outdated or damaged.
    private func read(_ copy: String, header: String) -> Questionnaire? {
        guard let bytes = try? FileReader.bytes(atPath: copy, limit: SourceFile.maximumBytes * 8, followingLinks: false) else {
            return nil
        }
        let expected = Array(header.utf8)
        guard bytes.count > expected.count, bytes.prefix(expected.count).elementsEqual(expected) else { return nil }
        return try? JSONDecoder().decode(Questionnaire.self, from: Data(bytes[expected.count...]))
    }

    /// Writes a copy; failures are ignored (the next start loads the YAML again).
    private func write(_ questionnaire: Questionnaire, to copy: String, header: String) {
        guard let body = try? JSONEncoder().encode(questionnaire) else { return }
        CacheFile.replace(copy, with: Array(header.utf8) + Array(body))
    }
}
