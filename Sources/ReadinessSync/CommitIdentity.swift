#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who commits: the assessor of the assessment as the author, the configured git identity (else the
/// login name on this host) as the committer, so a commit never fails for want of `user.name`.
struct CommitIdentity: Sendable {
    let name: String
    let email: String

    /// The configured identity of the repository (or the user's global one), else the login and host.
    static func configured(_ git: Git) -> CommitIdentity {
        let name = (try? git.run(["config", "--get", "user.name"]))?.text.trimmingSpaces()
        let email = (try? git.run(["config", "--get", "user.email"]))?.text.trimmingSpaces()
        let login = loginName()
        return CommitIdentity(
            name: name.flatMap { $0.isEmpty ? nil : $0 } ?? login,
            email: email.flatMap { $0.isEmpty ? nil : $0 } ?? "\(login)@\(hostName())")
    }

    /// The environment for a commit by `assessor` (the committer when empty).
    func environment(author assessor: String) -> [String: String] {
        // git refuses names made only of punctuation and strips angle brackets; keep what it accepts.
        let cleaned = assessor.filter { !"<>\n\r\0".contains($0) }.trimmingSpaces()
        let author = cleaned.contains(where: { $0.isLetter || $0.isNumber }) ? cleaned : name
        return [
            "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": email,
            "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email,
        ]
    }

    private static func loginName() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            let login = String(cString: name)
            if !login.isEmpty { return login }
        }
        return "readiness"
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let host = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return host.isEmpty ? "localhost" : host
    }
}
