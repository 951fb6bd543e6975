import CCrashReportSettings

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// Keeps the Swift runtime's crash reporter from waiting for keys on the interview's terminal.
///
/// On a terminal the reporter is interactive by default: after a crash it prints "Program crashed" over
/// the screen and waits 30 seconds for a debugger command, with the terminal still in curses' mode. Its
/// settings are read once, from `SWIFT_BACKTRACE`, before `main` runs. A program built with the runtime
/// inside it (`--static-swift-stdlib`, as shipped) sets the variable in a C constructor that runs before
/// the runtime's (CCrashReportSettings); with a shared runtime the only way is to start again.
public enum CrashReportSettings {
    /// Starts the program again (same arguments, same process id) with `interactive=no` added to
    /// `SWIFT_BACKTRACE`, when standard input and output are a terminal and the variable does not already
    /// choose. The static build never needs to: its constructor has added it already. Returns only when
    /// nothing needed doing or the restart failed (the interview then runs as is).
    public static func makeNonInteractive() {
        guard readiness_add_noninteractive_crash_setting() else { return }
        // The executable by its own path, so the process keeps its name ("readiness", not "exe") for ps.
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return }
        let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
        execv(executable, arguments)
        // Still here: the restart failed. Nothing is lost; only a crash would wait for keys.
        for argument in arguments { free(argument) }
    }
}
