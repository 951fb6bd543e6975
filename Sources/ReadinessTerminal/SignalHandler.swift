#if canImport(Glibc)
    import Glibc
#endif

/// Installs a C signal handler, the one way the terminal watchers (`SignalWatch`, `ResizeWatch`) take a
/// signal: the handler only stores to an atomic, and the interview loop reads it.
enum SignalHandler {
    /// Makes `handler` take each of `signals`. With `restarting`, a read or write the signal interrupts is
    /// taken up again (`SA_RESTART`); without, it fails with EINTR, which is how a signal ends a blocked read.
    static func install(_ handler: @escaping @convention(c) (Int32) -> Void, for signals: [Int32], restarting: Bool) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = restarting ? SA_RESTART : 0
        for number in signals { sigaction(number, &action, nil) }
    }
}
