import ReadinessCore
#if canImport(Glibc)
import Glibc
#endif

/// Where plain mode reads lines from.
public protocol LineSource: AnyObject {
    /// The next line without its line break, or nil at the end of input.
    func readLine() -> String?
    /// Whether a person is typing (a terminal) rather than a script piping answers.
    var isInteractive: Bool { get }
}

/// Where plain mode writes: prompts and announcements on one stream, the results on another.
public protocol LineSink: AnyObject {
    /// Writes a line of conversation (a prompt, an announcement, an error).
    func say(_ line: String)
    /// Writes a prompt without a line break.
    func prompt(_ text: String)
    /// Writes the results: the only thing on standard output when it is redirected.
    func result(_ text: String)
}

/// Standard input, line by line.
public final class StandardInputLines: LineSource {
    /// Creates the reader.
    public init() {}

    public func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    public var isInteractive: Bool { isatty(0) == 1 }
}

/// Standard output and error, as plain mode uses them: when standard output is redirected, the
/// conversation goes to standard error so that `readiness --plain > result.txt` holds the report alone.
public final class StandardStreams: LineSink {
    private let conversation: Int32

    /// Creates the streams, choosing where the conversation goes.
    public init() {
        conversation = isatty(1) == 1 ? 1 : 2
    }

    public func say(_ line: String) { write(TerminalText.sanitizedLine(line) + "\n", to: conversation) }
    public func prompt(_ text: String) { write(TerminalText.sanitizedLine(text), to: conversation) }
    public func result(_ text: String) { write(text, to: 1) }

    private func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
