import ReadinessCore

/// Where assessments are kept. The on-disk store and the in-memory twin used by tests share this protocol
/// and one test suite.
public protocol AssessmentStore: AnyObject {
    /// Saves an assessment, creating or replacing it. Returns once the data is safe.
    func save(_ assessment: Assessment) throws(StoreError)
    /// Loads an assessment by its full id.
    func load(_ id: String) throws(StoreError) -> Assessment
    /// Every assessment that can be read, newest first, and every file that cannot, with the reason.
    func listing() -> StoreListing
    /// Deletes an assessment.
    func delete(_ id: String) throws(StoreError)
    /// The full id of the one assessment whose id starts with `prefix`.
    func resolve(_ prefix: String) throws(StoreError) -> String
    /// Takes the editing lock of an assessment, or reports who holds it.
    func lock(_ id: String) throws(StoreError) -> StoreLock
}

/// What `listing()` finds.
public struct StoreListing: Sendable {
    /// The readable assessments with their questionnaires, newest first.
    public var assessments: [Assessment]
    /// Files that could not be read, with what is wrong; they never hide the others.
    public var problems: [StoreProblem]

    /// Creates a listing.
    public init(assessments: [Assessment], problems: [StoreProblem]) {
        self.assessments = assessments
        self.problems = problems
    }
}

/// A stored file that cannot be read.
public struct StoreProblem: Sendable, Equatable {
    /// The file's path (or the id, in memory).
    public var path: String
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

/// A held editing lock; releasing it lets another interview edit the assessment.
public protocol StoreLock: AnyObject {
    /// Releases the lock (also done when the process ends).
    func release()
}

/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No assessment has this id or prefix.
    case notFound(String)
    /// The prefix matches several assessments.
    case ambiguous(String, matches: [String])
    /// Another process is editing the assessment.
    case locked(id: String, processID: Int32, since: String)
    /// The stored file is not a valid assessment.
    case invalid(path: String, message: String)
    /// The file system refused.
    case file(path: String, reason: String)

    public var description: String {
        switch self {
        case let .notFound(id): "no assessment '\(id)'"
        case let .ambiguous(prefix, matches): "'\(prefix)' matches several assessments: \(matches.joined(separator: ", "))"
        case let .locked(id, processID, since): "assessment \(id) is being edited by process \(processID) since \(since)"
        case let .invalid(path, message): "\(path): \(message)"
        case let .file(path, reason): "\(path): \(reason)"
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

    /// The one id among `ids` that starts with `prefix` (an exact match wins).
    public static func resolve(_ prefix: String, among ids: [String]) throws(StoreError) -> String {
        if ids.contains(prefix) { return prefix }
        let matches = ids.filter { $0.hasPrefix(prefix) }.sorted()
        guard !prefix.isEmpty, let first = matches.first else { throw .notFound(prefix) }
        guard matches.count == 1 else { throw .ambiguous(prefix, matches: matches) }
        return first
    }
}
