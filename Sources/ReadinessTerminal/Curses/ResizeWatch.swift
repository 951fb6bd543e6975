import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// How many resizes have been signalled. A global, created before the handler is installed, so the
/// handler never runs Swift's lazy initialisation.
private let resizesSignalled = Atomic<Int>(0)

/// Only an atomic add: the one thing a signal handler may safely do here.
private func noteResize(_: Int32) {
    resizesSignalled.add(1, ordering: .sequentiallyConsistent)
}

/// Notices SIGWINCH itself instead of leaving it to ncurses, so the interview decides how big a screen
/// curses keeps: ncurses would resize to whatever the terminal reports, and a 10000x10000 terminal costs
/// it gigabytes. Must start before curses does: ncurses installs its own handler only over the default.
///
/// A plain handler, as `SignalWatch` installs, and no Dispatch signal source: a source kept a Dispatch
/// thread waiting in `epoll` for the whole interview, and this toolchain's crash reporter could fail while
/// walking that thread's stack (it read a register the C code uses for data as a frame pointer and
/// trapped), so a crash went unreported. With `SA_RESTART`, no read or write is cut short by a resize;
/// the interview loop reads with a timeout and asks `hasResized` every turn.
final class ResizeWatch {
    private var seen: Int

    /// Starts watching: SIGWINCH is counted by the handler above.
    init() {
        seen = resizesSignalled.load(ordering: .sequentiallyConsistent)
        SignalHandler.install(noteResize, for: [SIGWINCH], restarting: true)
    }

    /// Whether the terminal was resized since the last time this was asked.
    var hasResized: Bool {
        let now = resizesSignalled.load(ordering: .sequentiallyConsistent)
        defer { seen = now }
        return now != seen
    }

    /// Stops watching and restores the default handling.
    func stop() {
        signal(SIGWINCH, SIG_DFL)
    }
}
