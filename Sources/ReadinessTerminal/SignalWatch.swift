import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The first ending signal received, set by the handler below. A global, created before any handler is
/// installed, so the handler never runs Swift's lazy initialisation.
private let receivedSignal = Atomic<Int32>(0)

/// Only an atomic store: the one thing a signal handler may safely do here. The first signal wins, so a
/// SIGHUP that follows a SIGTERM during the save does not change the exit code.
private func noteSignal(_ number: Int32) {
    _ = receivedSignal.compareExchange(expected: 0, desired: number, ordering: .sequentiallyConsistent)
}

/// Catches the signals that end an interview (SIGINT, SIGTERM, SIGHUP, SIGQUIT) for both front ends, so
/// each can save what was typed, restore the terminal, release its lock and exit 128 + the signal
/// itself. (A C signal handler may not call endwin or save files.)
///
/// Installed once and never taken back: the exit path (saving, `endwin`, releasing the lock, the last
/// message) runs after the front end returns, and a second signal then (a hang-up sends SIGHUP to the
/// whole process group, and a shell may send another) must not kill the process half-way and leave
/// the lock file behind. The process ends through `exit` with the code the first signal decided.
///
/// Installed without `SA_RESTART`, a signal makes a pending `read` fail, so plain mode's blocked line read
/// returns at once; the full-screen loop reads with a timeout and looks at `received` every turn.
/// SIGQUIT (Ctrl-\) is taken over from the Swift runtime's crash reporter, which would otherwise print
/// "Program crashed" over the screen and wait for input.
public enum SignalWatch {
    /// The signals that end an interview.
    static let watched = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Installs the handlers, for the rest of the process. Must run before curses starts: ncurses puts its
    /// own handlers (which exit without saving) only over the default disposition.
    public static func install() {
        _ = receivedSignal.load(ordering: .sequentiallyConsistent)
        SignalHandler.install(noteSignal, for: watched, restarting: false)
    }

    /// The first signal received since the handlers were installed, if any.
    static var received: Int32? {
        let number = receivedSignal.load(ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }
}
