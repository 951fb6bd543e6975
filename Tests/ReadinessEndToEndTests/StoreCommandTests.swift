import Foundation
import TestSupport
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Saved assessments through the real binary: list, show, compare, delete, import, export-file, report ID,
/// with their exit codes and the lines people and scripts read.
final class StoreCommandTests: XCTestCase {
    /// A private data folder, questionnaire folder and cache folder, and the environment naming them.
    private final class Workspace {
        let folder: TemporaryFolder
        let data: String
        let questionnaires: String

        init() throws {
            folder = try TemporaryFolder()
            data = folder.path("data/assessments")
            questionnaires = folder.path("questionnaires")
            try folder.write("questionnaires/tiny.yaml", TinyQuestionnaire.yaml(version: "1"))
        }

        var environment: [String: String] {
            [
                "READINESS_DATA_DIR": data, "READINESS_QUESTIONNAIRES": questionnaires,
                "XDG_CACHE_HOME": folder.path("cache"), "TZ": "UTC",
            ]
        }

        func run(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:], timeout: TimeInterval = 60) throws
            -> ReadinessBinary.Outcome
        {
            try ReadinessBinary.run(arguments, stdin: stdin, environment: environment.merging(extra) { $1 }, timeout: timeout)
        }

        /// Writes an assessment file outside the store and returns its path.
        @discardableResult
        func assessmentFile(
            _ name: String, id: String, organization: String = "Acme Dental", version: String = "1",
            status: String = "complete", updated: String = "2026-03-01T10:00:00Z", answers: String
        ) throws -> String {
            try folder.write(
                "incoming/\(name)",
                """
                {
                  "format": "readiness-assessment",
                  "formatVersion": 1,
                  "id": "\(id)",
                  "questionnaire": {"id": "tiny-check", "version": "\(version)"},
                  "organization": "\(organization)",
                  "assessor": "Sam Rivera",
                  "mode": "call",
                  "status": "\(status)",
                  "created": "2026-03-01T09:00:00Z",
                  "updated": "\(updated)",
                  "answers": {\(answers)}
                }

                """)
        }

