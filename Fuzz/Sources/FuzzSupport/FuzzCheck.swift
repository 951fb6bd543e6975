#if canImport(Glibc)
    import Glibc
#endif

/// Property checks inside a fuzzer: a broken property stops the process, so libFuzzer keeps the input.
public enum FuzzCheck {
    /// Stops the fuzzer with a message when a property does not hold.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    /// Prints the message and aborts, which libFuzzer reports as a crash and saves the input for.
    public static func fail(_ message: String) -> Never {
        let text = "FUZZ PROPERTY FAILED: \(message)\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        abort()
    }
}
