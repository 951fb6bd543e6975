import ReadinessInterview

#if canImport(Glibc)
    import Glibc
#endif

/// How a terminal interview ended, which decides the exit code.
public enum InterviewExit: Equatable, Sendable {
    /// Finished or quit with `q`.
    case finished
    /// Ctrl-C or SIGINT, after saving: exit 130.
    case interrupted
    /// SIGTERM, SIGHUP or SIGQUIT, after saving: exit 128 + the signal.
    case signal(Int32)
    /// The terminal went away (standard input hung up), after saving.
    case hangUp

    /// The exit code for this ending.
    public var exitCode: Int32 {
        switch self {
        case .finished: 0
        case .interrupted: 130
        case .signal(let number): 128 + number
        case .hangUp: 128 + SIGHUP
        }
    }
}

/// Options for the full-screen interview.
public struct TerminalOptions: Sendable {
    /// Whether to use colour (off with `NO_COLOR` or `--no-color`).
    public var useColor: Bool
    /// Whether to draw ASCII only (`--ascii`, or forced by a non-UTF-8 locale).
    public var ascii: Bool

    /// Creates options.
    public init(useColor: Bool, ascii: Bool) {
        self.useColor = useColor
        self.ascii = ascii
    }
}

/// The full-screen interview: reads keys, feeds the session, draws its frames, and restores the
/// terminal on every way out.
public enum CursesFrontEnd {
    /// The most keys handled from a burst before the screen is drawn anyway.
    static let burstLimit = 256

    /// Runs the interview until it ends. Throws only when the terminal cannot be opened (nothing is
    /// changed then); the caller can fall back to plain mode.
    public static func run(_ session: InterviewSession, options: TerminalOptions) throws -> InterviewExit {
        let isUTF8 = TerminalLocale.prepare()
        let layout = InterviewLayout(glyphs: options.ascii || !isUTF8 ? .plainASCII : .unicode)
        SignalWatch.install()
        let resizes = ResizeWatch()
        defer { resizes.stop() }
        let screen = try CursesScreen(useColor: options.useColor)
        defer { screen.close() }
        session.send(.resize(screen.size))
        var force = true
        var needsDraw = true
        // Keys handled since the last draw.
        var burst = 0
        // The call timer in the title bar ticks without a key: redrawn when its text changes.
        var shownTimer = session.model.callElapsed
        while true {
            if let number = SignalWatch.received {
                session.keepTypingAndSave()
                screen.close()
                return number == SIGINT ? .interrupted : .signal(number)
            }
            if resizes.hasResized, screen.updateSize() {
                session.send(.resize(screen.size))
                needsDraw = true
            }
            var pending: CursesScreen.Input?
            if needsDraw {
                // Input already waiting (a paste without bracketed paste, typing ahead) is handled before
                // drawing, one key at a time as ever, so a burst is drawn once; every `burstLimit` keys the
                // screen is drawn anyway, so a long stream still shows progress.
                if burst < Self.burstLimit, let next = screen.readPending() {
                    pending = next
                    burst += 1
                } else {
                    shownTimer = session.model.callElapsed
                    screen.draw(layout.render(session.model), force: force)
                    force = false
                    needsDraw = false
                    burst = 0
                }
            }
            let outcome: InterviewSession.Outcome
            switch pending ?? screen.read() {
            case .key(let key):
                outcome = session.send(.key(key))
            case .paste(let text):
                outcome = session.send(.paste(text))
            case .resize:
                outcome = session.send(.resize(screen.size))
            case .timeout:
                // ncurses returns at once, forever, when the terminal has gone: notice it and stop.
                if StandardInput.hasHungUp {
                    session.keepTypingAndSave()
                    screen.close()
                    return .hangUp
                }
                let timer = session.model.callElapsed
                if timer != shownTimer {
                    shownTimer = timer
                    needsDraw = true
                }
                continue
            }
            needsDraw = true
            switch outcome {
            case .running: break
            case .redraw: force = true
            case .finished(let reason):
                screen.close()
                return reason == .interrupted ? .interrupted : .finished
            }
        }
    }
}
