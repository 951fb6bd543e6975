import Foundation
import XCTest

@testable import ReadinessCore

/// The limits of README "Limits" through the real binary: a megabyte typed into plain mode or written
/// into an assessment file, and questionnaires past the size limit. Each is a clear error in seconds.
final class LimitsEndToEndTests: XCTestCase {
    private let megabyte = String(repeating: "word ", count: 200_000)

    /// Plain mode: a megabyte note is refused at once with its length (it used to be fed to the note
    /// field a character at a time for seven minutes, and then cut to 4000 characters without a word).
    func testAMegabyteNoteInPlainModeIsRefusedWithItsLength() throws {
        let data = try TemporaryFolder()
        let started = Date()
        let outcome = try ReadinessBinary.run(
            ["--plain", "--questionnaire", "discovery-quick"],
            stdin: ["Big Note Co", "Jo", "call", "2", "n", megabyte].joined(separator: "\n") + "\n",
            environment: ["READINESS_DATA_DIR": data.url.path], timeout: 60)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(outcome.status, 65, outcome.stderr.suffix(500).description)
        XCTAssertTrue(
            outcome.stderr.contains("Not accepted: A note holds at most 4000 characters; this one has 1000000."),
            outcome.stderr.suffix(500).description)
        // The answer before it is kept.
        let saved = try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(saved.count, 1)
    }

    /// Plain mode: a megabyte text answer is refused the same way; 4000 characters are kept whole.
    func testATextAnswerIsKeptWholeUpToTheLimitAndRefusedPastIt() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let text = try XCTUnwrap(questionnaire.questions.first { if case .text = $0.kind { true } else { false } })
        let before = questionnaire.questions.prefix { $0.id != text.id }.count
        // No space at either end: plain mode trims the line.
        let longest = String(repeating: "東 ü ", count: 999) + "東 ü!"
        for (answer, status) in [(longest, Int32(0)), (longest + "x", 65)] {
            let data = try TemporaryFolder()
            let lines = ["Text Co", "Jo", "call"] + Array(repeating: "s", count: before) + [answer]
            let outcome = try ReadinessBinary.run(
                ["--plain", "--questionnaire", "discovery-quick"], stdin: lines.joined(separator: "\n") + "\n",
                environment: ["READINESS_DATA_DIR": data.url.path], timeout: 60)
            XCTAssertEqual(outcome.status, status, outcome.stderr.suffix(400).description)
            if status == 0 {
                let file = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: data.url.path).first { $0.hasSuffix(".json") })
                let assessment = try AssessmentFile.decode(
                    SourceFile(path: file, text: try String(contentsOfFile: data.path(file), encoding: .utf8)), questionnaire: questionnaire
                )
                XCTAssertTrue(assessment.response(to: text.id) == .text(longest), "the answer is kept whole")
            } else {
                XCTAssertTrue(
                    outcome.stderr.contains("A text answer holds at most 4000 characters; this one has 4001."),
                    outcome.stderr.suffix(400).description)
            }
        }
    }

    /// An assessment file with a megabyte note: `report` names the place and exits 65; one with a megabyte
    /// organization name (allowed) reports in seconds (wrapping it once took over ten minutes).
    func testAMegabyteInAnAssessmentFile() throws {
        let folder = try TemporaryFolder()
        let template = try ReadinessBinary.run(["template", "--questionnaire", "discovery-quick"]).stdout
        // The note on the first answer only: on every answer the file would pass the 16 MB file limit first.
        var withNote = template.replacingOccurrences(of: "\"organization\": \"\"", with: "\"organization\": \"Acme\"")
        let firstValue = try XCTUnwrap(withNote.range(of: "\"value\": null,"))
        withNote.replaceSubrange(firstValue, with: "\"value\": null, \"note\": \"\(megabyte)\",")
        let notePath = try folder.write("note.json", withNote)
        let refused = try ReadinessBinary.run(["report", notePath], timeout: 60)
        XCTAssertEqual(refused.status, 65)
        XCTAssertTrue(refused.stderr.contains("error: the note to '"), refused.stderr.prefix(300).description)
        XCTAssertTrue(
            refused.stderr.contains("holds at most 4000 characters; this one has 1000000"), refused.stderr.prefix(300).description)

        let named = template.replacingOccurrences(
            of: "\"organization\": \"\"", with: "\"organization\": \"\(String(repeating: "Org", count: 350_000))\"")
        let namePath = try folder.write("name.json", named)
        let started = Date()
        for format in ["text", "markdown", "html", "json"] {
            let outcome = try ReadinessBinary.run(["report", namePath, "--format", format], timeout: 120)
            XCTAssertEqual(outcome.status, 0, "\(format): \(outcome.stderr.prefix(300))")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
    }

    /// `validate` of a questionnaire past 10,000 questions: a clear error, in seconds.
    func testAQuestionnaireWithTooManyQuestionsIsRefused() throws {
        let folder = try TemporaryFolder()
        var yaml =
            "id: huge\nversion: \"1\"\ntitle: Huge\nsignals:\n  - {id: s, title: S, weight: 1}\nsections:\n  - id: only\n    title: Only\n    questions:\n"
        for question in 0..<10_001 {
            yaml +=
                "      - {id: q\(question), title: Q, kind: single, call: {ask: Q?}, self: {ask: Q?, why: W}, options: [{id: a, label: A}, {id: b, label: B, signals: {s: 5}}]}\n"
        }
        yaml +=
            "rating:\n  bands:\n    - {rating: not-yet, min: 0, max: 100, reason: R}\nareas:\n  - {id: a, title: A, owner: partner, phase: now, reason: R}\n"
        let path = try folder.write("huge.yaml", yaml)
        let started = Date()
        let outcome = try ReadinessBinary.run(["validate", path], timeout: 60)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(outcome.status, 65)
        XCTAssertTrue(
            outcome.stderr.contains("huge.yaml:6:1: error: the questionnaire has 10001 questions; at most 10000"),
            outcome.stdout + outcome.stderr)
    }
}
