import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Notices SIGINT, SIGTERM and SIGHUP without letting them kill the process, so the interview loop can
/// save and restore the terminal itself. (A C signal handler may not call endwin or save files.)
final class SignalWatch {
    /// The first signal received; written on the signal queue, read by the interview loop.
    private final class Received: Sendable {
        let number = Atomic<Int32>(0)
    }

    private let received = Received()
    private let sources: [DispatchSourceSignal]
    private let signals: [Int32]

    /// Starts watching. The signals are ignored at the process level and observed through Dispatch.
    init(_ signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        self.signals = signals
        let queue = DispatchQueue(label: "readiness.signals")
        let received = self.received
        sources = signals.map { number in
            Glibc.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                _ = received.number.compareExchange(expected: 0, desired: number, ordering: .sequentiallyConsistent)
            }
            source.resume()
            return source
        }
    }

    /// The first signal received, if any.
    var signal: Int32? {
        let value = received.number.load(ordering: .sequentiallyConsistent)
        return value == 0 ? nil : value
    }

    /// Stops watching and restores the default handling.
    func stop() {
        for source in sources { source.cancel() }
        for number in signals { Glibc.signal(number, SIG_DFL) }
    }
}
