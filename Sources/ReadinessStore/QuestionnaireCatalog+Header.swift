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

        /// Reads the file and scans its top-level keys; a file that cannot be read gets an unknown header
        /// (its full read, when it is needed, says why).
        static func scan(path: String) -> Header {
            guard let bytes = try? FileReader.bytes(atPath: path) else { return Header(path: path, id: nil, version: nil, title: nil) }
            return scan(path: path, bytes: bytes)
        }

        /// Scans the YAML events (ReadinessCore's `YAMLTopLevelScan`) up to the first top-level `id`, `version` and `title`, skipping what is
        /// nested, and stops as soon as all three are found: the rest of the file is neither parsed nor
        /// checked. A duplicate key, a second document or anything else wrong later in the file makes
        /// the full read fail, and a file whose full read fails is never used, so stopping early is safe.
        static func scan(path: String, bytes: [UInt8]) -> Header {
            let found = YAMLTopLevelScan.values(of: ["id", "version", "title"], in: bytes) ?? [:]
            return Header(path: path, id: found["id"], version: found["version"], title: found["title"])
        }
    }
}
