import ReadinessCore

/// The questionnaires in one folder, loaded and checked.
public struct QuestionnaireCatalog: Sendable {
    /// One file of the folder: its questionnaire, or why it cannot be used.
    public struct Entry: Sendable {
        /// The file's path.
        public let path: String
        /// The questionnaire or the problems in it.
        public let result: Result<Questionnaire, QuestionnaireFileError>
    }

    /// The id used when none is asked for.
    public static let defaultID = "co-managed-readiness"

    /// The folder read.
    public let directory: String
    /// Every questionnaire file in it, in name order.
    public let entries: [Entry]

    /// Reads every `.yaml` and `.yml` file in a folder.
    public init(directory: String) throws(FileError) {
        self.directory = directory
        entries = try FileReader.names(inDirectory: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { name in
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                return Entry(path: path, result: Result { () throws(QuestionnaireFileError) in try Self.load(path: path) })
            }
    }

    /// The questionnaires that loaded, in file order.
    public var questionnaires: [Questionnaire] {
        entries.compactMap { try? $0.result.get() }
    }

    /// A file holding the same questionnaire id and version as an earlier one: only the first is used.
    public struct Shadowed: Sendable, Equatable {
        /// The file that is not used.
        public let path: String
        /// The earlier file (in name order) that is.
        public let usedPath: String
        /// The id and version both files give.
        public let id: String, version: String

        /// The files among `loaded` (in the order they are read) that repeat an earlier one's id and version.
        public static func find(in loaded: [(path: String, questionnaire: Questionnaire)]) -> [Shadowed] {
            var first: [String: String] = [:]
            var found: [Shadowed] = []
            for (path, questionnaire) in loaded {
                let key = questionnaire.id + "\u{0}" + questionnaire.version
                if let usedPath = first[key] {
                    found.append(Shadowed(path: path, usedPath: usedPath, id: questionnaire.id, version: questionnaire.version))
                } else {
                    first[key] = path
                }
            }
            return found
        }
    }

    /// Files that repeat the id and version of an earlier file, which wins wherever either is asked for.
    public var shadowed: [Shadowed] {
        Shadowed.find(in: entries.compactMap { entry in (try? entry.result.get()).map { (entry.path, $0) } })
    }

    /// The questionnaire with an id, or an error that lists the ones available.
    public func questionnaire(id: String) throws(CatalogError) -> Questionnaire {
        if let found = questionnaires.first(where: { $0.id == id }) { return found }
        if let broken = entries.first(where: { entry in
            if case .failure = entry.result { return entry.path.hasSuffix("/\(id).yaml") || entry.path.hasSuffix("/\(id).yml") }
            return false
        }), case let .failure(error) = broken.result {
            throw .invalid(error)
        }
        throw .unknown(id: id, available: questionnaires.map(\.id), directory: directory)
    }

    /// Loads and checks one questionnaire file.
    public static func load(path: String) throws(QuestionnaireFileError) -> Questionnaire {
        let bytes: [UInt8]
        do { bytes = try FileReader.bytes(atPath: path) } catch { throw .file(error) }
        do {
            let file = try SourceFile.decoding(path: path, bytes: bytes)
            return try QuestionnaireLoader.load(file)
        } catch {
            throw .invalid(error)
        }
    }

    /// Finds the questionnaire folder: an explicit one, then beside the executable, then the installed
    /// share folder, then the source tree recorded at build time.
    public static func locate(explicit: String?, executablePath: String?, buildTimeFolder: String?) -> String? {
        if let explicit { return explicit }
        var candidates: [String] = []
        if let executablePath {
            let folder = parent(of: executablePath)
            candidates.append(folder + "/questionnaires")
            candidates.append(parent(of: folder) + "/share/readiness/questionnaires")
        }
        if let buildTimeFolder { candidates.append(buildTimeFolder) }
        return candidates.first(where: FileReader.isDirectory)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// Why a questionnaire file cannot be used: it cannot be read (74) or it is invalid (65).
public enum QuestionnaireFileError: Error, Sendable {
    case file(FileError)
    case invalid(DiagnosticsError)
}

/// Why a questionnaire cannot be found.
public enum CatalogError: Error, Sendable {
    case unknown(id: String, available: [String], directory: String)
    case invalid(QuestionnaireFileError)
}