        /// Imports the usual pair: March (one person's phone) and September (nobody), of one organization.
        func importPair() throws {
            try assessmentFile(
                "march.json", id: "march222",
                answers: #""after-hours": {"value": "one-person"}, "sites": {"value": 3}, "site-travel": {"value": 2}"#)
            try assessmentFile(
                "sept.json", id: "sept3333", updated: "2026-09-14T15:30:00Z",
                answers: #""after-hours": {"value": "nobody", "note": "Owner's cell"}, "sites": {"value": 3}, "site-travel": {"value": 5}"#)
            let outcome = try run(["import", folder.path("incoming/march.json"), folder.path("incoming/sept.json")])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertEqual(
                outcome.stdout,
                """
                Imported \(folder.path("incoming/march.json")) as march222.
                Imported \(folder.path("incoming/sept.json")) as sept3333.

                """)
        }

        /// The usual pair, and a draft of another organization (`organization` as the JSON file holds it) between them.
        func importPairAndDraft(organization: String) throws {
            try importPair()
            try assessmentFile(
                "draft.json", id: "draft444", organization: organization, status: "draft",
                updated: "2026-05-02T08:05:00Z", answers: #""sites": {"value": 1}"#)
            XCTAssertEqual(try run(["import", folder.path("incoming/draft.json")]).status, 0)
        }

    }

    // MARK: - list

    func testListShowsEveryColumnNewestFirstAndFilters() throws {
        let workspace = try Workspace()
        try workspace.importPairAndDraft(organization: "Birch Clinic")

        let list = try workspace.run(["list"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.stderr, "")
        XCTAssertEqual(
            list.stdout,
            """
            ID        ORGANIZATION  QUESTIONNAIRE  MODE  STATUS    ANSWERED  UPDATED           RATING      NEED  CONFIDENCE
            sept3333  Acme Dental   tiny-check v1  call  complete  3/3       2026-09-14 15:30  strong-fit  100   high
            draft444  Birch Clinic  tiny-check v1  call  draft     1/2       2026-05-02 08:05  -           -     -
            march222  Acme Dental   tiny-check v1  call  complete  3/3       2026-03-01 10:00  good-fit    50    high

            """)

        let drafts = try workspace.run(["list", "--status", "draft"])
        XCTAssertEqual(drafts.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(8)) }, ["draft444"])
        let acme = try workspace.run(["list", "--org", "ACME"])
        XCTAssertEqual(acme.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(8)) }, ["sept3333", "march222"])
        let none = try workspace.run(["list", "--org", "Nobody Inc"])
        XCTAssertEqual(none.stdout, "No saved assessment matches.\n")
        XCTAssertEqual(try workspace.run(["list", "--status", "finished"]).status, 64)
    }

    func testInvisibleCharactersInANameAreShownNotHidden() throws {
        // Two organizations that differ only by a zero-width space, and one with a right-to-left override
        // that would turn the rest of the line around: each is told apart in every terminal view.
        let workspace = try Workspace()
        try workspace.assessmentFile("zw.json", id: "zwsp2222", organization: "Acme\u{200B} Dental", answers: #""sites": {"value": 1}"#)
        try workspace.assessmentFile("rlo.json", id: "rlo22222", organization: "Evil\u{202E}latneD", answers: #""sites": {"value": 1}"#)
        let imported = try workspace.run(["import", workspace.folder.path("incoming/zw.json"), workspace.folder.path("incoming/rlo.json")])
        XCTAssertEqual(imported.status, 0, imported.stderr)

        let list = try workspace.run(["list"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("Acme<U+200B> Dental"), list.stdout)
        XCTAssertTrue(list.stdout.contains("Evil<U+202E>latneD"), list.stdout)
        XCTAssertFalse(
            list.stdout.unicodeScalars.contains { $0.properties.generalCategory == .format }, "nothing invisible reaches the terminal")

        let show = try workspace.run(["show", "zwsp2222"])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("Acme<U+200B> Dental"), show.stdout)
        for format in ["html", "markdown", "text"] {
            let report = try workspace.run(["report", "rlo22222", "--format", format])
            XCTAssertEqual(report.status, 0, report.stderr)
            XCTAssertFalse(report.stdout.unicodeScalars.contains { $0.value == 0x202E }, "--format \(format) carries the override raw")
            XCTAssertTrue(report.stdout.contains("U+202E"), "--format \(format) shows where it was")
        }
        // The JSON keeps the name exactly as stored: it is data for programs, not text for a screen.
        let json = try workspace.run(["report", "rlo22222", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((object?["assessment"] as? [String: Any])?["organization"] as? String, "Evil\u{202E}latneD")
    }

    func testAVeryLongOrganizationIsCutInTheTableAndWholeInJSON() throws {
        // A file may hold a name megabytes long; padding every row to it made 'list' print megabytes a row.
        let workspace = try Workspace()
        let long = "Contoso 日本 " + String(repeating: "x", count: 2_000_000)
        try workspace.assessmentFile("long.json", id: "long2222", organization: long, status: "draft", answers: "")
        try workspace.assessmentFile(
            "short.json", id: "short222", organization: "Birch Clinic", status: "draft", updated: "2026-02-01T10:00:00Z", answers: "")
        let imported = try workspace.run([
            "import", workspace.folder.path("incoming/long.json"), workspace.folder.path("incoming/short.json"),
        ])
        XCTAssertEqual(imported.status, 0, imported.stderr)

        let list = try workspace.run(["list"])
        XCTAssertEqual(list.status, 0, list.stderr)
        // 40 columns: "Contoso " (8), two wide characters (4), a space and 26 x's, then the cut marker.
        let cut = "Contoso 日本 " + String(repeating: "x", count: 26) + "…"
        XCTAssertEqual(
            list.stdout,
            """
            ID        ORGANIZATION                              QUESTIONNAIRE  MODE  STATUS  ANSWERED  UPDATED           RATING  NEED  CONFIDENCE
            long2222  \(cut)  tiny-check v1  call  draft   0/3       2026-03-01 10:00  -       -     -
            short222  Birch Clinic                              tiny-check v1  call  draft   0/3       2026-02-01 10:00  -       -     -

            """)

        let json = try workspace.run(["list", "--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try XCTUnwrap(object["assessments"] as? [[String: Any]])
        XCTAssertEqual(rows.first?["organization"] as? String, long, "--json keeps the name whole")
    }

    func testListAsJSON() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let outcome = try workspace.run(["list", "--json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["dataDir"] as? String, workspace.data)
        let rows = try XCTUnwrap(object["assessments"] as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["id"] as? String }, ["sept3333", "march222"])
        XCTAssertEqual(rows[0]["rating"] as? String, "strong-fit")
        XCTAssertEqual(rows[0]["provisional"] as? Bool, false)
        // The need, range and confidence are the report's (RangeAgreementTests checks them against it).
        XCTAssertEqual(rows[0]["need"] as? Int, 100)
        XCTAssertEqual((rows[0]["range"] as? [String: Any])?["low"] as? Int, 100)
        XCTAssertEqual((rows[0]["range"] as? [String: Any])?["high"] as? Int, 100)
        XCTAssertEqual(rows[0]["confidence"] as? String, "high")
        XCTAssertEqual(rows[0]["answered"] as? Int, 3)
        XCTAssertEqual(rows[0]["total"] as? Int, 3)
        XCTAssertEqual(rows[0]["updated"] as? String, "2026-09-14T15:30:00Z")
        XCTAssertEqual((rows[0]["questionnaire"] as? [String: Any])?["id"] as? String, "tiny-check")
        XCTAssertEqual(rows[0]["path"] as? String, workspace.data + "/sept3333.json")
        XCTAssertEqual((object["problems"] as? [Any])?.count, 0)
    }

    func testListAsCSVForASpreadsheetOrACRM() throws {
        let workspace = try Workspace()
        // The name as the JSON file holds it: =HYPERLINK("http://x", "Birch, "Clinic"")
        try workspace.importPairAndDraft(organization: #"=HYPERLINK(\"http://x\", \"Birch, \"Clinic\"\")"#)

        let all = try workspace.run(["list", "--csv"])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertEqual(all.stderr, "")
        // The same rows as the table, newest first; the formula is text and the quotes and comma are quoted.
        XCTAssertEqual(
            all.stdout,
            "id,organization,assessor,questionnaire,version,mode,status,answered,shown,created,updated,rating,need,need_low,need_high,confidence,provisional\r\n"
                + "sept3333,Acme Dental,Sam Rivera,tiny-check,1,call,complete,3,3,2026-03-01T09:00:00Z,2026-09-14T15:30:00Z,strong-fit,100,100,100,high,false\r\n"
                + "draft444,\"'=HYPERLINK(\"\"http://x\"\", \"\"Birch, \"\"Clinic\"\"\"\")\",Sam Rivera,tiny-check,1,call,draft,1,2,2026-03-01T09:00:00Z,2026-05-02T08:05:00Z,,,,,,\r\n"
                + "march222,Acme Dental,Sam Rivera,tiny-check,1,call,complete,3,3,2026-03-01T09:00:00Z,2026-03-01T10:00:00Z,good-fit,50,50,50,high,false\r\n"
        )

        // The table's filters, the same rows; nothing left is the header alone, for a program to read.
        let complete = try workspace.run(["list", "--csv", "--status", "complete", "--org", "acme"])
        XCTAssertEqual(
            complete.stdout.components(separatedBy: "\r\n").map { String($0.prefix(8)) }, ["id,organ", "sept3333", "march222", ""])
        let none = try workspace.run(["list", "--csv", "--org", "Nobody Inc"])
        XCTAssertEqual(none.stdout, ListCSVHeader.line)

        let both = try workspace.run(["list", "--csv", "--json"])
        XCTAssertEqual(both.status, 64)
        XCTAssertEqual(both.stdout, "")
        XCTAssertTrue(both.stderr.contains("--json and --csv cannot be combined"), both.stderr)
    }

    func testAProvisionalResultIsListedAsTooEarlyAsShowSaysNotEnoughKnown() throws {
        // Complete, but the one question that weighs is "don't know": show states no rating, and neither may list.
        let workspace = try Workspace()
        try workspace.importPair()
        try workspace.assessmentFile(
            "early.json", id: "early222", organization: "Cedar Vale", updated: "2026-10-01T12:00:00Z",
            answers: #""after-hours": {"dontKnow": true}, "sites": {"value": 1}"#)
        XCTAssertEqual(try workspace.run(["import", workspace.folder.path("incoming/early.json")]).status, 0)
        let show = try workspace.run(["show", "early222"])
        XCTAssertTrue(show.stdout.contains("Not enough known yet"), show.stdout)

        let list = try workspace.run(["list"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(
            list.stdout,
            """
            ID        ORGANIZATION  QUESTIONNAIRE  MODE  STATUS    ANSWERED  UPDATED           RATING      NEED        CONFIDENCE
            early222  Cedar Vale    tiny-check v1  call  complete  2/2       2026-10-01 12:00  too early   50 (0-100)  low
            sept3333  Acme Dental   tiny-check v1  call  complete  3/3       2026-09-14 15:30  strong-fit  100         high
            march222  Acme Dental   tiny-check v1  call  complete  3/3       2026-03-01 10:00  good-fit    50          high

            """)

        let json = try workspace.run(["list", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try XCTUnwrap(object["assessments"] as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["provisional"] as? Bool }, [true, false, false])
        XCTAssertNotNil(rows[0]["rating"] as? String, "the rating stays for the contract: the likeliest, with provisional beside it")

        let csv = try workspace.run(["list", "--csv", "--org", "cedar"])
        XCTAssertEqual(
            csv.stdout,
            ListCSVHeader.line
                + "early222,Cedar Vale,Sam Rivera,tiny-check,1,call,complete,2,2,2026-03-01T09:00:00Z,2026-10-01T12:00:00Z,good-fit,50,0,100,low,true\r\n"
        )
    }

    func testAnEmptyStoreSaysWhereItLooked() throws {
        let workspace = try Workspace()
        let outcome = try workspace.run(["list"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stdout, "No saved assessments in \(workspace.data).\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.data), "listing creates nothing")
    }

    func testListReportsACorruptFileAndANewerFormatAndListsTheRest() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let march = try String(contentsOfFile: workspace.data + "/march222.json", encoding: .utf8)
        try String(march.prefix(march.count / 2)).write(toFile: workspace.data + "/trunc222.json", atomically: true, encoding: .utf8)
        try march.replacingOccurrences(of: "\"formatVersion\": 1", with: "\"formatVersion\": 2")
            .write(toFile: workspace.data + "/future22.json", atomically: true, encoding: .utf8)

        let outcome = try workspace.run(["list"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(8)) }, ["sept3333", "march222"])
        let warnings = outcome.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(warnings.count, 2, outcome.stderr)
        XCTAssertEqual(
            warnings.first,
            "readiness: warning: skipped \(workspace.data)/future22.json:3:20: this file was written by a newer version of readiness (format 2); this one reads format 1"
        )
        XCTAssertTrue(warnings.last?.hasPrefix("readiness: warning: skipped \(workspace.data)/trunc222.json:") == true, outcome.stderr)

        let show = try workspace.run(["show", "trunc"])
        XCTAssertEqual(show.status, 65)
        XCTAssertTrue(show.stderr.hasPrefix("\(workspace.data)/trunc222.json:"), show.stderr)
        XCTAssertTrue(show.stderr.contains("error: "), show.stderr)
    }

    func testADataFolderThatIsAFileIsAnErrorNotAnEmptyList() throws {
        let workspace = try Workspace()
        let file = try workspace.folder.write("not-a-folder", "notes\n")
        let outcome = try workspace.run(["list"], environment: ["READINESS_DATA_DIR": file])
        XCTAssertEqual(outcome.status, 74)
        XCTAssertEqual(outcome.stdout, "")
        XCTAssertEqual(outcome.stderr, "readiness: error: \(file): is not a folder\n")
    }

    func testANamedPipeInTheFoldersIsSkippedNotWaitedOn() throws {
        // Opening a named pipe waits for a writer: listing or loading questionnaires would hang forever.
        let workspace = try Workspace()
        try workspace.importPair()
        XCTAssertEqual(mkfifo(workspace.data + "/pipe2222.json", 0o600), 0)
        XCTAssertEqual(mkfifo(workspace.questionnaires + "/pipe.yaml", 0o600), 0)

        let list = try workspace.run(["list"], timeout: 20)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(8)) }, ["sept3333", "march222"])
        XCTAssertTrue(
            list.stderr.contains("\(workspace.data)/pipe2222.json: is not a regular file (a pipe, socket or device); not read"), list.stderr
        )

        let validate = try workspace.run(["validate", workspace.questionnaires], timeout: 20)
        XCTAssertEqual(validate.status, 74, validate.stderr)
        XCTAssertEqual(
            validate.stderr,
            "readiness: error: \(workspace.questionnaires)/pipe.yaml: is not a regular file (a pipe, socket or device); not read\n")
    }

    func testAFileNamedOnTheCommandLineMayBeAPipe() throws {
        // `readiness validate /dev/stdin`, `readiness report <(...)`: a path a person names is read as it comes.
        let workspace = try Workspace()
        let validate = try workspace.run(["validate", "/dev/stdin"], stdin: TinyQuestionnaire.yaml(version: "1"))
        XCTAssertEqual(validate.status, 0, validate.stderr)
        XCTAssertEqual(validate.stdout, "/dev/stdin: ok: tiny-check v1, 3 questions, 1 signal, 2 areas\n")

        let file = try workspace.assessmentFile(
            "march.json", id: "march222", answers: #""after-hours": {"value": "nobody"}, "sites": {"value": 1}"#)
        let report = try workspace.run(
            ["report", "/dev/stdin", "--format", "json"], stdin: try String(contentsOfFile: file, encoding: .utf8))
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("\"organization\": \"Acme Dental\""), report.stdout)
    }

    func testTheDataFolderIsPrivateAndCanBeChosenWithTheFlag() throws {
        let workspace = try Workspace()
        let chosen = workspace.folder.path("elsewhere/team/assessments")
        try workspace.assessmentFile("one.json", id: "flag2222", answers: "")
        let outcome = try workspace.run(
            ["import", "--data-dir", chosen, workspace.folder.path("incoming/one.json")], environment: ["READINESS_DATA_DIR": ""])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        for folder in ["elsewhere", "elsewhere/team", "elsewhere/team/assessments"] {
            XCTAssertEqual(Self.permissions(workspace.folder.path(folder)), 0o700, folder)
        }
        XCTAssertEqual(Self.permissions(chosen + "/flag2222.json"), 0o600)
        XCTAssertEqual(try workspace.run(["list", "--data-dir", chosen]).stdout.split(separator: "\n").count, 2)
    }

    func testTheXDGDataFolderIsTheDefault() throws {
        let workspace = try Workspace()
        try workspace.assessmentFile("one.json", id: "xdgd2222", answers: "")
        let xdg = workspace.folder.path("xdg-data")
        let outcome = try workspace.run(
            ["import", workspace.folder.path("incoming/one.json")], environment: ["READINESS_DATA_DIR": "", "XDG_DATA_HOME": xdg])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: xdg + "/readiness/assessments/xdgd2222.json"))
        let home = workspace.folder.path("home")
        XCTAssertEqual(
            try workspace.run(
                ["import", workspace.folder.path("incoming/one.json")],
                environment: ["READINESS_DATA_DIR": "", "XDG_DATA_HOME": "", "HOME": home]
            ).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: home + "/.local/share/readiness/assessments/xdgd2222.json"))
    }

    // MARK: - show and report

    func testShowPrintsTheResultsByAnyUniquePrefix() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let outcome = try workspace.run(["show", "sep"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("Acme Dental"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("Strong fit"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("Nobody covers after hours"), outcome.stdout)
        XCTAssertEqual(outcome.stdout, try workspace.run(["report", "sept3333", "--format", "text"]).stdout, "show is the text report")
    }

    func testUnknownAndAmbiguousIDsAreUsageErrors() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        try workspace.assessmentFile("m2.json", id: "march333", answers: "")
        XCTAssertEqual(try workspace.run(["import", workspace.folder.path("incoming/m2.json")]).status, 0)

        let unknown = try workspace.run(["show", "zzz"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertEqual(unknown.stderr, "readiness: error: no assessment 'zzz'; 'readiness list' shows them all\n")
        let ambiguous = try workspace.run(["show", "march"])
        XCTAssertEqual(ambiguous.status, 64)
        XCTAssertEqual(ambiguous.stderr, "readiness: error: 'march' matches several assessments: march222, march333; type more of the id\n")
    }

    func testReportTakesAnIDOrAFileAndAnExistingFileWins() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let byID = try workspace.run(["report", "march", "--format", "json"])
        XCTAssertEqual(byID.status, 0, byID.stderr)
        let result = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(byID.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((result["fit"] as? [String: Any])?["rating"] as? String, "good-fit")

        // A file named like an id, in the current folder: the file wins.
        try workspace.assessmentFile("march222", id: "other222", answers: #""after-hours": {"value": "covered"}, "sites": {"value": 1}"#)
        let byFile = try ReadinessBinary.run(
            ["report", "march222", "--format", "json"], environment: workspace.environment,
            directory: workspace.folder.url.appendingPathComponent("incoming"))
        XCTAssertEqual(byFile.status, 0, byFile.stderr)
        let fromFile = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(byFile.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((fromFile["fit"] as? [String: Any])?["rating"] as? String, "not-yet")

        let neither = try workspace.run(["report", "nothing"])
        XCTAssertEqual(neither.status, 74)
        XCTAssertEqual(
            neither.stderr, "readiness: error: nothing: no such file, and no saved assessment with that id ('readiness list' shows them)\n")
    }

    func testTwoFilesWithTheSameQuestionnaireIdAndVersionAreNamed() throws {
        let workspace = try Workspace()
        try workspace.folder.write("questionnaires/tiny-copy.yaml", TinyQuestionnaire.yaml(version: "1"))
        let first = workspace.questionnaires + "/tiny-copy.yaml"
        let second = workspace.questionnaires + "/tiny.yaml"
        let warning =
            "readiness: warning: \(second) holds the same questionnaire as \(first) (tiny-check v1); only \(first) is used. Give one of them another version, or remove it.\n"

        let listed = try workspace.run(["questionnaires"])
        XCTAssertEqual(listed.status, 0, listed.stderr)
        XCTAssertEqual(listed.stdout.split(separator: "\n").count, 2, "listed once: \(listed.stdout)")
        XCTAssertEqual(listed.stderr, warning)

        let validated = try workspace.run(["validate", workspace.questionnaires])
        XCTAssertEqual(validated.status, 0, validated.stderr)
        XCTAssertEqual(validated.stderr, warning)
    }

    /// A questionnaire is read only when a command uses it: a broken one that is not used stops nothing, and
    /// one that is used is refused with where it is broken; `questionnaires` and `validate` read every file.
    func testABrokenQuestionnaireStopsOnlyTheCommandsThatUseIt() throws {
        let workspace = try Workspace()
        let broken = workspace.questionnaires + "/other.yaml"
        try workspace.folder.write("questionnaires/other.yaml", "id: other\nversion: \"1\"\ntitle: Other\nsignals: [\n  - oops: [\n")
        let problem = "\(broken):5:3: error: YAML syntax: did not find expected node content"
        let file = try workspace.assessmentFile(
            "march.json", id: "march222", answers: #""after-hours": {"value": "one-person"}, "sites": {"value": 1}"#)

        let report = try workspace.run(["report", file, "--format", "json"])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertEqual(report.stderr, "")
        XCTAssertTrue(report.stdout.contains("\"tiny-check\""), report.stdout)

        let used = try workspace.run(["template", "--questionnaire", "other"])
        XCTAssertEqual(used.status, 65, used.stderr)
        XCTAssertTrue(used.stderr.hasPrefix(problem), used.stderr)

        let listed = try workspace.run(["questionnaires"])
        XCTAssertEqual(listed.status, 0, listed.stderr)
        XCTAssertEqual(listed.stderr, "readiness: warning: \(broken) is not a valid questionnaire; run 'readiness validate \(broken)'\n")

        let validated = try workspace.run(["validate", workspace.questionnaires])
        XCTAssertEqual(validated.status, 65, validated.stderr)
        XCTAssertTrue(validated.stderr.contains(problem), validated.stderr)
    }

    // MARK: - questionnaire versions

    /// Version 2 beside version 1, in a file that sorts after it: file order must never pick the version.
    private func installVersionTwo(_ workspace: Workspace, as name: String = "tiny2.yaml") throws {
        try workspace.folder.write(
            "questionnaires/\(name)", TinyQuestionnaire.yaml(version: "2", extraQuestion: TinyQuestionnaire.versionTwoQuestion))
    }

    /// A version 2 file answering the question only version 2 has.
    private func versionTwoFile(_ workspace: Workspace) throws -> String {
        try workspace.assessmentFile(
            "v2.json", id: "newv2222", version: "2", updated: "2026-10-01T10:00:00Z",
            answers: #""after-hours": {"value": "nobody"}, "sites": {"value": 1}, "on-call-pay": {"value": "unpaid"}"#)
    }

    func testNewWorkUsesTheNewestVersionByNumberWhateverTheFileNames() throws {
        let workspace = try Workspace()
        try installVersionTwo(workspace)
        let template = try workspace.run(["template", "--questionnaire", "tiny-check"])
        XCTAssertEqual(template.status, 0, template.stderr)
        XCTAssertTrue(template.stdout.contains("\"version\": \"2\""), template.stdout)
        XCTAssertTrue(template.stdout.contains("\"on-call-pay\""), template.stdout)
        let older = try workspace.run(["template", "--questionnaire", "tiny-check@1"])
        XCTAssertTrue(older.stdout.contains("\"version\": \"1\"") && !older.stdout.contains("on-call-pay"), older.stdout)
        let missing = try workspace.run(["template", "--questionnaire", "tiny-check@7"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertEqual(
            missing.stderr,
            "readiness: error: questionnaire 'tiny-check' has no version 7 installed (installed: 2, 1); 'tiny-check' alone means the newest\n"
        )

        let validated = try workspace.run(["validate", workspace.questionnaires])
        XCTAssertEqual(validated.status, 0, validated.stderr)
        XCTAssertEqual(validated.stderr, "", "two versions of one questionnaire are not a problem")
        XCTAssertTrue(validated.stdout.contains("ok: tiny-check v1") && validated.stdout.contains("ok: tiny-check v2"), validated.stdout)

        // "10" is newer than "9", though it sorts first as text.
        try workspace.folder.write("questionnaires/tiny10.yaml", TinyQuestionnaire.yaml(version: "10"))
        try workspace.folder.write("questionnaires/tiny9.yaml", TinyQuestionnaire.yaml(version: "9"))
        XCTAssertTrue(try workspace.run(["template", "--questionnaire", "tiny-check"]).stdout.contains("\"version\": \"10\""))
        let listed = try workspace.run(["questionnaires"])
        XCTAssertEqual(
            listed.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true)[1] },
            ["10", "9", "2", "1"])

        // A new interview in plain mode: the question only version 2 has is asked, and saved under version 2.
        try FileManager.default.removeItem(atPath: workspace.questionnaires + "/tiny10.yaml")
        try FileManager.default.removeItem(atPath: workspace.questionnaires + "/tiny9.yaml")
        let interview = try workspace.run(
            ["--questionnaire", "tiny-check", "--organization", "New Co", "--assessor", "Sam", "--mode", "call", "--format", "json"],
            stdin: "3\n1\n2\n")
        XCTAssertEqual(interview.status, 0, interview.stderr)
        let saved = try Self.onlyFile(in: workspace.data)
        XCTAssertTrue(saved.contains("\"version\": \"2\"") && saved.contains("\"on-call-pay\": {\n      \"value\": \"unpaid\""), saved)
    }

    func testAVersionTwoFileIsCheckedAgainstVersionTwoEverywhere() throws {
        let workspace = try Workspace()
        try installVersionTwo(workspace)
        let file = try versionTwoFile(workspace)
        let report = try workspace.run(["report", file, "--format", "json"])
        XCTAssertEqual(report.status, 0, report.stderr)
        let result = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((result["questionnaire"] as? [String: Any])?["version"] as? String, "2")

        XCTAssertEqual(try workspace.run(["import", file]).status, 0)
        let shown = try workspace.run(["show", "newv"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("version 2"), shown.stdout)
        let exported = try workspace.run(["export-file", "newv"])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.contains("\"on-call-pay\""), exported.stdout)

        // --answers pre-fills from it under version 2, so its version-2-only answer is kept.
        let prefilled = try workspace.run(
            ["--answers", file, "--organization", "Prefilled", "--assessor", "Sam", "--mode", "call"], stdin: "")
        XCTAssertEqual(prefilled.status, 0, prefilled.stderr)
        XCTAssertFalse(prefilled.stderr.contains("unknown question"), prefilled.stderr)
    }

    func testAVersionOneAssessmentStaysVersionOneWhenVersionTwoIsInstalled() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        // Version 2 in a file that sorts first, as the interview once took the first file with the id.
        try installVersionTwo(workspace, as: "a-tiny-v2.yaml")
        let list = try workspace.run(["list"])
        XCTAssertTrue(list.stdout.contains("sept3333  Acme Dental   tiny-check v1  call  complete  3/3"), list.stdout)
        let show = try workspace.run(["show", "sept"])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("(tiny-check, version 1)"), show.stdout)
        XCTAssertEqual(
            show.stderr, "readiness: note: version 2 of 'tiny-check' is available; 'readiness show sept3333 --rescore' scores under it\n")
        let rescored = try workspace.run(["show", "sept", "--rescore"])
        XCTAssertEqual(
            rescored.stderr,
            "readiness: note: version 2 asks 1 question this assessment has no answer to: On-call pay; 'readiness resume sept3333 --questionnaire tiny-check@2' carries its answers into a new assessment under version 2 to answer them\n"
        )
        XCTAssertTrue(
            rescored.stdout.contains("Answered under version 1 of the questionnaire and scored under version 2."), rescored.stdout)
        // Moved to version 2 as the note says: a new assessment with the answers carried, the old one as it was.
        let before = try String(contentsOfFile: workspace.data + "/sept3333.json", encoding: .utf8)
        let moved = try workspace.run(["resume", "sept", "--questionnaire", "tiny-check@2", "--plain"], stdin: "1\n")
        XCTAssertEqual(moved.status, 0, moved.stderr)
        XCTAssertTrue(moved.stderr.contains("carried over from assessment sept3333"), moved.stderr)
        XCTAssertEqual(try String(contentsOfFile: workspace.data + "/sept3333.json", encoding: .utf8), before)
        let continued = try FileManager.default.contentsOfDirectory(atPath: workspace.data).filter { $0.hasSuffix(".json") }
            .map { try String(contentsOfFile: workspace.data + "/" + $0, encoding: .utf8) }
            .filter { $0.contains("\"continuedFrom\": \"sept3333\"") }
        XCTAssertEqual(continued.count, 1)
        XCTAssertTrue(continued.first?.contains("\"version\": \"2\"") == true, "\(continued)")
        XCTAssertTrue(continued.first?.contains("\"on-call-pay\"") == true, "\(continued)")
        let report = try workspace.run(["report", "sept", "--format", "json"])
        let result = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((result["questionnaire"] as? [String: Any])?["version"] as? String, "1")
        XCTAssertTrue(try workspace.run(["export-file", "sept"]).stdout.contains("\"version\": \"1\""))

        // Resumed in plain mode (a draft of version 1): version 1's questions, saved as version 1, still readable.
        try workspace.assessmentFile("draft.json", id: "draft222", status: "draft", answers: #""after-hours": {"value": "nobody"}"#)
        XCTAssertEqual(try workspace.run(["import", workspace.folder.path("incoming/draft.json")]).status, 0)
        let resumed = try workspace.run(["resume", "draft222", "--plain"], stdin: "1\n")
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertFalse(resumed.stderr.contains("on-call"), resumed.stderr)
        let draft = try String(contentsOfFile: workspace.data + "/draft222.json", encoding: .utf8)
        XCTAssertTrue(draft.contains("\"version\": \"1\"") && !draft.contains("on-call-pay") && draft.contains("\"complete\""), draft)
        XCTAssertEqual(try workspace.run(["show", "draft222"]).status, 0)

        // Compared across versions: both scored under the newest, and it says so.
        let imported = try workspace.run(["import", try versionTwoFile(workspace)])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let compared = try workspace.run(["compare", "sept", "newv"])
        XCTAssertEqual(compared.status, 0, compared.stderr)
        XCTAssertTrue(compared.stdout.contains("Answered under v1 and v2; both scored under v2."), compared.stdout)
    }

    func testAnAssessmentWhoseVersionIsNotInstalledSaysSoAndNamesTheInstalledOnes() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        // Version 2 replaces version 1.
        try workspace.folder.write(
            "questionnaires/tiny.yaml", TinyQuestionnaire.yaml(version: "2", extraQuestion: TinyQuestionnaire.versionTwoQuestion))
        let problem =
            "this assessment was answered under version 1 of questionnaire 'tiny-check', which is not installed (installed: version 2); put that version's file beside the others to read it"
        for command in [
            ["show", "sept"], ["report", "sept"], ["export-file", "sept"], ["resume", "sept", "--plain"], ["compare", "march", "sept"],
        ] {
            let outcome = try workspace.run(command, stdin: "")
            XCTAssertEqual(outcome.status, 65, "\(command): \(outcome.stderr)")
            XCTAssertTrue(
                outcome.stderr.contains("/sept3333.json:5:20: error: \(problem)")
                    || outcome.stderr.contains("/march222.json:5:20: error: \(problem)"), "\(command): \(outcome.stderr)")
        }
        XCTAssertTrue(
            try workspace.run(["show", "sept"]).stderr.hasSuffix(
                "readiness: note: 'readiness show sept3333 --rescore' scores it under the newest installed version\n"))
        let file = try workspace.run(["report", workspace.folder.path("incoming/sept.json")])
        XCTAssertEqual(file.status, 65)
        XCTAssertTrue(file.stderr.contains(problem), file.stderr)
        let imported = try workspace.run(["import", workspace.folder.path("incoming/sept.json")])
        XCTAssertEqual(imported.status, 65)
        XCTAssertTrue(imported.stderr.contains(problem), imported.stderr)

        let list = try workspace.run(["list"])
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stderr.contains("sept3333.json:5:20: \(problem)"), list.stderr)

        // Asked for, it is scored under the newest version; the file is never rewritten by reading it.
        let rescored = try workspace.run(["show", "sept", "--rescore"])
        XCTAssertEqual(rescored.status, 0, rescored.stderr)
        XCTAssertTrue(
            rescored.stdout.contains("Answered under version 1 of the questionnaire and scored under version 2."), rescored.stdout)
        XCTAssertTrue(try String(contentsOfFile: workspace.data + "/sept3333.json", encoding: .utf8).contains("\"version\": \"1\""))
    }

    // MARK: - compare

    func testCompareShowsWhatChanged() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let outcome = try workspace.run(["compare", "march", "sept"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(
            outcome.stdout,
            """
            Comparing march222 (2026-03-01, complete) with sept3333 (2026-09-14, complete)
            Acme Dental | tiny-check v1

            Rating:     Good fit -> Strong fit
            Need:       50 -> 100 (+50)
            Confidence: high -> high

            SIGNALS
              After-hours gap   50 -> 100  +50

            SPLIT ROWS THAT MOVED
              After-hours coverage: partner, next -> partner, now
              Monitoring and alerting: shared (partner leads), next -> shared (partner leads), now

            BLOCKERS
              + Nobody covers after hours (new)

            ANSWERS THAT CHANGED
              After-hours coverage: One person's phone -> Nobody
              Travel between sites: 2 of 5 -> 5 of 5 (Eats my week)

            """)
    }

    func testCompareAsJSON() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let outcome = try workspace.run(["compare", "march222", "sept3333", "--json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let rating = try XCTUnwrap(object["rating"] as? [String: Any])
        XCTAssertEqual(rating["before"] as? String, "good-fit")
        XCTAssertEqual(rating["after"] as? String, "strong-fit")
        XCTAssertEqual(rating["changed"] as? Bool, true)
        XCTAssertEqual(object["need"] as? [String: Int], ["before": 50, "after": 100, "difference": 50])
        let signal = try XCTUnwrap((object["signals"] as? [[String: Any]])?.first)
        XCTAssertEqual(signal["id"] as? String, "after-hours-gap")
        XCTAssertEqual(signal["difference"] as? Int, 50)
        let split = try XCTUnwrap(object["split"] as? [[String: Any]])
        XCTAssertEqual(split.map { $0["area"] as? String }, ["after-hours-coverage", "monitoring"])
        XCTAssertEqual((split[0]["after"] as? [String: Any])?["phase"] as? String, "now")
        XCTAssertEqual((object["answers"] as? [[String: Any]])?.map { $0["question"] as? String }, ["after-hours", "site-travel"])
        XCTAssertEqual((object["blockers"] as? [String: [String]])?["added"], ["Nobody covers after hours"])
    }

    func testCompareRefusesDifferentQuestionnairesAndNotesDifferentOrganizations() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        try workspace.folder.write(
            "questionnaires/other.yaml",
            TinyQuestionnaire.yaml(version: "1").replacingOccurrences(of: "id: tiny-check", with: "id: other-check"))
        try workspace.folder.write(
            "incoming/other.json",
            try String(contentsOfFile: workspace.folder.path("incoming/march.json"), encoding: .utf8)
                .replacingOccurrences(of: "\"tiny-check\"", with: "\"other-check\"").replacingOccurrences(of: "march222", with: "other222"))
        XCTAssertEqual(try workspace.run(["import", workspace.folder.path("incoming/other.json")]).status, 0)
        let refused = try workspace.run(["compare", "march", "other"])
        XCTAssertEqual(refused.status, 64)
        XCTAssertEqual(
            refused.stderr,
            "readiness: error: cannot compare march222 (questionnaire 'tiny-check') with other222 (questionnaire 'other-check'): compare two assessments of the same questionnaire\n"
        )

        try workspace.assessmentFile("birch.json", id: "birch222", organization: "Birch Clinic", answers: #""sites": {"value": 1}"#)
        XCTAssertEqual(try workspace.run(["import", workspace.folder.path("incoming/birch.json")]).status, 0)
        let across = try workspace.run(["compare", "march", "birch"])
        XCTAssertEqual(across.status, 0, across.stderr)
        XCTAssertTrue(across.stdout.contains("Acme Dental / Birch Clinic (different organizations) | tiny-check v1\n"), across.stdout)
    }

    // MARK: - delete

    func testDeleteWithoutATerminalNeedsYes() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let refused = try workspace.run(["delete", "march"], stdin: "y\n")
        XCTAssertEqual(refused.status, 64)
        XCTAssertEqual(
            refused.stderr,
            "readiness: error: not deleting march222 without confirmation: standard input is not a terminal; pass --yes to delete it\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.data + "/march222.json"))

        let deleted = try workspace.run(["delete", "march", "--yes"])
        XCTAssertEqual(deleted.status, 0, deleted.stderr)
        XCTAssertEqual(deleted.stdout, "Deleted assessment march222 (Acme Dental, complete, updated 2026-03-01T10:00:00Z).\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.data + "/march222.json"))
        XCTAssertEqual(try workspace.run(["delete", "march222", "--yes"]).status, 64)
    }

    func testDeleteAsksOnATerminal() throws {
        guard let script = Self.which("script") else {
            throw XCTSkip("util-linux 'script' gives the binary a terminal; it is not installed")
        }
        let workspace = try Workspace()
        try workspace.importPair()
        let command = ([ReadinessBinary.path, "delete", "march"]).map { "'\($0)'" }.joined(separator: " ")
        // `script` runs the command on a pseudo-terminal; its input is our pipe, typed into that terminal.
        let answerNo = try Self.runScript(script, command: command, input: "n\n", environment: workspace.environment)
        XCTAssertTrue(
            answerNo.contains(
                "Delete assessment march222 (Acme Dental, complete, updated 2026-03-01T10:00:00Z)? This cannot be undone. [y/N]"), answerNo)
        XCTAssertTrue(answerNo.contains("Nothing deleted."), answerNo)
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.data + "/march222.json"))
        let answerYes = try Self.runScript(script, command: command, input: "y\n", environment: workspace.environment)
        XCTAssertTrue(answerYes.contains("Deleted assessment march222"), answerYes)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.data + "/march222.json"))
    }

    func testDeleteRefusesWhileAnotherProcessEditsIt() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        // This test process is the other editor: it holds the flock on the lock file and names itself in it,
        // as the lock-file format in README.md describes.
        let lockPath = workspace.data + "/sept3333.lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o600)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        XCTAssertEqual(flock(descriptor, LOCK_EX | LOCK_NB), 0)
        let record = "{\"pid\": \(getpid()), \"host\": \"laptop\", \"since\": \"2026-09-14T15:00:00Z\"}\n"
        XCTAssertEqual(write(descriptor, record, record.utf8.count), record.utf8.count)

        let refused = try workspace.run(["delete", "sept", "--yes"])
        XCTAssertEqual(refused.status, 75)
        XCTAssertEqual(
            refused.stderr,
            "readiness: error: assessment sept3333 is being edited by process \(getpid()) on laptop since 2026-09-14T15:00:00Z; try again when it is closed\n"
        )
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.data + "/sept3333.json"))
        // Reading is fine while it is edited.
        XCTAssertEqual(try workspace.run(["show", "sept"]).status, 0)

        // The editor is gone (its flock released, the file left behind): the lock is stale and taken over.
        flock(descriptor, LOCK_UN)
        let deleted = try workspace.run(["delete", "sept", "--yes"])
        XCTAssertEqual(deleted.status, 0, deleted.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: lockPath), "deleting removes the lock file too")
    }

    // MARK: - import and export-file

    func testImportChecksTheFileAndGivesANewIDWhenTheIDIsTaken() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let again = try workspace.run(["import", workspace.folder.path("incoming/march.json")])
        XCTAssertEqual(again.status, 0, again.stderr)
        let line = again.stdout.trimmingCharacters(in: .newlines)
        XCTAssertTrue(line.hasPrefix("Imported \(workspace.folder.path("incoming/march.json")) as "), line)
        XCTAssertTrue(line.hasSuffix(" (its id 'march222' was taken)."), line)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.data).filter { $0.hasSuffix(".json") }.count, 3)

        let template = try workspace.run(["template", "--questionnaire", "tiny-check"])
        try workspace.folder.write("incoming/blank.json", template.stdout)
        let blank = try workspace.run(["import", workspace.folder.path("incoming/blank.json")])
        XCTAssertTrue(blank.stdout.hasSuffix(" (its id 'template' is the template's placeholder).\n"), blank.stdout)
    }

    func testImportReportsAnInvalidFileLikeReportAndGoesOn() throws {
        let workspace = try Workspace()
        let bad = try workspace.assessmentFile("bad.json", id: "bad22222", answers: #""after-hours": {"value": "sometimes"}"#)
        let good = try workspace.assessmentFile("good.json", id: "good2222", answers: "")
        let outcome = try workspace.run(["import", bad, good])
        XCTAssertEqual(outcome.status, 65)
        XCTAssertTrue(outcome.stderr.hasPrefix("\(bad):12:"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("sometimes"), outcome.stderr)
        XCTAssertEqual(outcome.stdout, "Imported \(good) as good2222.\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.data).sorted(), ["good2222.json"])

        let missing = try workspace.run(["import", workspace.folder.path("nope.json")])
        XCTAssertEqual(missing.status, 74)
    }

    func testImportReadsStandardInput() throws {
        let workspace = try Workspace()
        let text = try String(contentsOfFile: try workspace.assessmentFile("in.json", id: "pipe2222", answers: ""), encoding: .utf8)
        let outcome = try workspace.run(["import", "-"], stdin: text)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stdout, "Imported <stdin> as pipe2222.\n")
    }

    func testExportFileWritesThePortableFileAndRefusesToOverwrite() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let target = workspace.folder.path("out/acme-march.json")
        try FileManager.default.createDirectory(atPath: workspace.folder.path("out"), withIntermediateDirectories: true)
        let written = try workspace.run(["export-file", "march", "-o", target])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(written.stdout, "Wrote \(target).\n")
        XCTAssertEqual(Self.permissions(target), 0o600)
        XCTAssertEqual(
            try String(contentsOfFile: target, encoding: .utf8),
            try String(contentsOfFile: workspace.data + "/march222.json", encoding: .utf8))

        let refused = try workspace.run(["export-file", "march", "-o", target])
        XCTAssertEqual(refused.status, 74)
        XCTAssertEqual(refused.stderr, "readiness: error: \(target): already exists; use --force to replace it\n")
        XCTAssertEqual(try workspace.run(["export-file", "sept", "-o", target, "--force"]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).contains("\"id\": \"sept3333\""))

        // The exported file is an ordinary assessment file: report scores it, import adds it elsewhere.
        XCTAssertEqual(try workspace.run(["report", target]).status, 0)
        let other = workspace.folder.path("other-store")
        let imported = try workspace.run(["import", "--data-dir", other, target])
        XCTAssertEqual(imported.stdout, "Imported \(target) as sept3333.\n")
        let printed = try workspace.run(["export-file", "sept"])
        XCTAssertEqual(printed.stdout, try String(contentsOfFile: target, encoding: .utf8))
    }

    func testExportFileToStandardOutputOrThroughALink() throws {
        let workspace = try Workspace()
        try workspace.importPair()
        let stored = try String(contentsOfFile: workspace.data + "/march222.json", encoding: .utf8)

        // The file alone: no "Wrote /dev/stdout." inside it.
        let streamed = try workspace.run(["export-file", "march", "-o", "/dev/stdout"])
        XCTAssertEqual(streamed.status, 0, streamed.stderr)
        XCTAssertEqual(streamed.stdout, stored)

        let real = try workspace.folder.write("shared/acme.json", "{}\n")
        let link = workspace.folder.path("acme.json")
        XCTAssertEqual(symlink(real, link), 0)
        XCTAssertEqual(try workspace.run(["export-file", "march", "-o", link]).status, 74)
        let forced = try workspace.run(["export-file", "march", "-o", link, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(forced.stdout, "Wrote \(link).\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), real, "still a link")
        XCTAssertEqual(try String(contentsOfFile: real, encoding: .utf8), stored)
    }

    // MARK: - Helpers

    /// The text of the one assessment file in a folder.
    private static func onlyFile(in folder: String) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(files.count, 1, "\(files)")
        return try String(contentsOfFile: folder + "/" + XCTUnwrap(files.first), encoding: .utf8)
    }

    private static func permissions(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o777)
    }

    private static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a shell command on a pseudo-terminal through `script`, typing `input`, and returns what the
    /// terminal showed.
    private static func runScript(_ script: String, command: String, input: String, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let typed = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = typed
        try process.run()
        typed.fileHandleForWriting.write(Data(input.utf8))
        try typed.fileHandleForWriting.close()
        let shown = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: shown, as: UTF8.self)
    }
}

/// The CSV header row, as `list --csv` prints it.
private enum ListCSVHeader {
    static let line =
        "id,organization,assessor,questionnaire,version,mode,status,answered,shown,created,updated,rating,need,need_low,need_high,confidence,provisional\r\n"
}
