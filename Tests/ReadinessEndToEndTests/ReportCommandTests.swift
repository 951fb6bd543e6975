import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// `readiness report` through the real binary: every format, the file rules of `-o`, and the exit codes.
///
/// The assessments and questionnaire are the report tests' fixtures, so these tests do not change when
/// the shipped questionnaires do.
final class ReportCommandTests: XCTestCase {
    private static let fixtures = ReadinessBinary.repository.appendingPathComponent("Tests/ReadinessReportsTests/Fixtures")
    private static let snapshots = ReadinessBinary.repository.appendingPathComponent("Tests/ReadinessReportsTests/Snapshots")
    private var folder: TemporaryFolder!
    private var questionnaires: String!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        // A folder holding only the fixture questionnaire, so the catalog sees nothing else.
        let yaml = try String(contentsOf: Self.fixtures.appendingPathComponent("report-fixture.yaml"), encoding: .utf8)
        try folder.write("questionnaires/report-fixture.yaml", yaml)
        questionnaires = folder.path("questionnaires")
    }

    /// A report snapshot as the program prints it: an HTML snapshot holds a marker line where the
    /// stylesheet, snapshotted once in `report-style.css`, goes.
    private static func snapshot(_ name: String) throws -> String {
        let text = try String(contentsOf: snapshots.appendingPathComponent(name), encoding: .utf8)
        guard name.hasSuffix(".html") else { return text }
        let sheet = try String(contentsOf: snapshots.appendingPathComponent("report-style.css"), encoding: .utf8)
        return text.replacingOccurrences(of: "/* the stylesheet: Snapshots/report-style.css */\n", with: sheet)
    }

    private func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent("\(name).json").path }

    private func report(_ arguments: [String], environment: [String: String] = [:]) throws -> ReadinessBinary.Outcome {
        try ReadinessBinary.run(["report"] + arguments + ["--questionnaires", questionnaires], environment: environment)
    }

    // MARK: - Formats

    func testEveryTextFormatPrintsWhatTheSnapshotsHold() throws {
        for (format, fileExtension) in [("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json")] {
            // The snapshots are client copies; text and json default to the internal one.
            let outcome = try report(
                [fixture("harbor-dental"), "--format", format, "--audience", "client"], environment: ["TZ": "America/Los_Angeles"])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertEqual(outcome.stderr, "")
            XCTAssertEqual(outcome.stdout, try Self.snapshot("harbor-dental.\(fileExtension)"), "--format \(format)")
        }
    }

    func testRedactLeavesOutTheOrganizationPeopleAndNotes() throws {
        let outcome = try report([fixture("harbor-dental"), "--format", "markdown", "--redact"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        for typed in ["Harbor Dental", "Dana Whitfield", "Marco", "ransomware", "h7kq2m9x"] {
            XCTAssertFalse(outcome.stdout.contains(typed), "\(typed) in a redacted report")
        }
        XCTAssertTrue(outcome.stdout.contains("Redacted organization"))
        XCTAssertTrue(outcome.stdout.contains("Strong fit"), "everything else is intact")
        XCTAssertTrue(outcome.stdout.contains("Backups have never been test-restored"))
    }

    func testAFileMarkedCompleteWithUnansweredQuestionsSaysSo() throws {
        // Edited by hand or answered under an older version: the status alone would read as final.
        let template = try ReadinessBinary.run(["template", "--questionnaires", questionnaires, "--questionnaire", "report-fixture"])
        XCTAssertEqual(template.status, 0, template.stderr)
        let path = try folder.write(
            "complete.json", template.stdout.replacingOccurrences(of: "\"status\": \"draft\"", with: "\"status\": \"complete\""))
        for format in ["text", "markdown", "html"] {
            let outcome = try report([path, "--format", format])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertTrue(outcome.stdout.contains("Marked complete, but only 0 of "), "--format \(format):\n\(outcome.stdout.prefix(600))")
        }
        let harbor = try report([fixture("harbor-dental"), "--format", "text"])
        XCTAssertFalse(harbor.stdout.contains("Marked complete"), "a complete assessment has no such line")
    }

    // MARK: - The sender

    /// A configuration folder holding `report.conf` with these lines and, when given, `logo.svg`.
    private func configuration(_ lines: String, logo: [UInt8]? = nil, logoName: String = "logo.svg") throws -> [String: String] {
        try folder.write("config/readiness/report.conf", lines)
        if let logo { try Data(logo).write(to: URL(fileURLWithPath: folder.path("config/readiness/\(logoName)"))) }
        return ["XDG_CONFIG_HOME": folder.path("config")]
    }

    func testTheSendersNameContactAndLogoFromReportConf() throws {
        let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>"#.utf8)
        let environment = try configuration(
            "# who sends the summaries\ncompany = Northbridge IT Partners\ncontact = Jo Park, +1 555 0100\nlogo = logo.svg\n", logo: svg)
        for redact in [false, true] {
            let outcome = try report(
                [fixture("harbor-dental"), "--format", "html"] + (redact ? ["--redact"] : []), environment: environment)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertEqual(outcome.stderr, "")
            XCTAssertTrue(
                outcome.stdout.contains(
                    "<span class=\"prepared-by\">Prepared by</span> <bdi class=\"sender-name\">Northbridge IT Partners</bdi>"),
                "redact: \(redact)")
            XCTAssertTrue(outcome.stdout.contains("<div class=\"sender-contact\"><bdi>Jo Park, +1 555 0100</bdi></div>"))
            XCTAssertTrue(outcome.stdout.contains("src=\"data:image/svg+xml;base64,\(Data(svg).base64EncodedString())\""))
            XCTAssertEqual(outcome.stdout.contains("Harbor Dental"), !redact)
        }
        let text = try report([fixture("harbor-dental"), "--format", "text"], environment: environment)
        XCTAssertTrue(text.stdout.contains("\nPrepared by Northbridge IT Partners (Jo Park, +1 555 0100)\n"), text.stdout)
    }

    func testALogoThatIsNotAnImageStopsTheReportSayingWhereAndWhy() throws {
        let environment = try configuration(
            "company = Northbridge\nlogo = logo.png\n", logo: Array("not an image".utf8), logoName: "logo.png")
        let output = folder.path("summary.html")
        let outcome = try report([fixture("harbor-dental"), "-o", output], environment: environment)
        XCTAssertEqual(outcome.status, 65)
        XCTAssertEqual(
            outcome.stderr,
            "readiness: error: \(folder.path("config/readiness/report.conf")):2: \(folder.path("config/readiness/logo.png")): the logo is not a PNG, a JPEG or an SVG (its first bytes say so, whatever its name)\n"
        )
        XCTAssertFalse(FileManager.default.fileExists(atPath: output), "nothing is written")

        let missing = try report([fixture("harbor-dental")], environment: try configuration("logo = /no/such/logo.png\n"))
        XCTAssertEqual(missing.status, 74)
        XCTAssertTrue(missing.stderr.contains("report.conf:1: the logo /no/such/logo.png: cannot read it"), missing.stderr)
    }

    func testAnUnknownKeyInReportConfIsAWarning() throws {
        let outcome = try report(
            [fixture("harbor-dental"), "--format", "markdown"], environment: try configuration("company = Acme MSP\ncolour = blue\n"))
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(
            outcome.stderr,
            "readiness: warning: \(folder.path("config/readiness/report.conf")):2: unknown key 'colour' (known: company, contact, logo)\n")
        XCTAssertTrue(outcome.stdout.contains("Prepared by Acme MSP  \n"))
    }

    func testUnknownFormatIsAUsageError() throws {
        let outcome = try report([fixture("harbor-dental"), "--format", "docx"])
        XCTAssertEqual(outcome.status, 64)
        XCTAssertTrue(outcome.stderr.contains("text"), outcome.stderr)
    }

    func testWithoutFormatTheOutputFileNameChoosesIt() throws {
        let expected = try String(contentsOf: Self.snapshots.appendingPathComponent("harbor-dental.md"), encoding: .utf8)
        let markdown = try report([fixture("harbor-dental"), "-o", folder.path("summary.md")], environment: ["TZ": "America/Los_Angeles"])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertEqual(try String(contentsOfFile: folder.path("summary.md"), encoding: .utf8), expected)

        let json = try report([fixture("harbor-dental"), "-o", folder.path("Summary.JSON")])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path("Summary.JSON"))))
        XCTAssertNotNil((object as? [String: Any])?["fit"], "a .JSON file holds the JSON report")

        // A name that says no format (or a folder with a dot in it) keeps the default, text.
        let plain = try report([fixture("harbor-dental"), "-o", folder.path("summary")])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(try String(contentsOfFile: folder.path("summary"), encoding: .utf8).hasPrefix("CO-MANAGED IT READINESS SUMMARY"))
    }

    func testFormatsSentToCustomersAreClientCopiesByDefault() throws {
        // The fixture's notes were not marked to share, and one question is flagged: internal only.
        let note = "Marco has run IT alone for six years"
        for format in ["markdown", "html"] {
            let outcome = try report([fixture("harbor-dental"), "--format", format])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertFalse(outcome.stdout.contains(note), "--format \(format) is a client copy by default")
            let internalCopy = try report([fixture("harbor-dental"), "--format", format, "--audience", "internal"])
            XCTAssertTrue(internalCopy.stdout.contains(note), "--audience internal wins: \(format)")
        }
        for format in ["text", "json"] {
            let outcome = try report([fixture("harbor-dental"), "--format", format])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertTrue(outcome.stdout.contains(note), "--format \(format) is an internal copy by default")
            let clientCopy = try report([fixture("harbor-dental"), "--format", format, "--audience", "client"])
            XCTAssertFalse(clientCopy.stdout.contains(note), "--audience client wins: \(format)")
        }
        let refused = try report([fixture("harbor-dental"), "--format", "markdown", "--talking-points"])
        XCTAssertEqual(refused.status, 64)
        XCTAssertTrue(refused.stderr.contains("add --audience internal"), refused.stderr)
    }

    func testAFormatThatClashesWithTheFileNameIsRefused() throws {
        let outcome = try report([fixture("harbor-dental"), "--format", "text", "-o", folder.path("x.pdf")])
        XCTAssertEqual(outcome.status, 64)
        XCTAssertTrue(outcome.stderr.contains("--format text clashes with -o \(folder.path("x.pdf")), whose name says pdf"), outcome.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("x.pdf")), "nothing is written")
        let agreeing = try report([fixture("harbor-dental"), "--format", "html", "-o", folder.path("x.htm")])
        XCTAssertEqual(agreeing.status, 0, agreeing.stderr)
    }

    func testPaperOnlyForPrintFormats() throws {
        let outcome = try report([fixture("harbor-dental"), "--format", "text", "--paper", "a4"])
        XCTAssertEqual(outcome.status, 64)
        XCTAssertTrue(outcome.stderr.contains("--paper applies to --format pdf and html only"), outcome.stderr)
        let html = try report([fixture("harbor-dental"), "--format", "html", "--paper", "a4"])
        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertTrue(html.stdout.contains("@page { size: A4;"))
    }

    // MARK: - Writing files

    func testOutputFileIsWrittenWholeAndNotOverwrittenWithoutForce() throws {
        let path = folder.path("summary.md")
        let first = try report([fixture("harbor-dental"), "--format", "markdown", "-o", path])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, "", "nothing on standard output when writing a file")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("# Co-managed IT readiness summary: Harbor Dental Group\n"))

        let second = try report([fixture("cedar-pine-law"), "--format", "markdown", "-o", path])
        XCTAssertEqual(second.status, 74)
        XCTAssertEqual(second.stderr, "readiness: error: \(path): already exists; use --force to replace it\n")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), written, "the existing file is untouched")

        let forced = try report([fixture("cedar-pine-law"), "--format", "markdown", "-o", path, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("Pine Law"))
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted(), ["questionnaires", "summary.md"],
            "no temporary file left")
    }

    func testMissingFolderIsAFileSystemError() throws {
        let path = folder.path("no/such/folder/summary.html")
        let outcome = try report([fixture("harbor-dental"), "--format", "html", "-o", path])
        XCTAssertEqual(outcome.status, 74)
        XCTAssertEqual(
            outcome.stderr, "readiness: error: \(path): cannot write it: the folder \(folder.path("no/such/folder")) does not exist\n")
    }

    func testUnwritableFolderIsAFileSystemError() throws {
        // Root writes into a read-only folder regardless, so as root the test uses sysfs, which refuses new files.
        var locked = folder.path("locked")
        if geteuid() == 0 {
            guard FileManager.default.fileExists(atPath: "/sys/kernel") else {
                throw XCTSkip("running as root without /sys: no folder root cannot write to")
            }
            locked = "/sys"
        } else {
            try FileManager.default.createDirectory(
                atPath: locked, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o500])
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path("locked")) }
        let path = "\(locked)/readiness-summary.txt"
        let outcome = try report([fixture("harbor-dental"), "-o", path])
        XCTAssertEqual(outcome.status, 74)
        XCTAssertEqual(outcome.stderr, "readiness: error: \(path): cannot write it: Permission denied\n")
    }

    func testAFolderAsTheOutputIsAFileSystemError() throws {
        let outcome = try report([fixture("harbor-dental"), "-o", folder.url.path, "--force"])
        XCTAssertEqual(outcome.status, 74)
        XCTAssertEqual(outcome.stderr, "readiness: error: \(folder.url.path): is a folder; give the path of a file to write\n")
    }

    func testStandardOutputAsTheOutputPrintsTheReport() throws {
        // /dev/stdout is this process's standard output (a pipe here), not a file that "already exists".
        let printed = try report([fixture("harbor-dental"), "--format", "markdown"])
        XCTAssertEqual(printed.status, 0, printed.stderr)
        let outcome = try report([fixture("harbor-dental"), "--format", "markdown", "-o", "/dev/stdout"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertEqual(outcome.stdout, printed.stdout)
    }

    func testALinkAsTheOutputIsFollowedAndStaysALink() throws {
        let real = try folder.write("kept/summary.md", "an older summary\n")
        let link = folder.path("latest.md")
        XCTAssertEqual(symlink("kept/summary.md", link), 0)

        let refused = try report([fixture("harbor-dental"), "--format", "markdown", "-o", link])
        XCTAssertEqual(refused.status, 74)
        XCTAssertEqual(refused.stderr, "readiness: error: \(link): already exists; use --force to replace it (it is a link to \(real))\n")
        XCTAssertEqual(try String(contentsOfFile: real, encoding: .utf8), "an older summary\n")

        let forced = try report([fixture("harbor-dental"), "--format", "markdown", "-o", link, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "kept/summary.md", "still a link, to the same file")
        XCTAssertTrue(
            try String(contentsOfFile: real, encoding: .utf8).hasPrefix("# Co-managed IT readiness summary: Harbor Dental Group\n"))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path("kept")), ["summary.md"], "no temporary file left")
    }

    func testANamedPipeAsTheOutputIsWrittenIntoWithOrWithoutForce() throws {
        let pipe = folder.path("summary.pipe")
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        for force in [[], ["--force"]] {
            // Held open for reading and writing, so that the command's open does not wait for a reader and
            // what it wrote can be read back here.
            let reader = open(pipe, O_RDWR | O_NONBLOCK | O_CLOEXEC)
            defer { close(reader) }
            let outcome = try report([fixture("harbor-dental"), "-o", pipe] + force)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
            XCTAssertTrue(String(decoding: buffer[0..<max(0, count)], as: UTF8.self).contains("Harbor Dental Group"), "\(force)")
            var info = stat()
            XCTAssertEqual(lstat(pipe, &info), 0)
            XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "still a named pipe \(force)")
        }
    }

    // MARK: - PDF

    func testPDFWithoutABrowserNamesTheHTMLRouteAndExits69() throws {
        let empty = folder.path("empty-bin")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let pdf = folder.path("summary.pdf")
        let outcome = try report(
            [fixture("harbor-dental"), "--format", "pdf", "-o", pdf], environment: ["PATH": empty, "READINESS_CHROME": ""])
        XCTAssertEqual(outcome.status, 69)
        XCTAssertEqual(
            outcome.stderr,
            """
            readiness: error: cannot make a PDF: no headless Chromium found (looked for 'chromium', 'chromium-browser' \
            and 'google-chrome' on the PATH; set READINESS_CHROME to a Chromium or Chrome executable). Write HTML instead \
            and print it from any browser: readiness report \(fixture("harbor-dental")) --format html -o \(folder.path("summary.html"))

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: pdf), "no PDF, not even an empty one")
    }

    func testWithoutABrowserTheInternalCopyIsOfferedAsAnInternalHTMLFileOfItsOwn() throws {
        // Without -o the hint names the export scheme's file: the internal copy's never the client copy's name.
        let empty = folder.path("empty-bin")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let environment = ["PATH": empty, "READINESS_CHROME": ""]
        let client = try report([fixture("harbor-dental"), "--format", "pdf"], environment: environment)
        let internalCopy = try report(
            [fixture("harbor-dental"), "--format", "pdf", "--audience", "internal", "--talking-points"], environment: environment)
        XCTAssertEqual(client.status, 69)
        XCTAssertEqual(internalCopy.status, 69)
        XCTAssertTrue(client.stderr.hasSuffix(" --format html -o harbor-dental-group-2026-03-10.html\n"), client.stderr)
        XCTAssertTrue(
            internalCopy.stderr.hasSuffix(
                " --format html --audience internal --talking-points -o harbor-dental-group-2026-03-10-internal.html\n"),
            internalCopy.stderr)
    }

    func testPDFFromAFailingBrowserLeavesNoFile() throws {
        let browser = try folder.write(
            "bin/chromium",
            """
            #!/bin/sh
            for argument in "$@"; do case "$argument" in --print-to-pdf=*) out="${argument#--print-to-pdf=}";; esac; done
            printf '%%PDF-1.4 half' > "$out"
            echo 'renderer crashed' >&2
            exit 1
            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
        let pdf = folder.path("summary.pdf")
        let outcome = try report([fixture("harbor-dental"), "--format", "pdf", "-o", pdf], environment: ["READINESS_CHROME": browser])
        XCTAssertEqual(outcome.status, 69)
        XCTAssertTrue(
            outcome.stderr.hasPrefix(
                "readiness: error: cannot make a PDF: \(browser) exited with status 1 without writing one: renderer crashed."),
            outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("--format html -o \(folder.path("summary.html"))"), outcome.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: pdf))
    }

    /// A stand-in for Chromium that writes a tiny PDF where `--print-to-pdf=` says.
    private func standInBrowser() throws -> String {
        let browser = try folder.write(
            "bin/chromium",
            """
            #!/bin/sh
            for argument in "$@"; do case "$argument" in --print-to-pdf=*) out="${argument#--print-to-pdf=}";; esac; done
            printf '%%PDF-1.4\\n%% stand-in\\n%%%%EOF\\n' > "$out"
            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
        return browser
    }

    func testPDFIsNotWrittenToATerminalButCanBePiped() throws {
        let browser = try standInBrowser()
        let outcome = try report([fixture("harbor-dental"), "--format", "pdf"], environment: ["READINESS_CHROME": browser])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stdout, "%PDF-1.4\n% stand-in\n%%EOF\n", "standard output is a pipe here")
    }

    func testAPDFGoesToStandardOutputOrThroughALinkLikeAnyFormat() throws {
        let browser = try standInBrowser()
        let streamed = try report(
            [fixture("harbor-dental"), "--format", "pdf", "-o", "/dev/stdout"], environment: ["READINESS_CHROME": browser])
        XCTAssertEqual(streamed.status, 0, streamed.stderr)
        XCTAssertEqual(streamed.stdout, "%PDF-1.4\n% stand-in\n%%EOF\n")

        let real = try folder.write("out/summary.pdf", "old")
        let link = folder.path("summary.pdf")
        XCTAssertEqual(symlink("out/summary.pdf", link), 0)
        let forced = try report(
            [fixture("harbor-dental"), "--format", "pdf", "-o", link, "--force"], environment: ["READINESS_CHROME": browser])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "out/summary.pdf")
        XCTAssertEqual(try String(contentsOfFile: real, encoding: .utf8), "%PDF-1.4\n% stand-in\n%%EOF\n")
    }

    func testPDFWithARealBrowser() throws {
        let names = ["chromium", "chromium-browser", "google-chrome"]
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let found = path.split(separator: ":").contains { folder in
            names.contains { FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)") }
        }
        guard found || !(ProcessInfo.processInfo.environment["READINESS_CHROME"] ?? "").isEmpty else {
            throw XCTSkip(
                "no headless Chromium installed (chromium, chromium-browser or google-chrome on the PATH, or READINESS_CHROME): the real PDF route is not tested"
            )
        }
        let pdf = folder.path("summary.pdf")
        let outcome = try report([fixture("harbor-dental"), "--format", "pdf", "--paper", "a4", "-o", pdf])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        XCTAssertTrue(bytes.starts(with: Data("%PDF-".utf8)))
        XCTAssertTrue(String(decoding: bytes.suffix(1024), as: UTF8.self).contains("%%EOF"))
    }
}
