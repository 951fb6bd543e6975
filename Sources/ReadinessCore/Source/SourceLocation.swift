/// A 1-based line and column in a source file; columns count Unicode scalars, as libyaml does.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Every scalar of a read file carries one, so it is kept in 12 bytes rather than 24: the tree of a
    // large questionnaire is a third smaller and loads faster. A file is at most a few megabytes, so a
    // line or column never comes near 2^32 (values beyond are clamped, never wrapped).
    private let storedLine: UInt32
    private let storedColumn: UInt32
    private let storedFile: UInt32

    /// The line, starting at 1.
    public var line: Int { Int(storedLine) }
    /// The column, starting at 1.
    public var column: Int { Int(storedColumn) }
    /// Which file of a read the location is in: 0 for the file read, then each file it includes in the
    /// order they were read (see `QuestionnaireLoader.check`).
    public var file: Int { Int(storedFile) }

    /// Creates a location from a 1-based line and column.
    init(line: Int, column: Int, file: Int = 0) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
        storedFile = UInt32(clamping: file)
    }

    /// The start of a file, used for problems that concern the whole file.
    public static let start = SourceLocation(line: 1, column: 1)

    /// The text a person reads.
    public var description: String { "\(line):\(column)" }

    /// Earlier before later, in the order the type's cases are listed.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

extension SourceLocation: CustomReflectable {
    /// Shown as its line, column and file (a debugger and test dumps see these, not the packed storage).
    public var customMirror: Mirror { Mirror(self, children: ["line": line, "column": column, "file": file], displayStyle: .struct) }
}

/// The text of one file with its display path, kept so diagnostics can quote the offending line.
public struct SourceFile: Sendable, Hashable {
    /// The path as the user should see it in messages.
    public let path: String
    /// The whole text of the file.
    public let text: String

    /// Creates a source file from a path and its text. Nothing is scanned up front: most files are read
    /// without a single diagnostic, and lines are only looked for when one is printed.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of a 1-based line without its line break (`\n`, with a `\r` before it dropped), or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        let bytes = text.utf8
        var current = 1
        var start = bytes.startIndex
        if number > 1 {
            var index = bytes.startIndex
            while index < bytes.endIndex {
                if bytes[index] == UInt8(ascii: "\n") {
                    current += 1
                    if current == number {
                        start = bytes.index(after: index)
                        break
                    }
                }
                index = bytes.index(after: index)
            }
            guard current == number else { return nil }
        }
        var end = start
        while end < bytes.endIndex, bytes[end] != UInt8(ascii: "\n") { end = bytes.index(after: end) }
        var line = Substring(text[start..<end])
        if line.hasSuffix("\r") { line = line.dropLast() }
        return String(line)
    }
}
