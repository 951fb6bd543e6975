import Foundation
import ReadinessCore
import XCTest

/// A finished discovery call continued in the full assessment through the real binary: on the command
/// line (`resume ID --questionnaire`), from the full screen's results (`f`) and from plain mode, with
/// what lands on disk and what is refused.
final class ContinueEndToEndTests: XCTestCase {
    @discardableResult
    private func writeCall(into folder: TemporaryFolder, id: String = "call0001", status: Assessment.Status = .complete) throws -> (
        assessment: Assessment, bytes: Data
    ) {
        try FinishedCall.write(into: folder, id: id, status: status)
    }

    /// The assessments in the data folder other than the call, decoded under the full questionnaire.
    private func continuations(in folder: TemporaryFolder) throws -> [Assessment] {
        let full = try InterviewDriver.shippedQuestionnaire("co-managed-readiness")
        return try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            .filter { $0.hasSuffix(".json") && $0 != "call0001.json" }
            .map { name in
                let path = folder.path(name)
                return try AssessmentFile.decode(
                    SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8)), questionnaire: full)
            }
    }

    /// What every continuation must hold, whichever way it was made.
    private func assertContinues(
        _ new: Assessment, _ call: Assessment, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(new.questionnaireID, "co-managed-readiness", file: file, line: line)
        XCTAssertEqual(new.continuedFrom, call.id, file: file, line: line)
        XCTAssertEqual(new.organization, call.organization, file: file, line: line)
        XCTAssertEqual(new.assessor, call.assessor, file: file, line: line)
        XCTAssertEqual(new.contact, call.contact, file: file, line: line)
        XCTAssertEqual(new.mode, .call, file: file, line: line)
        XCTAssertEqual(new.status, .draft, file: file, line: line)
        XCTAssertEqual(new.answers, call.answers, "every answer of the call, its note and flag included", file: file, line: line)
    }

    func testResumeWithTheFullQuestionnaireContinuesTheCallAndLeavesItUntouched() throws {
        let data = try TemporaryFolder()
        let (call, bytes) = try writeCall(into: data)
        let run = try ReadinessBinary.run(
            ["resume", "call0001", "--questionnaire", "co-managed-readiness", "--plain"], stdin: "q\n",
            environment: ["READINESS_DATA_DIR": data.url.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let new = try XCTUnwrap(try continuations(in: data).first, run.stdout + run.stderr)
        assertContinues(new, call)
        XCTAssertEqual(new.questionnaireVersion, "2", "the newest version")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: data.path("call0001.json"))), bytes, "the call's file is not rewritten")
        // The conversation goes to standard error when standard output is not a terminal (it keeps the report).
        XCTAssertTrue(
            run.stderr.contains(
                "Continued in Co-managed IT readiness assessment as assessment \(new.id): 20 answers carried over from assessment call0001 (Co-managed IT discovery call), which stays as it is."
            ), run.stderr)
        XCTAssertTrue(run.stderr.contains("20 of 35 questions answered"), run.stderr)
        XCTAssertTrue(run.stderr.contains("Saved assessment \(new.id) (draft, continuing call0001)."), run.stderr)

        // Resuming the continuation later is an ordinary resume: no second continuation, the call unchanged.
        let again = try ReadinessBinary.run(
            ["resume", new.id, "--plain"], stdin: "q\n", environment: ["READINESS_DATA_DIR": data.url.path])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("Resuming draft \(new.id)"), again.stderr)
        XCTAssertEqual(try continuations(in: data).count, 1)
    }

    func testTheSameCallIsNeverContinuedTwiceInTheSameQuestionnaire() throws {
        let data = try TemporaryFolder()
        try writeCall(into: data)
        let environment = ["READINESS_DATA_DIR": data.url.path]
        let first = try ReadinessBinary.run(
            ["resume", "call0001", "--questionnaire", "co-managed-readiness", "--plain"], stdin: "q\n", environment: environment)
        XCTAssertEqual(first.status, 0, first.stderr)
        let new = try XCTUnwrap(try continuations(in: data).first).id
        let refusal =
            "already continued as \(new); 'readiness resume \(new)' opens it"

        // The command line: refused with the one that exists, nothing written.
        let second = try ReadinessBinary.run(
            ["resume", "call0001", "--questionnaire", "co-managed-readiness", "--plain"], stdin: "q\n", environment: environment)
        XCTAssertEqual(second.status, 64, second.stderr)
        XCTAssertEqual(second.stdout, "")
        XCTAssertEqual(
            second.stderr, "readiness: error: cannot continue assessment call0001 into 'co-managed-readiness': \(refusal)\n")

        // Plain mode's f on the results: the same refusal, said, and the menu goes on.
        let plain = try ReadinessBinary.run(["resume", "call0001", "--plain"], stdin: "f\nq\n", environment: environment)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stderr.contains("Cannot continue: \(refusal)."), plain.stderr)

        // The full screen's f: the same, on the status line.
        let session = try TmuxSession(arguments: ["resume", "call0001"], width: 100, height: 30, dataFolder: data)
        try session.waitFor(text: "f full assessment")
        try session.press("f")
        try session.waitFor(text: "already continued as \(new)")
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        XCTAssertEqual(try continuations(in: data).map(\.id), [new], "still one continuation")
    }

    func testWhatCannotBeContinuedIsRefusedWithWhyAndNothingIsWritten() throws {
        let data = try TemporaryFolder()
        try writeCall(into: data)
        try writeCall(into: data, id: "draft001", status: .draft)
        let environment = ["READINESS_DATA_DIR": data.url.path]
        func refused(_ arguments: [String]) throws -> String {
            let run = try ReadinessBinary.run(["resume"] + arguments + ["--plain"], stdin: "q\n", environment: environment)
            XCTAssertEqual(run.status, 64, "\(arguments): \(run.stdout) \(run.stderr)")
            XCTAssertEqual(run.stdout, "", "\(arguments)")
            return run.stderr
        }
        XCTAssertEqual(
            try refused(["call0001", "--questionnaire", "co-managed-readines"]),
            "readiness: error: no questionnaire 'co-managed-readines' in \(ReadinessBinary.repository.path)/questionnaires; did you mean 'co-managed-readiness'? (available: co-managed-readiness, discovery-quick)\n"
        )
        XCTAssertEqual(
            try refused(["call0001", "--questionnaire", "discovery-quick"]),
            "readiness: error: cannot continue assessment call0001: it already uses version 2 of the questionnaire 'discovery-quick'; it continues into another one or a newer version\n"
        )
        XCTAssertEqual(
            try refused(["draft001", "--questionnaire", "co-managed-readiness"]),
            "readiness: error: cannot continue assessment draft001: it is not finished yet: answer what is left (\"don't know\" counts), then continue it ('readiness resume draft001' opens it)\n"
        )
        XCTAssertEqual(
            try refused(["--questionnaire", "co-managed-readiness"]),
            "readiness: error: --questionnaire with resume continues a finished assessment in another questionnaire: name it ('readiness resume ID --questionnaire co-managed-readiness')\n"
        )
        XCTAssertEqual(
            try refused(["call0001", "--questionnaire", "co-managed-readiness", "--answers", data.path("call0001.json")]),
            "readiness: error: --answers starts a new assessment from a file; it cannot be combined with continuing one ('resume ID --questionnaire')\n"
        )
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasSuffix(".json") }.sorted(),
            [
                "call0001.json", "draft001.json",
            ])
    }

    func testFOnTheFullScreenResultsAsksThenContinuesAtTheFirstNewQuestion() throws {
        let data = try TemporaryFolder()
        let (call, bytes) = try writeCall(into: data)
        let session = try TmuxSession(arguments: ["resume", "call0001"], width: 100, height: 30, dataFolder: data)
        try session.waitFor(text: "f full assessment")
        try session.press("f")
        let asked = try session.waitFor(text: "Continue in Co-managed IT readiness assessment?")
        XCTAssertTrue(asked.contains("20 answers carried over"), asked)
        XCTAssertTrue(try continuations(in: data).isEmpty, "nothing is created before y")
        try session.press("y")
        let question = try session.waitFor(text: "20 of ~35 answered")
        XCTAssertTrue(question.contains("Continued in Co-managed IT readiness assessment as assessment"), question)
        XCTAssertTrue(question.contains("8. Ticket queue"), "the first question the call did not ask: \(question)")
        try session.press("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        let new = try XCTUnwrap(try continuations(in: data).first)
        assertContinues(new, call)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: data.path("call0001.json"))), bytes)
        XCTAssertTrue(try session.printedLines().contains("Saved assessment \(new.id) (draft, continuing call0001)."))
    }

    func testFInPlainModesResultsMenuThroughAPipe() throws {
        let data = try TemporaryFolder()
        let (call, bytes) = try writeCall(into: data)
        // A script may drive the results menu of a finished assessment: f, y, then stop at the first question.
        let run = try ReadinessBinary.run(
            ["resume", "call0001", "--plain"], stdin: "f\ny\nq\n", environment: ["READINESS_DATA_DIR": data.url.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("Continued in Co-managed IT readiness assessment"), run.stderr)
        XCTAssertTrue(run.stderr.contains("[ticket-queue] > "), run.stderr)
        let new = try XCTUnwrap(try continuations(in: data).first)
        assertContinues(new, call)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: data.path("call0001.json"))), bytes)
    }
}
