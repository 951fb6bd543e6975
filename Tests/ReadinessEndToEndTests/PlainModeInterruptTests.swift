import Foundation
import XCTest

@testable import ReadinessCore

#if canImport(Glibc)
    import Glibc
#endif

/// A signal while a line is being typed at a plain-mode prompt, through the real binary: a note is kept
/// as the note, a text answer as the answer flagged for review, and anything else is named as not saved;
/// the terminal's settings are put back.
final class PlainModeInterruptTests: XCTestCase {
    private let quick = ["--questionnaire", "discovery-quick"]

    /// Plain mode on a terminal, at question 1 after naming the organization.
    private func atFirstQuestion(_ arguments: [String], organization: String) throws -> TmuxSession {
        let session = try TmuxSession(arguments: arguments, width: 160, environment: ["TERM": "dumb"])
        try session.waitFor(text: "Organization:")
        try session.type("\(organization)\nJo\ncall\n")
        try session.waitFor(text: "Question 1 of")
        return session
    }

    func testCtrlCWhileTypingANoteKeepsTheNote() throws {
        let session = try atFirstQuestion(quick, organization: "Note Co")
        try session.type("n\n")
        try session.waitFor(text: "Note (one line; empty removes it):")
        try session.type("asked about the backup vendor")
        try session.waitFor(text: "asked about the backup vendor")
        try session.press("C-c")
        XCTAssertEqual(try session.waitForExit(), 130)
        let screen = try session.screen()
        XCTAssertTrue(screen.contains("The note being typed is kept: \"asked about the backup vendor\"."), screen)
        XCTAssertTrue(screen.contains("Interrupted; the answers so far are saved."), screen)
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let saved = try XCTUnwrap(try SavedAssessments.all(in: session.dataFolder.url.path, questionnaire: questionnaire).values.first)
        XCTAssertEqual(saved.answers[questionnaire.questions[0].id]?.note, "asked about the backup vendor")
        try assertLineSettingsRestored(session)
    }

    func testSIGTERMWhileTypingAChoiceSaysItWasNotSaved() throws {
        let session = try atFirstQuestion(quick, organization: "Choice Co")
        try session.type("3")
        try session.waitFor("the typed 3") { $0.contains("> 3\n") }
        kill(try XCTUnwrap(try session.programProcessID()), SIGTERM)
        XCTAssertEqual(try session.waitForExit(), 143)
        let screen = try session.screen()
        XCTAssertTrue(screen.contains("Not saved: \"3\" was typed but not ended with Enter."), screen)
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let saved = try XCTUnwrap(try SavedAssessments.all(in: session.dataFolder.url.path, questionnaire: questionnaire).values.first)
        XCTAssertNil(saved.response(to: questionnaire.questions[0].id), "an answer never confirmed is not taken")
    }

    /// The text question of the report fixture, asked alone (everything else pre-filled): the text typed
    /// when Ctrl-C comes is its answer, flagged for review because Enter was never pressed.
    func testCtrlCWhileTypingATextAnswerKeepsItFlaggedForReview() throws {
        let folder = try TemporaryFolder()
        let fixtures = ReadinessBinary.repository.appendingPathComponent("Tests/ReadinessReportsTests/Fixtures")
        let yaml = try String(contentsOf: fixtures.appendingPathComponent("report-fixture.yaml"), encoding: .utf8)
        let questionnairePath = try folder.write("questionnaires/report-fixture.yaml", yaml)
        let questionnaire = try QuestionnaireLoader.load(SourceFile(path: questionnairePath, text: yaml))
        let text = try XCTUnwrap(questionnaire.questions.first { if case .text = $0.kind { true } else { false } })
        let fixture = fixtures.appendingPathComponent("harbor-dental.json").path
        var assessment = try AssessmentFile.decode(
            SourceFile(path: fixture, text: try String(contentsOfFile: fixture, encoding: .utf8)), questionnaire: questionnaire)
        assessment.answers[text.id] = nil
        let answers = try folder.write("answers.json", AssessmentFile.encode(assessment, questionnaire: questionnaire))
        let session = try TmuxSession(
            arguments: ["--questionnaires", folder.path("questionnaires"), "--questionnaire", "report-fixture", "--answers", answers],
            width: 160, environment: ["TERM": "dumb"])
        try session.waitFor(text: "Type your answer on one line.")
        try session.type("the backups nobody has restored")
        try session.waitFor(text: "the backups nobody has restored")
        try session.press("C-c")
        XCTAssertEqual(try session.waitForExit(), 130)
        XCTAssertTrue(
            try session.screen().contains(
                "The answer being typed is kept and flagged for review, since Enter was not pressed: \"the backups nobody has restored\"."))
        let saved = try XCTUnwrap(try SavedAssessments.all(in: session.dataFolder.url.path, questionnaire: questionnaire).values.first)
        XCTAssertEqual(saved.answers[text.id]?.response, .text("the backups nobody has restored"))
        XCTAssertEqual(saved.answers[text.id]?.flagged, true)
    }

    /// A script that stops mid-note and is then terminated: the piped part of the note is kept too.
    func testASignalMidLineInAPipedScriptKeepsTheNoteSoFar() throws {
        let session = try TmuxSession(arguments: quick, input: .pipe("printf 'Pipe Co\\nJo\\ncall\\nn\\nhalf a note'; sleep 60"))
        try session.waitFor(text: "Note (one line; empty removes it):")
        // What has arrived of the unfinished line is taken in when the signal comes, read or not.
        kill(try XCTUnwrap(try session.programProcessID()), SIGTERM)
        // The pipeline's exit waits for the producer's sleep: the closing line says the program is done.
        try session.waitFor(text: "Saved assessment ")
        XCTAssertTrue(try session.screen().contains("The note being typed is kept: \"half a note\"."))
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        let saved = try XCTUnwrap(try SavedAssessments.all(in: session.dataFolder.url.path, questionnaire: questionnaire).values.first)
        XCTAssertEqual(saved.answers[questionnaire.questions[0].id]?.note, "half a note")
    }

    /// Ctrl-C keeps a typed line only while the interview runs: the shell after it gets its usual settings.
    private func assertLineSettingsRestored(_ session: TmuxSession) throws {
        try session.type("stty -a | grep -o -- '-\\?noflsh' | sed 's/^/FLAG=/'\n")
        // "\nFLAG=" is the command's output, never its echo.
        let screen = try session.waitFor(text: "\nFLAG=")
        XCTAssertTrue(screen.contains("FLAG=-noflsh"), screen)
    }
}
