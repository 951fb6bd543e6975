import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Where output goes and what is read, through the real binary: output that cannot be written, files too
/// large, impossible dates, named pipes, links planted in the data folder or in shared folders, and
/// invisible characters in names.
final class FileSafetyTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var data: String { folder.path("data") }

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder = nil
    }

    private var environment: [String: String] {
        ["READINESS_DATA_DIR": data, "XDG_CACHE_HOME": folder.path("cache"), "TZ": "UTC"]
    }

    private func run(_ arguments: [String]) throws -> ReadinessBinary.Outcome {
        try ReadinessBinary.run(arguments, environment: environment, directory: folder.url)
    }

    /// Runs the binary through a shell, with standard output redirected as `redirection` says
    /// (`> /dev/full`, `>&-`) after the shell commands `setUp`; returns the exit status and standard error.
    private func run(_ arguments: [String], stdout redirection: String, setUp: String = "") throws -> ReadinessBinary.Outcome {
        try ReadinessBinary.run(
            ["-c", "\(setUp) exec \"$0\" \"$@\" \(redirection)", ReadinessBinary.path] + arguments,
            environment: environment, directory: folder.url, executable: "/bin/sh")
    }

    /// A template with the organization and dates given, saved at `name`.
    @discardableResult
    private func assessment(_ name: String, organization: String = "Acme", created: String? = nil, updated: String? = nil) throws -> String
    {
        let template = try run(["template"])
        XCTAssertEqual(template.status, 0, template.stderr)
        var text = template.stdout.replacingOccurrences(of: "\"organization\": \"\"", with: "\"organization\": \"\(organization)\"")
        if let created {
            text = text.replacingOccurrences(of: #""created": "[^"]*""#, with: "\"created\": \"\(created)\"", options: .regularExpression)
        }
        if let updated {
            text = text.replacingOccurrences(of: #""updated": "[^"]*""#, with: "\"updated\": \"\(updated)\"", options: .regularExpression)
        }
        return try folder.write(name, text)
    }

    /// Imports an assessment and returns its id.
    private func imported(organization: String = "Acme") throws -> String {
        let path = try assessment("in-\(UUID().uuidString).json", organization: organization)
        let outcome = try run(["import", path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let id = try XCTUnwrap(outcome.stdout.firstMatch(of: /\ as ([a-z0-9]{8})/), outcome.stdout).1
        return String(id)
    }

    // MARK: - Standard output that cannot be written

    func testEveryCommandThatPrintsFailsWhenStandardOutputCannotBeWritten() throws {
        let id = try imported()
        let other = try imported()
        let file = try assessment("file.json")
        let questionnaire = ReadinessBinary.repository.appendingPathComponent("questionnaires/discovery-quick.yaml").path
        let commands: [[String]] = [
            ["template"], ["questionnaires"], ["report", file], ["report", id, "--format", "json"], ["show", id], ["list"],
            ["list", "--json"], ["export-file", id], ["validate", questionnaire], ["compare", id, other], ["--help"],
        ]
        // A pipe nobody reads (`readiness list | head -1` once head has gone): opened read-write and
        // write-only, then the reading end closed, so it is the same every run.
        let pipe = folder.path("pipe")
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        let noReader = "exec 3<>'\(pipe)' 4>'\(pipe)' 3<&-;"
        for (setUp, redirection, reason) in [
            ("", "> /dev/full", "No space left on device"), ("", ">&-", "it is closed"), (noReader, ">&4", "Broken pipe"),
        ] {
            for command in commands {
                let outcome = try run(command, stdout: redirection, setUp: setUp)
                XCTAssertEqual(outcome.status, 74, "\(command) \(redirection): \(outcome.stderr)")
                XCTAssertEqual(
                    outcome.stderr.components(separatedBy: "\n").last { !$0.isEmpty },
                    "readiness: error: standard output: cannot write it: \(reason)", "\(command) \(redirection)")
            }
        }
    }

    // MARK: - Sizes and dates

    func testAFileFarPastTheLimitSaysTheDocumentedLimit() throws {
        let big = folder.path("big.json")
        // A sparse file of 70 MB: past the old 64 MB reading limit too, which said "larger than 64 MB".
        let descriptor = open(big, O_WRONLY | O_CREAT, 0o600)
        XCTAssertEqual(ftruncate(descriptor, 70 * 1024 * 1024), 0)
        close(descriptor)
        let outcome = try run(["report", big])
        XCTAssertEqual(outcome.status, 65, outcome.stderr)
        XCTAssertTrue(outcome.stderr.hasPrefix("\(big):1:1: error: the file is larger than 16 MB\n"), outcome.stderr)
    }

    func testAnImpossibleDayIsRefusedAtItsField() throws {
        let path = try assessment("feb.json", created: "2026-02-30T10:00:00Z")
        let outcome = try run(["report", path])
        XCTAssertEqual(outcome.status, 65)
        let line =
            try XCTUnwrap(
                try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n").firstIndex { $0.contains("\"created\"") })
            + 1
        XCTAssertTrue(
            outcome.stderr.hasPrefix(
                "\(path):\(line):14: error: created '2026-02-30T10:00:00Z' is not a date this program reads: there is no day 30 in February 2026\n"
            ),
            outcome.stderr)
        for bad in ["2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-01T24:00:00Z", "2025-02-29T00:00:00Z", "0000-01-01T00:00:00Z"]
        {
            let outcome = try run(["report", try assessment("bad.json", updated: bad)])
            XCTAssertEqual(outcome.status, 65, bad)
            XCTAssertTrue(outcome.stderr.contains("error: updated '\(bad)' is not a date this program reads"), outcome.stderr)
        }
        XCTAssertEqual(try run(["report", try assessment("leap.json", updated: "2024-02-29T00:00:00Z")]).status, 0)
    }

    func testYearOneIsPrintedWithFourDigits() throws {
        let path = try assessment("old.json", created: "0001-01-01T00:00:00Z", updated: "0001-01-01T00:00:00Z")
        let report = try run(["report", path])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("Date 0001-01-01"), report.stdout)
        let imported = try run(["import", path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let list = try run(["list", "--json"])
        XCTAssertTrue(list.stdout.contains("\"updated\": \"0001-01-01T00:00:00Z\""), list.stdout)
        XCTAssertTrue(try run(["list"]).stdout.contains("0001-01-01 00:00"))
    }

    // MARK: - Named pipes

    func testOutputToANamedPipeWithNoReaderIsRefusedAtOnce() throws {
        let pipe = folder.path("pipe")
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        let outcome = try ReadinessBinary.run(["report", try assessment("a.json"), "-o", pipe], environment: environment, timeout: 20)
        XCTAssertEqual(outcome.status, 74)
        XCTAssertEqual(
            outcome.stderr, "readiness: error: \(pipe): is a named pipe with nothing reading it; nothing written (start its reader first)\n"
        )
    }

    func testANamedPipeAsInputWaitsForItsWriter() throws {
        let pipe = folder.path("in.pipe")
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        let text = try String(contentsOfFile: try assessment("a.json", organization: "Piped Co"), encoding: .utf8)
        // The writer comes only after the reader has started: it used to read the pipe as empty.
        let writer = Thread {
            usleep(300_000)
            let descriptor = open(pipe, O_WRONLY)
            _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        writer.start()
        let outcome = try run(["report", pipe])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("Piped Co"), outcome.stdout)
    }

    // MARK: - Links

    func testALockFileThatIsALinkIsNeverWrittenThrough() throws {
        let id = try imported()
        let victim = try folder.write("victim.txt", "precious\n")
        chmod(victim, 0o644)
        XCTAssertEqual(symlink(victim, "\(data)/\(id).lock"), 0)
        let outcome = try run(["delete", id, "--yes"])
        XCTAssertEqual(outcome.status, 74)
        XCTAssertEqual(
            outcome.stderr,
            "readiness: error: \(data)/\(id).lock: the lock file is a symbolic link, so it is not used: writing the lock there could overwrite another file. Remove it if no interview is open\n"
        )
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious\n")
        var info = stat()
        XCTAssertEqual(stat(victim, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o644, "permissions untouched")
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(data)/\(id).json"), "nothing deleted")
        XCTAssertEqual(
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(data)/\(id).lock")), victim, "the link left as it was")
    }

    func testALockFileOfAnotherUserOrWithOtherNamesIsRefused() throws {
        let id = try imported()
        let lock = "\(data)/\(id).lock"
        let other = try folder.write("other.txt", "other\n")
        XCTAssertEqual(link(other, lock), 0)
        XCTAssertTrue(try run(["delete", id, "--yes"]).stderr.contains("the lock file has other names (hard links)"))
        XCTAssertEqual(try String(contentsOfFile: other, encoding: .utf8), "other\n")
        unlink(lock)
        guard geteuid() == 0 else { return }
        try folder.write("lock.txt", "")
        XCTAssertEqual(rename(folder.path("lock.txt"), lock), 0)
        XCTAssertEqual(chown(lock, 4242, 4242), 0)
        let outcome = try run(["delete", id, "--yes"])
        XCTAssertEqual(outcome.status, 74)
        XCTAssertTrue(outcome.stderr.contains("the lock file belongs to another user (uid 4242)"), outcome.stderr)
    }

    func testALinkedAssessmentFileIsReportedAndSkippedAndNeverRead() throws {
        let id = try imported(organization: "Real One")
        let secret = try folder.write("secret.json", "{\"top secret\": \"the vault code is 1234\"}\n")
        let linked = "\(data)/abcdefgh.json"
        XCTAssertEqual(symlink(secret, linked), 0)
        let list = try run(["list"])
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stdout.contains(id))
        XCTAssertFalse(list.stdout.contains("abcdefgh"))
        XCTAssertEqual(
            list.stderr,
            "readiness: warning: skipped \(linked): is a symbolic link, and links in the data folder are never followed; remove it (to add the file it leads to: readiness import FILE)\n"
        )
        for command in [["show", "abcdefgh"], ["report", "abcdefgh"], ["export-file", "abcdefgh"]] {
            let outcome = try run(command)
            XCTAssertEqual(outcome.status, 74, "\(command)")
            XCTAssertFalse(outcome.stderr.contains("vault") || outcome.stdout.contains("vault"), "\(command)")
            XCTAssertTrue(outcome.stderr.contains("is a symbolic link"), outcome.stderr)
        }
    }

    func testAnotherUsersLinkInAStickySharedFolderIsNotFollowed() throws {
        try XCTSkipUnless(geteuid() == 0, "needs root to give the link another owner")
        let shared = folder.path("shared")
        XCTAssertEqual(mkdir(shared, 0o777), 0)
        XCTAssertEqual(chmod(shared, 0o1777), 0)
        let victim = try folder.write("victim.txt", "precious\n")
        let planted = shared + "/report.txt"
        XCTAssertEqual(symlink(victim, planted), 0)
        XCTAssertEqual(lchown(planted, 4242, 4242), 0)
        let source = try assessment("a.json")
        for force in [false, true] {
            let outcome = try run(["report", source, "-o", planted] + (force ? ["--force"] : []))
            XCTAssertEqual(outcome.status, 74)
            XCTAssertEqual(
                outcome.stderr,
                "readiness: error: \(planted): is a symbolic link that belongs to another user (uid 4242) in a folder everyone can write; not followed. Give a path of your own\n"
            )
        }
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious\n")
        // The folder's owner may link there: the kernel's rule.
        XCTAssertEqual(chown(shared, 4242, 4242), 0)
        XCTAssertEqual(try run(["report", source, "-o", planted, "--force"]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: victim, encoding: .utf8).contains("READINESS SUMMARY"))
    }

    func testADanglingLinkIsFollowedOnlyWithForce() throws {
        let source = try assessment("a.json")
        let link = folder.path("out.txt")
        let target = folder.path("made.txt")
        XCTAssertEqual(symlink(target, link), 0)
        let refused = try run(["report", source, "-o", link])
        XCTAssertEqual(refused.status, 74)
        XCTAssertEqual(
            refused.stderr, "readiness: error: \(link): is a symbolic link to \(target), which does not exist; use --force to create it\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        XCTAssertEqual(try run(["report", source, "-o", link, "--force"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: target))
    }

    // MARK: - ASCII

    func testASCIISpellsANameInASCIIInShowAndReport() throws {
        let id = try imported(organization: "Zahnärzte Müller & Søn, Łódź 山田")
        for arguments in [["show", id, "--ascii"], ["report", id, "--format", "text", "--ascii"]] {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertTrue(outcome.stdout.contains("\nZahnarzte Muller & Son, Lodz ?\n==============================\n"), outcome.stdout)
            XCTAssertTrue(outcome.stdout.unicodeScalars.allSatisfy(\.isASCII), arguments.joined(separator: " "))
        }
    }

    // MARK: - Invisible characters

    func testInvisibleCharactersInANameAreShownInListShowAndReports() throws {
        // Two organizations that would look the same: one with a zero-width space and a right-to-left override.
        let id = try imported(organization: #"Acme\u200b \u202eevil\u202c"#)
        let expected = "Acme<U+200B> <U+202E>evil<U+202C>"
        XCTAssertTrue(try run(["list"]).stdout.contains(expected))
        XCTAssertTrue(try run(["show", id]).stdout.contains(expected))
        let markdown = try run(["report", id, "--format", "markdown"]).stdout
        XCTAssertTrue(markdown.contains(#"Acme\<U+200B\> \<U+202E\>evil\<U+202C\>"#), markdown)
        let html = try run(["report", id, "--format", "html"]).stdout
        XCTAssertTrue(html.contains("Acme&lt;U+200B&gt; &lt;U+202E&gt;evil&lt;U+202C&gt;"))
        for output in [try run(["list"]).stdout, try run(["show", id]).stdout, markdown, html] {
            XCTAssertFalse(output.unicodeScalars.contains { $0.value == 0x200B || $0.value == 0x202E }, "nothing invisible printed raw")
        }
    }
}
