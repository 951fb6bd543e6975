import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The first of SIGINT, SIGTERM or SIGHUP received, set by the handler below. A global, created before
/// any handler is installed, so the handler never runs Swift's lazy initialisation.
private let receivedSignal = Atomic<Int32>(0)

/// Only an atomic store: the one thing a signal handler may safely do here.
private func noteSignal(_ number: Int32) {
    _ = receivedSignal.compareExchange(expected: 0, desired: number, ordering: .relaxed)
}

/// Catches SIGINT, SIGTERM and SIGHUP in plain mode so that they end a blocked read instead of the
/// process: installed without SA_RESTART, a signal makes the pending `read` fail, the line reader
/// returns, and the interview says what was saved, releases its lock and exits 128 + the signal.
/// (The full-screen interview watches signals through Dispatch instead: curses polls its input.)
enum InterruptingSignals {
    static let watched = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers.
    static func install() {
        _ = receivedSignal.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = noteSignal
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for number in watched { sigaction(number, &action, nil) }
    }

    /// The first signal received since the handlers were installed, if any.
    static var received: Int32? {
        let number = receivedSignal.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
