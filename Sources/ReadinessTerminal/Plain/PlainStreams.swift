import ReadinessCore
import ReadinessIO

#if canImport(Glibc)
    import Glibc
#endif

/// Where plain mode reads lines from.
public protocol LineSource: AnyObject {
    /// The next line without its line break, or nil at the end of input or after a signal.
    func readLine() -> String?
    /// Whether a person is typing (a terminal) rather than a script piping answers.
    var isInteractive: Bool { get }
    /// The signal (SIGINT, SIGTERM, SIGHUP) that ended reading, if one did.
    var interruption: Int32? { get }
    /// What was typed after the last line break when a signal ended reading: a line the user had not
    /// confirmed with Enter. Nil or empty when nothing was, or at the end of input (a last line without
    /// its break is read as a line then).
    var unfinishedLine: String? { get }
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

/// Standard input, line by line; SIGINT, SIGTERM, SIGHUP and SIGQUIT end a read instead of the process.
///
/// Read with `read(2)` rather than `Swift.readLine`: a signal must end the wait, and the standard
/// library's line reader spun on the interrupted read instead of returning.
///
/// On a terminal, a line being typed sits in the kernel until Enter, and Ctrl-C would discard it. So the
/// reader sets NOFLSH (Ctrl-C keeps the typed line) and, when a signal ends a read, takes the line so far
/// by switching canonical input off for a moment: the interview can keep it instead of losing it.
public final class StandardInputLines: LineSource {
    private var buffer: [UInt8] = []
    /// Where the next line starts in `buffer`, and how far it has been searched for a line break.
    private var start = 0
    private var searched = 0
    private var ended = false
    /// The terminal's settings before NOFLSH was set, put back by `restoreTerminal()`.
    private var savedTerminal: termios?
    private var drained = false

    /// Creates the reader and catches the signals that end an interview.
    public init() {
        SignalWatch.install()
        var settings = termios()
        if isatty(0) == 1, Self.ownsTerminal, tcgetattr(0, &settings) == 0 {
            savedTerminal = settings
            settings.c_lflag |= tcflag_t(NOFLSH)
            tcsetattr(0, TCSANOW, &settings)
        }
    }

    /// Puts the terminal's settings back as they were (NOFLSH off); call it once the interview is over.
    public func restoreTerminal() {
        guard var settings = savedTerminal, Self.ownsTerminal else { return }
        tcsetattr(0, TCSANOW, &settings)
        savedTerminal = nil
    }

    /// The next line, without its line break; nil at the end of input.
    public func readLine() -> String? {
        while true {
            if let newline = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                searched = start
                return line
            }
            searched = buffer.count
            // A signal that came while the last answer was being handled ends the run before the next read.
            if SignalWatch.received != nil { return nil }
            if ended {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return line
            }
            fill()
        }
    }

    /// Reads what standard input has, after dropping the lines already returned.
    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            searched -= start
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
        } else if count == 0 || errno != EINTR {
            // The end, or an error such as EIO from a terminal that went away: no more lines either way.
            ended = true
        }
    }

    /// Whether standard input is a terminal.
    public var isInteractive: Bool { isatty(0) == 1 }

    /// The signal that interrupted reading, if one did.
    public var interruption: Int32? { SignalWatch.received }

    /// What was typed on the line when a signal interrupted it.
    public var unfinishedLine: String? {
        guard interruption != nil else { return nil }
        drainPending()
        // A whole line still waiting was sent but never read: only a line without its break is unfinished.
        guard start < buffer.count, !buffer[start...].contains(UInt8(ascii: "\n")) else { return nil }
        return String(decoding: buffer[start...], as: UTF8.self)
    }

    /// Takes in, once and without waiting, what standard input holds beyond what was read: on a terminal
    /// the line typed so far (with canonical input off for a moment, `read` returns what the kernel holds
    /// for a line not yet ended; the settings are put back at once), from a pipe what has arrived.
    private func drainPending() {
        guard !drained else { return }
        drained = true
        if let saved = savedTerminal, Self.ownsTerminal {
            var settings = saved
            settings.c_lflag |= tcflag_t(NOFLSH)
            let canonical = settings
            settings.c_lflag &= ~tcflag_t(ICANON)
            // VMIN and VTIME 0: return at once with whatever is there.
            withUnsafeMutableBytes(of: &settings.c_cc) { characters in
                characters[Int(VMIN)] = 0
                characters[Int(VTIME)] = 0
            }
            guard tcsetattr(0, TCSANOW, &settings) == 0 else { return }
            readAvailable()
            settings = canonical
            tcsetattr(0, TCSANOW, &settings)
        } else if isatty(0) != 1 {
            // A pipe or a file (a terminal not ours is left alone: reading it from the background stops us).
            var waiting = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 0) == 1, waiting.revents & Int16(POLLIN) != 0 else { return }
            readAvailable()
        }
    }

    /// Whether this process is in the terminal's foreground: changing the settings from the background
    /// would stop it with SIGTTOU (after Ctrl-Z and `bg`, even on the way out).
    private static var ownsTerminal: Bool { tcgetpgrp(0) == getpgrp() }

    /// One read of what is there, kept after the lines already read.
    private func readAvailable() {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
        if count > 0 { buffer.append(contentsOf: chunk[0..<count]) }
    }
}

/// Standard output and error, as plain mode uses them: when standard output is redirected, the
/// conversation goes to standard error so that `readiness --plain > result.txt` holds the report alone.
public final class StandardStreams: LineSink {
    private let conversation: Int32

    /// Creates the streams, choosing where the conversation goes.
    public init() {
        conversation = isatty(1) == 1 ? 1 : 2
    }

    /// A line of the conversation.
    public func say(_ line: String) { write(TerminalText.sanitizedLine(line) + "\n", to: conversation) }
    /// A prompt, without a line break.
    public func prompt(_ text: String) { write(TerminalText.sanitizedLine(text), to: conversation) }
    /// The result, always on standard output.
    public func result(_ text: String) { write(text, to: 1) }

    private func write(_ text: String, to descriptor: Int32) {
        _ = Descriptor.writeAll(Array(text.utf8), to: descriptor)
    }
}
