/// One problem found in a file, with where it is and, optionally, notes pointing elsewhere.
public struct Diagnostic: Hashable, Sendable {
    /// How serious the problem is.
    public enum Severity: String, Sendable {
        case error
        case warning
        case note
    }

    /// How serious the problem is.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in words a questionnaire author can act on.
    public var message: String
    /// Related places, such as the first definition of a duplicated id.
    public var notes: [Diagnostic]

    /// Creates a diagnostic.
    init(_ severity: Severity, at location: SourceLocation, _ message: String, notes: [Diagnostic] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// Shorthand for an error.
    public static func error(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, notes: notes)
    }

    /// Shorthand for a note attached to another diagnostic.
    public static func note(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.note, at: location, message)
    }
}

/// Diagnostics gathered while reading one file; reading goes on after a problem so every problem is reported at once.
struct DiagnosticLog: Sendable {
    /// Every diagnostic in the order found.
    private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty log.
    init() {}

    /// Whether any error was recorded.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records an error.
    mutating func error(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) {
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    /// Records a diagnostic.
    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The diagnostics ordered by position, so the report reads top to bottom like the file.
    var sorted: [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}

/// Many diagnostics about one file, thrown when it cannot be used.
public struct DiagnosticsError: Error, Sendable {
    /// The file the diagnostics are about.
    public let file: SourceFile
    /// The files it includes, in the order read: a location's `file` 1 is the first of them.
    public let includedFiles: [SourceFile]
    /// The problems, in file order.
    public let diagnostics: [Diagnostic]

    /// Creates the error.
    public init(file: SourceFile, includedFiles: [SourceFile] = [], diagnostics: [Diagnostic]) {
        self.file = file
        self.includedFiles = includedFiles
        self.diagnostics = diagnostics
    }
}

extension DiagnosticsError: CustomStringConvertible {
    /// The text a person reads.
    public var description: String { DiagnosticRenderer.render(diagnostics, in: [file] + includedFiles) }
}
