/// A 1-based line and column in a source file; columns count Unicode scalars, as libyaml does.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The line, starting at 1.
    public var line: Int
    /// The column, starting at 1.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file, used for problems that concern the whole file.
    public static let start = SourceLocation(line: 1, column: 1)

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The text of one file with its display path, kept so diagnostics can quote the offending line.
public struct SourceFile: Sendable {
    /// The path as the user should see it in messages.
    public let path: String
    /// The whole text of the file.
    public let text: String
    /// Where each line starts, found once so quoting many lines stays linear.
    private let lineStarts: [String.Index]

    /// Creates a source file from a path and its text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var starts = [text.startIndex]
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index].isNewline { starts.append(next) }
            index = next
        }
        lineStarts = starts
    }

    /// The text of a 1-based line without its line break, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : text.endIndex
        if end > start, number < lineStarts.count { end = text.index(before: end) }
        return String(text[start..<end])
    }
}
