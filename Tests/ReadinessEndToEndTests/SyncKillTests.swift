import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A sync killed with SIGKILL at any moment leaves a store that loads completely and a repository that the
/// next sync repairs, with every answer of both people in the team repository in the end.
final class SyncKillTests: XCTestCase {
    func testASyncKilledAtAnyPointIsRepairedByTheNext() throws {
        try XCTSkipUnless(TeamWorkspace.gitAvailable, "git is not installed (.ci/run installs it)")
        let team = try TeamWorkspace()
        try team.join("sam")
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222"))
        try team.sync("sam")
        try team.join("jo")
        let rounds = Int(ProcessInfo.processInfo.environment["READINESS_SYNC_KILL_ITERATIONS"] ?? "") ?? 6
        var generator = SystemRandomNumberGenerator()
        for round in 1...rounds {
            // Both change the same assessment and each adds one of their own, so the killed sync has a
            // conflict to keep, files to bring in and commits to push.
            try team.save(
                "sam", id: "acme2222", TeamWorkspace.assessment(id: "acme2222", updated: "2026-12-02T09:00:00Z", sites: 100 + round))
            try team.save(
                "jo", id: "acme2222",
                TeamWorkspace.assessment(id: "acme2222", assessor: "Jo Chen", updated: "2026-12-02T10:00:00Z", sites: 200 + round))
            try team.add("sam", TeamWorkspace.assessment(id: "sam\(round)2222", organization: "Sam \(round)", sites: 300 + round))
            try team.add(
                "jo", TeamWorkspace.assessment(id: "jo\(round)22222", organization: "Jo \(round)", assessor: "Jo Chen", sites: 400 + round))
            try team.sync("sam")

            let process = Process()
            process.executableURL = URL(fileURLWithPath: ReadinessBinary.path)
            process.arguments = ["sync"]
            process.environment = ProcessInfo.processInfo.environment.merging(team.environment("jo")) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...1_500_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            // Whatever was killed, every file loads and none holds a conflict marker.
            XCTAssertFalse(try team.listed("jo").isEmpty, "round \(round)")
            for name in try FileManager.default.contentsOfDirectory(atPath: team.data("jo")) where name.hasSuffix(".json") {
                let text = try String(contentsOfFile: "\(team.data("jo"))/\(name)", encoding: .utf8)
                XCTAssertFalse(text.contains("<<<<<<<"), "round \(round): \(name)")
            }
            try team.sync("jo")
            try team.sync("sam")
            XCTAssertEqual(try team.listed("sam"), try team.listed("jo"), "round \(round)")
        }
        // Every answer either person gave is in the team repository's history (later rounds replace
        // earlier ones, as a later save does).
        let everything = try team.git(["--git-dir", team.remote, "log", "--format=", "-p", "main"], in: team.folder.url.path)
            .filter { !$0.isWhitespace && $0 != "+" }
        for round in 1...rounds {
            for sites in [100 + round, 200 + round, 300 + round, 400 + round] {
                XCTAssertTrue(everything.contains(#""value":\#(sites)}"#), "sites \(sites) is in the team repository")
            }
        }
    }
}
