import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Team sync through the real binary and real git: a bare repository on disk as the remote and a data
/// folder per person.
final class SyncCommandTests: XCTestCase {
    private var team: TeamWorkspace!

    override func setUpWithError() throws {
        try XCTSkipUnless(TeamWorkspace.gitAvailable, "git is not installed (.ci/run installs it)")
        team = try TeamWorkspace()
    }

    func testTwoPeopleShareCompleteAssessmentsAndDraftsOnlyWhenAsked() throws {
        try team.join("sam")
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222"))
        try team.add("sam", TeamWorkspace.assessment(id: "draft333", organization: "Beta Clinic", status: "draft"))
        let output = try team.sync("sam")
        XCTAssertTrue(output.contains("Committed acme2222 (Acme Dental): added."), output)
        XCTAssertTrue(output.contains("Kept on this machine: 1 draft (draft333); share one with 'readiness share ID'."), output)
        XCTAssertTrue(output.hasSuffix("Up to date with origin.\n"), output)
        XCTAssertEqual(try team.remoteFiles(), [".gitignore", "acme2222.json"])
        // One commit per assessment, with a message a person can read, by the assessor.
        let log = try team.git(["--git-dir", team.remote, "log", "--format=%an|%s", "main"], in: team.folder.url.path)
        XCTAssertTrue(log.hasPrefix("Sam Rivera|Add Acme Dental: complete, not-yet, need 0 (Sam Rivera)\n"), log)

        try team.join("jo")
        XCTAssertEqual(try team.listed("jo"), try team.listed("sam").filter { !$0.hasPrefix("draft333") })

        let shared = try team.run("sam", ["share", "draft"])
        XCTAssertEqual(shared.status, 0, shared.stderr)
        XCTAssertEqual(shared.stdout, "Shared draft333 (Beta Clinic); it goes to the team with the next 'readiness sync'.\n")
        try team.sync("sam")
        try team.sync("jo")
        XCTAssertEqual(try team.listed("jo"), try team.listed("sam"))
    }

    func testFilesStayPrivateAndOnlyAssessmentsAreCommitted() throws {
        try team.join("sam")
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222"))
        // What an interrupted save and an editing lock leave beside the assessments.
        try "{}".write(toFile: "\(team.data("sam"))/.acme2222.json.tmp-AbCdEf", atomically: false, encoding: .utf8)
        try "{\"pid\": 1}".write(toFile: "\(team.data("sam"))/acme2222.lock", atomically: false, encoding: .utf8)
        try "notes".write(toFile: "\(team.data("sam"))/notes.txt", atomically: false, encoding: .utf8)
        try team.sync("sam")
        XCTAssertEqual(try team.remoteFiles(), [".gitignore", "acme2222.json"])
        try team.join("jo")
        for person in ["sam", "jo"] {
            XCTAssertEqual(try mode(team.data(person)), 0o700, person)
            XCTAssertEqual(try mode("\(team.data(person))/.git"), 0o700, person)
            XCTAssertEqual(try mode("\(team.data(person))/acme2222.json"), 0o600, person)
        }
    }

