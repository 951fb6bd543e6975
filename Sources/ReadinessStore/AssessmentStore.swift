import ReadinessCore

/// Where assessments are kept. The on-disk store and the in-memory twin used by tests share this protocol
/// and one test suite.
///
/// Both keep assessments in the portable assessment-file format and read them back against the
/// questionnaire they name, so what one store accepts, the other does too.
public protocol AssessmentStore: AnyObject {
    /// Saves an assessment, creating or replacing it. Returns once the data is safe.
    func save(_ assessment: Assessment) throws(StoreError)
    /// Adds a new assessment, refusing with `.alreadyExists` when its id is taken.
    func insert(_ assessment: Assessment) throws(StoreError)
    /// Loads an assessment by its full id, checked against its questionnaire.
    func load(_ id: String) throws(StoreError) -> Assessment
    /// Every assessment that can be read, newest first, and every one that cannot, with the reason.
    func listing() -> StoreListing
    /// Deletes an assessment; refuses with `.locked` while another editor holds it.
    func delete(_ id: String) throws(StoreError)
    /// Every stored id, in no particular order.
    func ids() throws(StoreError) -> [String]
    /// Takes the editing lock of an assessment, or reports who holds it (`.locked`).
    func lock(_ id: String) throws(StoreError) -> StoreLock
}

extension AssessmentStore {
    /// The full id of the one assessment whose id starts with `prefix` (an exact id always wins).
    public func resolve(_ prefix: String) throws(StoreError) -> String {
        try AssessmentID.resolve(prefix, among: ids())
    }

    /// A new random id that no stored assessment has.
    public func newID() throws(StoreError) -> String {
        let taken = Set(try ids())
        while true {
            let id = AssessmentID.make()
            if !taken.contains(id) { return id }
        }
    }

    /// Adds an assessment from elsewhere (an imported file): under its own id when that is a valid store id
    /// and free, otherwise under a new one. Returns the assessment as stored.
    @discardableResult
    public func add(_ assessment: Assessment) throws(StoreError) -> Assessment {
        var stored = assessment
        if !AssessmentID.isValid(stored.id) { stored.id = try newID() }
        while true {
            do throws(StoreError) {
                try insert(stored)
                return stored
            } catch .alreadyExists {
                stored.id = try newID()
            }
        }
    }

    /// The most recently updated draft, for `resume` without an id.
    public func mostRecentDraft() -> AssessmentSummary? {
        listing().summaries.first { $0.status == .draft }
    }

    /// The assessment that already continues `id` into the questionnaire `questionnaireID` (the newest
    /// when there are several), so continuing the same call twice opens it instead of starting a second
    /// full assessment; nil when there is none.
    public func continuation(of id: String, into questionnaireID: String) -> AssessmentSummary? {
        listing().summaries.first { $0.continuedFrom == id && $0.questionnaireID == questionnaireID }
    }
}

/// What `listing()` finds.
public struct StoreListing: Sendable {
    /// The readable assessments, newest first.
    public var summaries: [AssessmentSummary]
    /// Stored assessments that could not be read, with what is wrong; they never hide the others.
    public var problems: [StoreProblem]

    /// Creates a listing.
    init(summaries: [AssessmentSummary], problems: [StoreProblem]) {
        self.summaries = summaries
        self.problems = problems
    }
}

/// A stored assessment that cannot be read.
public struct StoreProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path (the id, in memory).
    public var path: String
    /// Where in the file, when the problem has a place.
    public var location: SourceLocation?
    /// What is wrong, in one line.
    public var message: String
    /// Every problem in full, compiler style with the lines and carets, when there is more to show.
    public var details: String?

    /// Creates a problem.
    init(path: String, location: SourceLocation? = nil, message: String, details: String? = nil) {
        self.path = path
        self.location = location
        self.message = message
        self.details = details
    }

    /// `path:line:column: message`, or `path: message` without a place.
    public var description: String {
        if let location { return "\(path):\(location.line):\(location.column): \(message)" }
        return "\(path): \(message)"
    }
}

/// A held editing lock; releasing it lets another editor take it.
public protocol StoreLock: AnyObject {
    /// Releases the lock (also done when the lock is dropped or the process ends).
    func release()
}

/// Who holds an editing lock, as recorded by the holder.
public struct LockHolder: Sendable, Equatable {
    /// The holder's process id (0 when the record could not be read).
    public var processID: Int32
    /// The holder's host name, as the holder saw it.
    var host: String
    /// When the lock was taken, as an ISO 8601 timestamp (empty when unknown).
    public var since: String

    /// Creates a holder record.
    init(processID: Int32, host: String, since: String) {
        self.processID = processID
        self.host = host
        self.since = since
    }
}

/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No assessment has this id or prefix.
    case notFound(String)
    /// The prefix matches several assessments.
    case ambiguous(String, matches: [String])
    /// `insert` was given an id that is taken.
    case alreadyExists(String)
    /// Another editor holds the assessment's lock.
    case locked(id: String, holder: LockHolder)
    /// The stored assessment cannot be read.
    case invalid(StoreProblem)
    /// The file system refused.
    case file(path: String, reason: String)

    /// The text a person reads.
    public var description: String {
        switch self {
        case .notFound(let id): "no assessment '\(id)'; 'readiness list' shows them all"
        case .ambiguous(let prefix, let matches):
            "'\(prefix)' matches several assessments: \(matches.joined(separator: ", ")); type more of the id"
        case .alreadyExists(let id): "an assessment with the id '\(id)' already exists"
        case .locked(let id, let holder):
            "assessment \(id) is being edited by \(holder.processID > 0 ? "process \(holder.processID)" : "another process")\(holder.host.isEmpty ? "" : " on \(holder.host)")\(holder.since.isEmpty ? "" : " since \(holder.since)")"
        case .invalid(let problem): problem.description
        case .file(let path, let reason): "\(path): \(reason)"
        }
    }
}

/// Short ids that are easy to type and read aloud: no 0/o, 1/l/i.
public enum AssessmentID {
    static let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz")

    /// A new random id of eight characters.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Whether an id can name a stored assessment: 1 to 64 lower-case ASCII letters, digits, `-` and `_`,
    /// not starting with `-` (so it can never be a path or an option).
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.utf8.first, first != UInt8(ascii: "-"), id.utf8.count <= 64 else { return false }
        return id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    /// The one id among `ids` that starts with `prefix` (an exact match wins).
    public static func resolve(_ prefix: String, among ids: [String]) throws(StoreError) -> String {
        if ids.contains(prefix) { return prefix }
        let matches = ids.filter { $0.hasPrefix(prefix) }.sorted()
        guard !prefix.isEmpty, let first = matches.first else { throw .notFound(prefix) }
        guard matches.count == 1 else { throw .ambiguous(prefix, matches: matches) }
        return first
    }
}
