import Foundation
import XCTest

@testable import ReadinessCore

/// Plain mode through the real binary: piped scripts, TERM=dumb, output discipline, exit codes.
final class PlainModeTests: XCTestCase {
    /// One line per question of the quick questionnaire, answering as the overwhelmed solo admin would.
    private func soloAdminScript(_ questionnaire: Questionnaire) -> (lines: [String], responses: [String: Response]) {
        var responses: [String: Response] = [:]
        var lines = ["Acme Scripted", "Jo Admin", "call"]
        var answered: [String: Response] = [:]
        // Walk the questions in order, as the interview shows them, choosing the worst answer except for
        // the context that makes this the solo-admin case.
        for question in questionnaire.questions {
            guard
                Visibility(questionnaire: questionnaire, responses: answered).questions(of: questionnaire).contains(where: {
                    $0.id == question.id
                })
            else { continue }
            let response = InterviewTerminalTests.soloAdmin(question)
            answered[question.id] = response
            responses[question.id] = response
            switch (question.kind, response) {
            case (.single(let options), .choice(let id)): lines.append(String(options.firstIndex { $0.id == id }! + 1))
            case (.multiple(let options), .choices(let ids)):
                lines.append(ids.map { id in String(options.firstIndex { $0.id == id }! + 1) }.joined(separator: ","))
            case (_, .scale(let value)), (_, .number(let value)): lines.append(String(value))
            case (_, .text(let text)): lines.append(text)
            default: lines.append("d")
            }
        }
        return (lines, responses)
    }

