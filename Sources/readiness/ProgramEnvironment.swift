#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The program's environment, read once. `ProcessInfo.environment` builds a dictionary of every variable
/// on each read, and the interview's start alone asked for it eight times (about 0.4M instructions each).
/// Nothing in the program changes its own environment after it starts.
enum ProgramEnvironment {
    /// Every variable the program started with.
    static let variables = ProcessInfo.processInfo.environment
}
