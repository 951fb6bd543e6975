import Foundation
import XCTest

/// A questionnaire folder holding only the five-question fixture (`StartScreenDraftTests.questionnaire`)
/// and a data folder of its own: for tests of drafts that more than one program touches.
final class FiveQuestionWorkspace {
    let folder: TemporaryFolder
    let data: TemporaryFolder
    var environment: [String: String] {
        ["READINESS_QUESTIONNAIRES": folder.path("questionnaires"), "XDG_CACHE_HOME": folder.path("cache")]
    }

    init() throws {
        folder = try TemporaryFolder()
        data = try TemporaryFolder()
        try folder.write("questionnaires/five.yaml", StartScreenDraftTests.questionnaire)
    }

    /// Runs the binary in plain mode with piped lines, on the same data folder as the terminal.
    func plain(_ arguments: [String], lines: [String]) throws -> ReadinessBinary.Outcome {
        try ReadinessBinary.run(
            arguments + ["--plain"], stdin: lines.joined(separator: "\n") + "\n",
            environment: environment.merging(["READINESS_DATA_DIR": data.url.path]) { $1 })
    }

    /// A draft of "Northwind" with the first question answered; returns its id.
    func draft() throws -> String {
        let started = try plain(["--organization", "Northwind", "--assessor", "Sam", "--mode", "call"], lines: ["1"])
        XCTAssertEqual(started.status, 76, started.stderr)
        return try XCTUnwrap(ids().first)
    }

    /// A draft "old22222" with `answered` questions answered "yes", written as another program would.
    func writeDraft(answered: Int, organization: String = "Northwind") throws {
        let answers = (1...answered).map { "\"q\($0)\": {\"value\": \"yes\"}" }.joined(separator: ", ")
        try data.write(
            "old22222.json",
            """
            {"format": "readiness-assessment", "formatVersion": 1, "id": "old22222",
             "questionnaire": {"id": "five-check", "version": "1"}, "organization": "\(organization)", "assessor": "Sam",
             "mode": "call", "status": "draft", "created": "2026-03-01T09:00:00Z", "updated": "2026-03-01T10:00:00Z",
             "answers": {\(answers)}}
            """)
    }

    /// The ids of the saved assessments.
    func ids() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
    }

    /// A saved assessment's file as text.
    func saved(_ id: String) throws -> String {
        try String(contentsOfFile: data.path("\(id).json"), encoding: .utf8)
    }

    /// The file `writeDraft` wrote, as it is now; empty when it is gone.
    var oldDraft: String { (try? saved("old22222")) ?? "" }
}
