import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A team repository on disk (a bare repository as the remote) and any number of people, each with their
/// own data folder, all driven through the real binary with a home folder that has no git identity.
final class TeamWorkspace {
    let folder: TemporaryFolder
    /// The bare repository everyone syncs with.
    let remote: String

    init() throws {
        folder = try TemporaryFolder()
        remote = folder.path("team.git")
        try git(["init", "-q", "--bare", "-b", "main", remote], in: folder.url.path)
    }

    /// One person's data folder.
    func data(_ person: String) -> String { folder.path("\(person)/assessments") }

    /// Runs the binary as `person`, in their data folder.
    @discardableResult
    func run(_ person: String, _ arguments: [String], stdin: String? = nil, timeout: TimeInterval = 60) throws -> ReadinessBinary.Outcome {
        try ReadinessBinary.run(arguments, stdin: stdin, environment: environment(person), timeout: timeout)
    }

    /// The environment of `person`: their data folder, their own cache and a home without git config.
    func environment(_ person: String) -> [String: String] {
        [
            "READINESS_DATA_DIR": data(person), "XDG_CACHE_HOME": folder.path("\(person)/cache"),
            "HOME": folder.path("\(person)/home"), "XDG_CONFIG_HOME": folder.path("\(person)/config"),
            "GIT_CONFIG_NOSYSTEM": "1", "TZ": "UTC",
        ]
    }

    /// Runs `readiness sync` as `person` and fails the test unless it succeeds.
    @discardableResult
    func sync(_ person: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let outcome = try run(person, ["sync"])
        XCTAssertEqual(outcome.status, 0, "sync as \(person): \(outcome.stdout)\(outcome.stderr)", file: file, line: line)
        return outcome.stdout
    }

    /// Sets `person` up as a clone of the team repository.
    func join(_ person: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let outcome = try run(person, ["sync", "--init", remote])
        XCTAssertEqual(outcome.status, 0, outcome.stdout + outcome.stderr, file: file, line: line)
    }

    /// An assessment file of the quick questionnaire as JSON.
    static func assessment(
        id: String, organization: String = "Acme Dental", assessor: String = "Sam Rivera", status: String = "complete",
        updated: String = "2026-12-01T11:00:00Z", internalIT: String = "solo", sites: Int = 1
    ) -> String {
        """
        {"format": "readiness-assessment", "formatVersion": 1, "id": "\(id)",
         "questionnaire": {"id": "discovery-quick", "version": "1"}, "organization": "\(organization)",
         "assessor": "\(assessor)", "mode": "call", "status": "\(status)", "created": "2026-12-01T10:00:00Z",
         "updated": "\(updated)", "answers": {"internal-it": {"value": "\(internalIT)"}, "sites": {"value": \(sites)}}}

        """
    }

    /// Adds an assessment to `person`'s store through `readiness import`.
    func add(_ person: String, _ json: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let outcome = try run(person, ["import", "-"], stdin: json)
        XCTAssertEqual(outcome.status, 0, outcome.stderr, file: file, line: line)
    }

    /// Replaces an assessment's file in `person`'s store, as an interview's save does (whole, 0600).
    func save(_ person: String, id: String, _ json: String) throws {
        let path = "\(data(person))/\(id).json"
        let temporary = "\(data(person))/.\(id).json.tmp-test"
        try json.write(toFile: temporary, atomically: false, encoding: .utf8)
        chmod(temporary, 0o600)
        rename(temporary, path)
    }

    /// `list --json` as (id, organization, status) rows, sorted, for comparing two people's views.
    func listed(_ person: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let outcome = try run(person, ["list", "--json"])
        XCTAssertEqual(outcome.status, 0, file: file, line: line)
        XCTAssertEqual(outcome.stderr, "", "every file loads", file: file, line: line)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let rows = object?["assessments"] as? [[String: Any]] ?? []
        return rows.map { "\($0["id"] ?? "") \($0["organization"] ?? "") \($0["status"] ?? "") \($0["updated"] ?? "")" }.sorted()
    }

    /// The files in the team repository's main branch.
    func remoteFiles() throws -> [String] {
        try git(["--git-dir", remote, "ls-tree", "--name-only", "main"], in: folder.url.path).split(separator: "\n").map(String.init)
    }

    /// A file's content in the team repository's main branch.
    func remoteFile(_ name: String) throws -> String {
        try git(["--git-dir", remote, "show", "main:\(name)"], in: folder.url.path)
    }

    /// Runs git directly, for setting up and inspecting (never in place of the program).
    @discardableResult
    func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = folder.url.path
        environment["GIT_AUTHOR_NAME"] = "Test"
        environment["GIT_AUTHOR_EMAIL"] = "test@example.invalid"
        environment["GIT_COMMITTER_NAME"] = "Test"
        environment["GIT_COMMITTER_EMAIL"] = "test@example.invalid"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(
                domain: "git", code: Int(process.terminationStatus),
                userInfo: [NSLocalizedDescriptionKey: "git \(arguments.joined(separator: " ")) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether git is installed (the tests skip without it; `.ci/run` installs it).
    static var gitAvailable: Bool {
        ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/git")
        } ?? false
    }
}