    func testAWholeQuestionnaireAnsweredByAPipedScriptPrintsOnlyTheReportOnStandardOutput() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let script = soloAdminScript(questionnaire)
        let data = try TemporaryFolder()
        let outcome = try ReadinessBinary.run(
            ["--questionnaire", "discovery-quick"], stdin: script.lines.joined(separator: "\n") + "\n",
            environment: ["READINESS_DATA_DIR": data.url.path, "TERM": "xterm"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let expected = Scorer(questionnaire: questionnaire).score(script.responses)
        XCTAssertEqual(expected.fit.rating, .strongFit)
        // Standard output holds the report alone; the conversation went to standard error.
        // Words for a screen reader: the rating by name, never its glyph or a bar.
        XCTAssertTrue(outcome.stdout.contains("Rating: \(expected.fit.rating.title).\n"), outcome.stdout)
        for drawn in ["●", "○", "▲", "█", "░", "===", "---"] {
            XCTAssertFalse(outcome.stdout.contains(drawn), "'\(drawn)' drawn for the eye: \(outcome.stdout)")
        }
        XCTAssertFalse(outcome.stdout.contains("Question 1 of"), outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("\u{1B}"), "no escape sequences in plain output")
        XCTAssertTrue(outcome.stderr.contains("Section 1 of"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains(". Question 1 of "), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("\u{1B}"), "no escape sequences in the conversation")
        let saved = try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(saved.count, 1)
        let file = try String(contentsOfFile: data.path(saved[0]), encoding: .utf8)
        XCTAssertTrue(file.contains("\"status\": \"complete\""), file)
    }

    func testJSONFormatPrintsTheContractOnCompletion() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let script = soloAdminScript(questionnaire)
        let data = try TemporaryFolder()
        let outcome = try ReadinessBinary.run(
            ["--questionnaire", "discovery-quick", "--format", "json"], stdin: script.lines.joined(separator: "\n") + "\n",
            environment: ["READINESS_DATA_DIR": data.url.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let fit = try XCTUnwrap(json["fit"] as? [String: Any])
        XCTAssertEqual(fit["rating"] as? String, "strong-fit")
    }

    func testTermDumbSwitchesToPlainModeEvenOnATerminal() throws {
        let session = try TmuxSession(arguments: ["--questionnaire", "discovery-quick"], environment: ["TERM": "dumb"])
        try session.waitFor(text: "Organization:")
        XCTAssertEqual(try session.paneFormat("#{alternate_on}"), "0", "plain mode never takes the alternate screen")
        try session.type("Dumb Terminal Ltd")
        try session.press("Enter")
        try session.waitFor(text: "Assessor")
        try session.press("Enter")
        try session.waitFor(text: "Mode")
        try session.press("Enter")
        try session.waitFor(text: "Question 1 of")
        try session.press("q", "Enter")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    /// `readiness > file` on a terminal: the questions on the terminal, the report alone in the file, and
    /// never the full screen's drawing in the file.
    func testRedirectedOutputOnATerminalMeansPlainMode() throws {
        let folder = try TemporaryFolder()
        let output = folder.path("result.txt")
        let session = try TmuxSession(
            arguments: ["--questionnaire", "discovery-quick", "--organization", "Redirect Co", "--assessor", "Jo", "--mode", "call"],
            outputFile: output)
        try session.waitFor(text: "Question 1 of")
        XCTAssertEqual(try session.paneFormat("#{alternate_on}"), "0", "no full screen when output is redirected")
        try session.press("q", "Enter")
        XCTAssertEqual(try session.waitForExit(), 0)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertFalse(written.contains("\u{1B}["), "screen drawing went into the file: \(written.debugDescription)")
    }

    func testAnAnswerThatIsNotAllowedStopsAScriptWith65() throws {
        let data = try TemporaryFolder()
        let outcome = try ReadinessBinary.run(
            ["--questionnaire", "discovery-quick"], stdin: "Acme\nJo\ncall\n9\n2\n",
            environment: ["READINESS_DATA_DIR": data.url.path])
        XCTAssertEqual(outcome.status, 65, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("Not accepted: There is no option 9."), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("Allowed: a number from 1 to 4"), outcome.stderr)
    }

    func testARefusedFirstAnswerStillKeepsTheAnswersFile() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let folder = try TemporaryFolder()
        let first = try XCTUnwrap(questionnaire.questions.first)
        var assessment = Assessment(
            id: "prefill2", questionnaire: questionnaire, organization: "Prefilled Co", assessor: "Jo", mode: .call,
            now: Date(timeIntervalSince1970: 1_800_000_000))
        assessment.answers[first.id] = AnswerRecord(response: InterviewTerminalTests.soloAdmin(first))
        let path = try folder.write("prefill.json", AssessmentFile.encode(assessment, questionnaire: questionnaire))
        let outcome = try ReadinessBinary.run(
            ["--questionnaire", "discovery-quick", "--answers", path], stdin: "not an answer\n",
            environment: ["READINESS_DATA_DIR": folder.path("data")])
        XCTAssertEqual(outcome.status, 65, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("Saved assessment "), outcome.stderr)
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path("data")).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(saved.count, 1, "\(saved)")
        let name = try XCTUnwrap(saved.first, "a draft is saved")
        let file = try String(contentsOfFile: folder.path("data/" + name), encoding: .utf8)
        let kept = try AssessmentFile.decode(SourceFile(path: name, text: file), questionnaire: questionnaire)
        XCTAssertEqual(kept.organization, "Prefilled Co")
        XCTAssertEqual(kept.answers.values.filter { $0.response != nil }.count, 1, "the pre-filled answer, kept though nothing new was")
    }

    func testRunningOutOfInputKeepsTheDraftAndExits76() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let script = soloAdminScript(questionnaire)
        let data = try TemporaryFolder()
        let partial = script.lines.prefix(6).joined(separator: "\n") + "\n"
        let outcome = try ReadinessBinary.run(
            ["--questionnaire", "discovery-quick"], stdin: partial, environment: ["READINESS_DATA_DIR": data.url.path])
        XCTAssertEqual(outcome.status, 76, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("Input ended; the answers so far are saved."), outcome.stderr)
        let saved = try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(saved.count, 1)
        let file = try String(contentsOfFile: data.path(saved[0]), encoding: .utf8)
        XCTAssertTrue(file.contains("\"status\": \"draft\""), file)
        // The three answers given (lines 4 to 6) are all on disk.
        let answered = questionnaire.questions.filter { file.contains("\"\($0.id)\": {") }
        XCTAssertEqual(answered.count, 3, file)
    }

    func testAnswersFilePrefillsAndAsksOnlyWhatIsMissing() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let script = soloAdminScript(questionnaire)
        let folder = try TemporaryFolder()
        // Pre-fill every answer but the last shown question.
        var answers = script.responses
        let lastQuestion = Visibility(questionnaire: questionnaire, responses: answers).questions(of: questionnaire).last!
        answers[lastQuestion.id] = nil
        var assessment = Assessment(
            id: "prefill1", questionnaire: questionnaire, organization: "Prefilled Co", assessor: "Jo", mode: .call,
            now: Date(timeIntervalSince1970: 1_800_000_000))
        for (id, response) in answers { assessment.answers[id] = AnswerRecord(response: response) }
        let path = try folder.write("prefill.json", AssessmentFile.encode(assessment, questionnaire: questionnaire))
        let outcome = try ReadinessBinary.run(
            ["--questionnaire", "discovery-quick", "--answers", path], stdin: "Nothing else\n",
            environment: ["READINESS_DATA_DIR": folder.path("data")])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(
            outcome.stderr.components(separatedBy: ". Question ").count - 1, 1, "only the missing question is asked: \(outcome.stderr)")
        XCTAssertTrue(outcome.stdout.contains("Prefilled Co"), outcome.stdout)
    }

