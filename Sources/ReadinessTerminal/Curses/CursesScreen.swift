import CNcursesw
import ReadinessInterview

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal while curses owns it: opening, drawing frames, reading keys and restoring it.
/// Everything that touches ncurses is in this folder, and all of it runs on one thread.
final class CursesScreen {
    private var palette: CursesPalette
    private var previous: Frame?
    private var screen: OpaquePointer?
    private(set) var isOpen = false

    /// Why the terminal could not be opened.
    struct OpenError: Error, CustomStringConvertible {
        let description: String
    }

    /// The biggest screen curses is given; a bigger terminal is drawn in its top-left corner at this size.
    /// ncurses keeps three copies of the screen at about 28 bytes a cell and the layout one more, so a
    /// 10000x10000 terminal (tmux allows it) would need over 10 GB; this size needs about 60 MB.
    static let maximumSize = ScreenSize(width: 1000, height: 500)

    /// Takes over the terminal: raw keys (so Ctrl-C is a key we handle), no echo, keypad decoding,
    /// a 25 ms Escape, and a 100 ms read timeout so signals and hang-ups are noticed promptly.
    /// A `ResizeWatch` must be running first, so that ncurses leaves resizing to `updateSize()`.
    init(useColor: Bool) throws {
        // ncurses takes the size from the LINES and COLUMNS variables over the terminal's own: set them
        // for a terminal over the maximum while curses starts, and put them back after.
        let saved = ["LINES", "COLUMNS"].map { (name: String) in (name, getenv(name).map { String(cString: $0) }) }
        if let real = Self.terminalSize(), real != Self.clamped(real) {
            let size = Self.clamped(real)
            setenv("LINES", String(size.height), 1)
            setenv("COLUMNS", String(size.width), 1)
        }
        let opened = newterm(nil, readiness_standard_output(), readiness_standard_input())
        for (name, value) in saved {
            if let value { setenv(name, value, 1) } else { unsetenv(name) }
        }
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting the process.
        guard let screen = opened else {
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw OpenError(
                description:
                    "cannot use the terminal type '\(term)'; run with --plain, or set TERM to one this system knows (such as xterm-256color)"
            )
        }
        self.screen = screen
        set_term(screen)
        isOpen = true
        raw()
        noecho()
        nonl()
        keypad(readiness_stdscr(), true)
        readiness_set_escdelay(25)
        wtimeout(readiness_stdscr(), 100)
        palette = CursesPalette(useColor: useColor)
        // Bracketed paste: a paste arrives marked, so it can be taken as text, never as keystrokes
        // that answer questions.
        Self.send("\u{1B}[?2004h")
    }

    /// Writes a control sequence straight to the terminal, through the stream curses writes to.
    private static func send(_ sequence: String) {
        fputs(sequence, readiness_standard_output())
        fflush(readiness_standard_output())
    }

    /// The size curses draws at: the terminal's, up to `maximumSize`.
    var size: ScreenSize { ScreenSize(width: Int(readiness_cols()), height: Int(readiness_lines())) }

    /// After a resize: gives curses the terminal's new size, up to `maximumSize`. Returns whether the
    /// size curses draws at changed.
    func updateSize() -> Bool {
        guard let real = Self.terminalSize() else { return false }
        let size = Self.clamped(real)
        guard size != self.size else { return false }
        resizeterm(Int32(size.height), Int32(size.width))
        return true
    }

    /// The terminal's size as the kernel reports it, or nil when it does not.
    private static func terminalSize() -> ScreenSize? {
        var size = winsize()
        for descriptor: Int32 in [1, 0, 2] where ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 && size.ws_row > 0 {
            return ScreenSize(width: Int(size.ws_col), height: Int(size.ws_row))
        }
        return nil
    }

    private static func clamped(_ size: ScreenSize) -> ScreenSize {
        ScreenSize(width: min(size.width, maximumSize.width), height: min(size.height, maximumSize.height))
    }

