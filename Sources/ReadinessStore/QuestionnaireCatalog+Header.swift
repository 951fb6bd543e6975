import ReadinessCore

extension QuestionnaireCatalog {
    /// What the catalog knows of a file before reading it whole: the questionnaire's id, version and title
    /// from the top-level keys, so a command reads and checks only the file it needs.
    ///
    /// The header is a guide, never the answer: a file is used only once its full read succeeds and gives
    /// the same id and version. A file whose keys the scan cannot find for sure (unreadable, not a mapping
    /// at the top, an alias) has no id and version here and is read whole whenever any questionnaire is
    /// looked for, so the scan can only save work, never change which questionnaire is chosen.
    public struct Header: Sendable, Equatable {
        /// The file's path.
        public let path: String
        /// The top-level `id`, nil when the scan is not sure of it.
        public let id: String?
        /// The top-level `version`, nil when the scan is not sure of it.
        public let version: String?
        /// The top-level `title`, nil when the scan is not sure of it.
        public let title: String?

        /// Whether the scan found both the id and the version.
        var isKnown: Bool { id != nil && version != nil }

        /// How much of a file the scan reads first: the keys come after the file's opening comments, a
        /// few kilobytes at most in the shipped files (4 KB), where the files themselves run to 100 KB.
        static let prefixBytes = 16 * 1024

        /// Reads the start of the file and scans its top-level keys, reading the whole file only when the
        /// start is not enough to be sure; a file that cannot be read gets an unknown header (its full
        /// read, when it is needed, says why).
        static func scan(path: String) -> Header {
            let unknown = Header(path: path, id: nil, version: nil, title: nil)
            guard let start = try? FileReader.bytes(atPath: path, limit: prefixBytes) else { return unknown }
            if start.count < prefixBytes { return scan(path: path, bytes: start) }
            if let values = YAMLTopLevelScan.values(of: keys, in: start, isPrefix: true) { return found(values, path: path) }
            guard let bytes = try? FileReader.bytes(atPath: path) else { return unknown }
            return scan(path: path, bytes: bytes)
        }

        /// Scans the YAML events (ReadinessCore's `YAMLTopLevelScan`) up to the first top-level `id`, `version` and `title`, skipping what is
        /// nested, and stops as soon as all three are found: the rest of the file is neither parsed nor
        /// checked. A duplicate key, a second document or anything else wrong later in the file makes
        /// the full read fail, and a file whose full read fails is never used, so stopping early is safe.
        static func scan(path: String, bytes: [UInt8]) -> Header {
            found(YAMLTopLevelScan.values(of: keys, in: bytes) ?? [:], path: path)
        }

        /// The top-level keys a header holds.
        private static let keys: Set<String> = ["id", "version", "title"]

        /// A header from the values a scan found.
        private static func found(_ values: [String: String], path: String) -> Header {
            Header(path: path, id: values["id"], version: values["version"], title: values["title"])
        }
    }
}