    func testConcurrentEditsToDifferentAssessmentsBothArrive() throws {
        try team.join("sam")
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222"))
        try team.add("sam", TeamWorkspace.assessment(id: "beta3333", organization: "Beta Clinic"))
        try team.sync("sam")
        try team.join("jo")
        try team.save("sam", id: "acme2222", TeamWorkspace.assessment(id: "acme2222", updated: "2026-12-02T09:00:00Z", sites: 4))
        try team.save(
            "jo", id: "beta3333",
            TeamWorkspace.assessment(
                id: "beta3333", organization: "Beta Clinic", assessor: "Jo Chen", updated: "2026-12-02T10:00:00Z", sites: 7))
        try team.sync("sam")
        let output = try team.sync("jo")
        XCTAssertTrue(output.contains("Brought in 1 assessment changed by the team."), output)
        XCTAssertFalse(output.contains("Conflict"), output)
        try team.sync("sam")
        XCTAssertEqual(try team.listed("sam"), try team.listed("jo"))
        XCTAssertTrue(try team.remoteFile("acme2222.json").contains(#""sites": {"value": 4}"#))
        XCTAssertTrue(try team.remoteFile("beta3333.json").contains(#""sites": {"value": 7}"#))
    }

    func testTheSameAssessmentChangedByTwoPeopleKeepsBothVersions() throws {
        try team.join("sam")
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222"))
        try team.sync("sam")
        try team.join("jo")
        try team.save(
            "sam", id: "acme2222",
            TeamWorkspace.assessment(id: "acme2222", updated: "2026-12-02T09:00:00Z", internalIT: "small-team", sites: 4))
        try team.save(
            "jo", id: "acme2222",
            TeamWorkspace.assessment(id: "acme2222", assessor: "Jo Chen", updated: "2026-12-02T10:00:00Z", internalIT: "none", sites: 9))
        try team.sync("sam")
        let output = try team.sync("jo")
        let conflict = try XCTUnwrap(output.split(separator: "\n").first { $0.hasPrefix("Conflict:") }, output)
        XCTAssertTrue(
            conflict.hasPrefix(
                "Conflict: you and Sam Rivera both changed acme2222 (Acme Dental). Both versions are kept: yours as acme2222, theirs as "),
            String(conflict))
        let copy = String(try XCTUnwrap(conflict.split(separator: " ").last))
        XCTAssertTrue(conflict.hasSuffix("See the differences: readiness compare acme2222 \(copy)"))
        try team.sync("sam")
        XCTAssertEqual(try team.listed("sam"), try team.listed("jo"))

        // Every answer either gave is in the team repository: Jo's under the id, Sam's in the linked copy.
        XCTAssertTrue(compact(try team.remoteFile("acme2222.json")).contains(#""sites":{"value":9}"#))
        let kept = compact(try team.remoteFile("\(copy).json"))
        XCTAssertTrue(kept.contains(#""sites":{"value":4}"#), kept)
        XCTAssertTrue(kept.contains(#""conflictOf":"acme2222""#), kept)
        let listed = try team.run("sam", ["list", "--org", "acme"])
        XCTAssertTrue(listed.stdout.contains("\(copy)  Acme Dental (conflicting copy by Sam Ri…"), listed.stdout)

        let compared = try team.run("sam", ["compare", "acme2222", copy])
        XCTAssertEqual(compared.status, 0, compared.stderr)
        XCTAssertTrue(compared.stdout.contains("sites"), compared.stdout)
    }

    func testAnOfflineCloneCommitsHereAndCatchesUpLater() throws {
        try team.join("sam")
        try team.join("jo")
        try team.add("jo", TeamWorkspace.assessment(id: "beta3333", organization: "Beta Clinic", assessor: "Jo Chen"))
        try team.sync("jo")
        let away = team.folder.path("team-away.git")
        XCTAssertEqual(rename(team.remote, away), 0)
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222"))
        let offline = try team.run("sam", ["sync"])
        XCTAssertEqual(offline.status, 69, offline.stderr)
        XCTAssertTrue(offline.stdout.contains("Committed acme2222 (Acme Dental): added."), offline.stdout)
        XCTAssertTrue(offline.stdout.hasSuffix("Ahead of origin by 1 commit (not sent yet).\n"), offline.stdout)
        XCTAssertTrue(offline.stderr.hasPrefix("readiness: error: could not reach origin: "), offline.stderr)
        XCTAssertTrue(offline.stderr.contains("Nothing here was lost"), offline.stderr)
        XCTAssertEqual(try team.listed("sam").count, 1, "the store works offline")

        XCTAssertEqual(rename(away, team.remote), 0)
        let back = try team.sync("sam")
        XCTAssertTrue(back.contains("Brought in 1 assessment changed by the team."), back)
        XCTAssertTrue(back.hasSuffix("Up to date with origin.\n"), back)
        try team.sync("jo")
        XCTAssertEqual(try team.listed("sam"), try team.listed("jo"))
        XCTAssertEqual(try team.listed("sam").count, 2)
    }

    func testARemoteThatRefusesThePushChangesNothingHere() throws {
        try team.join("sam")
        let hook = "\(team.remote)/hooks/pre-receive"
        try "#!/bin/sh\necho 'pushes are frozen for the audit' >&2\nexit 1\n".write(toFile: hook, atomically: false, encoding: .utf8)
        chmod(hook, 0o755)
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222"))
        let before = try String(contentsOfFile: "\(team.data("sam"))/acme2222.json", encoding: .utf8)
        let refused = try team.run("sam", ["sync"])
        XCTAssertEqual(refused.status, 69)
        XCTAssertTrue(refused.stderr.contains("origin refused the push: "), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("pushes are frozen for the audit"), refused.stderr)
        XCTAssertTrue(refused.stdout.contains("Ahead of origin by "), refused.stdout)
        XCTAssertEqual(try String(contentsOfFile: "\(team.data("sam"))/acme2222.json", encoding: .utf8), before)
        unlink(hook)
        let output = try team.sync("sam")
        XCTAssertTrue(output.hasSuffix("Sent this store's commits to origin.\nUp to date with origin.\n"), output)
        XCTAssertTrue(try team.remoteFiles().contains("acme2222.json"))
    }

    func testAnAssessmentOpenInAnInterviewIsLeftForTheNextSync() throws {
        try team.join("sam")
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222", status: "draft"))
        _ = try team.run("sam", ["share", "acme2222"])
        // A plain interview waiting for its next answer holds the editing lock.
        let interview = Process()
        interview.executableURL = URL(fileURLWithPath: ReadinessBinary.path)
        interview.arguments = ["resume", "acme2222", "--plain"]
        interview.environment = ProcessInfo.processInfo.environment.merging(team.environment("sam")) { $1 }
        let input = Pipe()
        interview.standardInput = input
        interview.standardOutput = FileHandle.nullDevice
        interview.standardError = FileHandle.nullDevice
        try interview.run()
        defer {
            interview.terminate()
            interview.waitUntilExit()
        }
        let lock = "\(team.data("sam"))/acme2222.lock"
        let deadline = Date().addingTimeInterval(20)
        while (try? String(contentsOfFile: lock, encoding: .utf8))?.contains("pid") != true && Date() < deadline { usleep(50_000) }
        try team.save("sam", id: "acme2222", TeamWorkspace.assessment(id: "acme2222", status: "draft", sites: 5))
        let output = try team.sync("sam")
        XCTAssertTrue(output.contains("Not synced: assessment acme2222 is being edited by process \(interview.processIdentifier)"), output)
        let local = "\(team.data("sam"))/acme2222.json"
        XCTAssertNotEqual(try team.remoteFile("acme2222.json"), try String(contentsOfFile: local, encoding: .utf8))
        // Once the interview is closed (it answers one more question first), the next sync takes it.
        try input.fileHandleForWriting.write(contentsOf: Data("1\nq\n".utf8))
        try input.fileHandleForWriting.close()
        interview.waitUntilExit()
        let next = try team.sync("sam")
        XCTAssertTrue(next.contains("Committed acme2222 (Acme Dental): updated."), next)
        XCTAssertEqual(try team.remoteFile("acme2222.json"), try String(contentsOfFile: local, encoding: .utf8))
    }

    func testHistoryShowsEachSyncedChangeWithItsRating() throws {
        try team.join("sam")
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222", internalIT: "solo"))
        try team.sync("sam")
        try team.save("sam", id: "acme2222", TeamWorkspace.assessment(id: "acme2222", assessor: "Jo Chen", internalIT: "none"))
        try team.sync("sam")
        let history = try team.run("sam", ["history", "acme"])
        XCTAssertEqual(history.status, 0, history.stderr)
        let lines = history.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "History of acme2222 (Acme Dental):")
        XCTAssertTrue(lines[1].hasPrefix("WHEN "), history.stdout)
        XCTAssertEqual(lines.count, 4, history.stdout)
        XCTAssertTrue(lines[2].contains("  Jo Chen  ") && lines[2].contains("fully-managed"), lines[2])
        XCTAssertTrue(lines[3].contains("  Sam Rivera  ") && lines[3].contains("not-yet"), lines[3])
    }

    func testListFiltersByAssessor() throws {
        try team.add("sam", TeamWorkspace.assessment(id: "acme2222"))
        try team.add("sam", TeamWorkspace.assessment(id: "beta3333", organization: "Beta Clinic", assessor: "Jo Chen"))
        let listed = try team.run("sam", ["list", "--assessor", "jo"])
        XCTAssertEqual(listed.status, 0)
        XCTAssertTrue(listed.stdout.contains("beta3333"), listed.stdout)
        XCTAssertFalse(listed.stdout.contains("acme2222"), listed.stdout)
    }

    func testSyncBeforeSetUpSaysHow() throws {
        let outcome = try team.run("sam", ["sync"])
        XCTAssertEqual(outcome.status, 64)
        XCTAssertTrue(outcome.stderr.contains("is not a team store yet; set it up with 'readiness sync --init REMOTE'"), outcome.stderr)
    }

    /// JSON without its layout, so a test can look for a value however the file was written.
    private func compact(_ json: String) -> String { json.filter { !$0.isWhitespace } }

    private func mode(_ path: String) throws -> mode_t {
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0, path)
        return info.st_mode & 0o777
    }
}
