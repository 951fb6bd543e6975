@testable import ReadinessTerminal

/// Lines given in advance, as a script pipes them or a person types them (`isInteractive`).
final class MemoryLines: LineSource {
    private var lines: [String]
    let isInteractive: Bool
    /// How many lines were taken.
    private(set) var taken = 0

    init(_ lines: [String], interactive: Bool) {
        self.lines = lines
        isInteractive = interactive
    }

    func readLine() -> String? {
        guard !lines.isEmpty else { return nil }
        taken += 1
        return lines.removeFirst()
    }

    var interruption: Int32? { nil }
    var unfinishedLine: String? { nil }
}

/// Everything plain mode said, prompted and printed as the result, in order.
final class MemoryOutput: LineSink {
    /// The conversation: each said line, and each prompt on a line of its own.
    private(set) var conversation: [String] = []
    /// What was printed as the result.
    private(set) var results: [String] = []

    func say(_ line: String) { conversation.append(line) }
    func prompt(_ text: String) { conversation.append(text) }
    func result(_ text: String) { results.append(text) }

    /// The conversation as one text.
    var text: String { conversation.joined(separator: "\n") }
}
