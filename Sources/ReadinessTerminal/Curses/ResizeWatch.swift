import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Notices SIGWINCH itself instead of leaving it to ncurses, so the interview decides how big a screen
/// curses keeps: ncurses would resize to whatever the terminal reports, and a 10000x10000 terminal costs
/// it gigabytes. Must start before curses does: ncurses installs its own handler only over the default.
final class ResizeWatch {
    /// How many resizes have been signalled; written on the signal queue, read by the interview loop.
    private final class Count: Sendable {
        let value = Atomic<Int>(0)
    }

    private let count = Count()
    private let source: DispatchSourceSignal
    private var seen = 0

    /// Starts watching: SIGWINCH is ignored at the process level and observed through Dispatch.
    init() {
        let count = self.count
        signal(SIGWINCH, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: DispatchQueue(label: "readiness.resize"))
        source.setEventHandler { count.value.add(1, ordering: .sequentiallyConsistent) }
        source.resume()
    }

    /// Whether the terminal was resized since the last time this was asked.
    var hasResized: Bool {
        let now = count.value.load(ordering: .sequentiallyConsistent)
        defer { seen = now }
        return now != seen
    }

    /// Stops watching and restores the default handling.
    func stop() {
        source.cancel()
        signal(SIGWINCH, SIG_DFL)
    }
}