    /// Draws a frame, rewriting only the rows that changed since the last one, then places the cursor.
    func draw(_ frame: Frame, force: Bool = false) {
        if force || previous?.size != frame.size {
            wclear(readiness_stdscr())
            previous = nil
        }
        for row in 0..<frame.size.height where previous.map({ !Self.sameRow(row, $0, frame) }) ?? true {
            drawRow(row, of: frame)
        }
        previous = frame
        if let cursor = frame.cursor {
            curs_set(1)
            _ = readiness_move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(readiness_stdscr())
    }

    private static func sameRow(_ row: Int, _ a: Frame, _ b: Frame) -> Bool {
        let start = row * a.size.width
        return a.cells[start..<(start + a.size.width)] == b.cells[start..<(start + b.size.width)]
    }

    /// Writes a row in runs of one role, as wide characters.
    private func drawRow(_ row: Int, of frame: Frame) {
        var column = 0
        let width = frame.size.width
        while column < width {
            // A run never starts on the second half of a wide character: that column is already drawn.
            if frame[column, row].character.isEmpty {
                column += 1
                continue
            }
            let role = frame[column, row].role
            let start = column
            var text: [wchar_t] = []
            while column < width, frame[column, row].role == role {
                // Widths agree with ncurses (DisplayWidth sums scalars as wcwidth does), so one run can
                // hold wide characters and emoji sequences alike.
                for scalar in frame[column, row].character.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                column += 1
            }
            _ = readiness_set_attributes(palette.attribute(for: role))
            // The bottom-right cell cannot be written without scrolling on some terminals; skip it.
            if row == frame.size.height - 1, column == width, !text.isEmpty { text.removeLast() }
            text.withUnsafeBufferPointer { buffer in
                _ = readiness_put_wide(Int32(row), Int32(start), buffer.baseAddress, Int32(buffer.count))
            }
        }
        _ = readiness_set_attributes(readiness_a_normal())
    }

    /// What one read returned.
    enum Input {
        case key(Key)
        case paste(String)
        case resize
        case timeout
    }

    /// The most a single paste may hold; the rest is dropped.
    static let maximumPaste = 1_000_000

    /// Reads one key, waiting at most 100 ms.
    func read() -> Input {
        var character: wint_t = 0
        let result = readiness_get_wide_char(&character)
        if result == readiness_key_code_yes() {
            if Int32(character) == readiness_key_resize() { return .resize }
            return CursesKeys.key(forCode: Int32(character)).map(Input.key) ?? .timeout
        }
        if result == OK, character == 27, let pasted = readPaste() { return .paste(pasted) }
        if result == OK { return CursesKeys.key(forCharacter: UInt32(character)).map(Input.key) ?? .timeout }
        return .timeout
    }

    /// Input that has already arrived, read without waiting: nil when there is none (or it is a code the
    /// interview does not use). The front end takes a burst (a paste without bracketed paste, typing
    /// ahead) this way before drawing, so 500 pasted characters cost one redraw instead of 500.
    func readPending() -> Input? {
        let window = readiness_stdscr()
        wtimeout(window, 0)
        defer { wtimeout(window, 100) }
        let input = read()
        if case .timeout = input { return nil }
        return input
    }

    /// After an Escape: the rest of a paste's start marker (`ESC [200~`) means a paste follows, read up to
    /// its end marker (`ESC [201~`). Anything else is given back to the input, unread.
    private func readPaste() -> String? {
        let window = readiness_stdscr()
        wtimeout(window, 0)
        defer { wtimeout(window, 100) }
        var consumed: [wint_t] = []
        for expected in "[200~".unicodeScalars {
            var next: wint_t = 0
            let result = readiness_get_wide_char(&next)
            guard result == OK, UInt32(next) == expected.value else {
                if result == OK { consumed.append(next) }
                for character in consumed.reversed() { unget_wch(wchar_t(bitPattern: UInt32(character))) }
                return nil
            }
            consumed.append(next)
        }
        // Inside a paste: the rest is already on its way, so a short wait between characters is enough.
        wtimeout(window, 200)
        var text = String.UnicodeScalarView()
        let end = Array("\u{1B}[201~".unicodeScalars)
        var count = 0
        while true {
            var next: wint_t = 0
            let result = readiness_get_wide_char(&next)
            if result == ERR { break }
            guard result == OK, let scalar = Unicode.Scalar(UInt32(next)) else { continue }
            text.append(scalar)
            count += 1
            if count >= end.count, text.suffix(end.count).elementsEqual(end) {
                text.removeLast(end.count)
                break
            }
            if count > Self.maximumPaste {
                text.removeLast()
                continue
            }
        }
        return String(text)
    }

    /// Gives the terminal back: normal screen, cursor visible, echo and line mode restored.
    func close() {
        guard isOpen else { return }
        isOpen = false
        Self.send("\u{1B}[?2004l")
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    deinit { close() }
}
