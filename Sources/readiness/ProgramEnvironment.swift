#if canImport(Glibc)
    import Glibc
#else
    #if canImport(FoundationEssentials)
        import FoundationEssentials
    #else
        import Foundation
    #endif
#endif

/// The program's environment, read once. `ProcessInfo.environment` builds a dictionary of every variable
/// on each read, and the interview's start alone asked for it eight times (about 0.4M instructions each).
/// Nothing in the program changes its own environment after it starts.
enum ProgramEnvironment {
    /// Every variable the program started with.
    static let variables = startingVariables()

    #if canImport(Glibc)
        /// The variables read straight from `environ`. Its first read through `ProcessInfo` cost 0.75M
        /// instructions, a twentieth of the start to the first frame (measured 2026-12-06); this costs
        /// a few hundred per variable. A name set twice keeps its first value, the one `getenv` reads.
        private static func startingVariables() -> [String: String] {
            var count = 0
            while environ[count] != nil { count += 1 }
            var variables: [String: String] = [:]
            variables.reserveCapacity(count)
            var entry = environ
            while let pointer = entry.pointee {
                let text = String(cString: pointer)
                if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                    let name = String(text[..<equals])
                    if variables[name] == nil { variables[name] = String(text[text.utf8.index(after: equals)...]) }
                }
                entry += 1
            }
            return variables
        }
    #else
        private static func startingVariables() -> [String: String] { ProcessInfo.processInfo.environment }
    #endif
}