    // MARK: - Hostile lines

    /// The one assessment file a run saved in `data`.
    private func savedAssessment(in data: TemporaryFolder, questionnaire: Questionnaire) throws -> Assessment {
        let saved = try SavedAssessments.all(in: data.url.path, questionnaire: questionnaire)
        XCTAssertEqual(saved.count, 1, "\(saved.keys)")
        return try XCTUnwrap(saved.values.first)
    }

    func testLineBreaksInTheOrganizationOptionAnswerNothing() throws {
        // They once arrived as Enter keys: the assessor was skipped and two questions answered unasked.
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let data = try TemporaryFolder()
        let outcome = try ReadinessBinary.run(
            ["--questionnaire", "discovery-quick", "--mode", "call", "--assessor", "Jo", "--organization", "Acme\n\n\n\n\n4d"],
            stdin: "", environment: ["READINESS_DATA_DIR": data.url.path])
        XCTAssertEqual(outcome.status, 76, outcome.stderr)
        let saved = try savedAssessment(in: data, questionnaire: questionnaire)
        XCTAssertEqual(saved.organization, "Acme     4d")
        XCTAssertEqual(saved.assessor, "Jo")
        XCTAssertTrue(saved.answers.isEmpty, "\(saved.answers)")
    }

    func testAnOrganizationNamePastTheLimitIsRefusedWithItsLengthAtOnce() throws {
        // Replayed key by key, twenty million characters took minutes before being cut without a word.
        let data = try TemporaryFolder()
        let outcome = try ReadinessBinary.run(
            ["--questionnaire", "discovery-quick"], stdin: String(repeating: "O", count: 2_000_000) + "\nJo\ncall\n1\n",
            environment: ["READINESS_DATA_DIR": data.url.path], timeout: 30)
        XCTAssertEqual(outcome.status, 65, outcome.stderr)
        XCTAssertTrue(
            outcome.stderr.contains("Not accepted: An organization name holds at most 200 characters; this one has 2000000."),
            String(outcome.stderr.suffix(300)))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasSuffix(".json") }, [])
    }

    func testEscapeSequencesTypedInANoteAreDroppedWhole() throws {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let data = try TemporaryFolder()
        let outcome = try ReadinessBinary.run(
            ["--questionnaire", "discovery-quick"],
            stdin: "Ev\u{1B}]0;T\u{07}il\u{1B}[31m Co\nJo\ncall\nn\nnote\u{1B}[31mred\u{07}\n1\n",
            environment: ["READINESS_DATA_DIR": data.url.path])
        XCTAssertEqual(outcome.status, 76, outcome.stderr)
        let saved = try savedAssessment(in: data, questionnaire: questionnaire)
        XCTAssertEqual(saved.organization, "Evil Co")
        let first = try XCTUnwrap(questionnaire.questions.first)
        XCTAssertEqual(saved.answers[first.id]?.note, "notered")
        XCTAssertTrue(outcome.stderr.contains("Organization: Evil Co\n"), "the echo is what is saved: \(outcome.stderr)")
    }
}
