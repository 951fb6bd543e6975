import ReadinessTerminal
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// A finished assessment in plain mode: review, change an answer, what-if and export.
final class PlainResultsMenuTests: XCTestCase {
    func testWhatIfKeepAsksAgainWithTheOldAndNewAnswerAndOnlyThenReplacesIt() throws {
        let assessment = try PlainRun.finishedCall()
        let services = MemoryServices([assessment])
        // mfa: try the first answer, keep it, but say no when told what it replaces; then again, yes.
        let run = try PlainRun.run(
            ["w", "mfa", "1", "y", "n", "1", "y", "y", ""], interactive: true, resume: assessment, services: services)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        let text = run.output.text
        XCTAssertTrue(text.contains("Now: "), text)
        XCTAssertTrue(text.contains("With this answer: "), text)
        XCTAssertTrue(
            text.contains(
                "This replaces the saved answer to Multi-factor sign-in: Email and all admin accounts, but not every system yet, with "),
            text)
        XCTAssertTrue(text.contains("Not kept; the saved answer stays Email and all admin accounts"), text)
        XCTAssertEqual(run.output.conversation.filter { $0.hasPrefix("This replaces the saved answer") }.count, 2)
        XCTAssertEqual(services.saved[assessment.id]?.response(to: "mfa"), .choice("everywhere"))
        XCTAssertTrue(text.contains("Saved: Multi-factor sign-in is now "), text)
        XCTAssertEqual(run.output.conversation.filter { $0.contains("Multi-factor sign-in is now") }.count, 1, "said once: \(text)")
        XCTAssertTrue(text.contains("The result now: "), "the changed result is said, not the whole report again: \(text)")
        XCTAssertEqual(run.output.results.count, 1)
    }

    func testChangingAnAnswerAsksThatQuestionAndComesBackToTheMenu() throws {
        let assessment = try PlainRun.finishedCall()
        let services = MemoryServices([assessment])
        let run = try PlainRun.run(["c", "week-split", "4", ""], interactive: true, resume: assessment, services: services)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertEqual(services.saved[assessment.id]?.response(to: "week-split"), .choice("firefighting"))
        XCTAssertEqual(services.saved[assessment.id]?.status, .complete)
        XCTAssertEqual(run.output.conversation.filter { $0.contains("Enter to finish") }.count, 2, run.output.text)
    }

    func testTheReviewListsEveryAnswerAndEnterGoesBackToTheMenu() throws {
        let assessment = try PlainRun.finishedCall()
        let run = try PlainRun.run(["r", "", ""], interactive: true, resume: assessment, services: MemoryServices([assessment]))
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertTrue(run.output.text.contains("Review: 13 of 13 answered."), run.output.text)
        XCTAssertTrue(run.output.text.contains("  3. Sites (sites): 1 site"), run.output.text)
        XCTAssertEqual(run.output.conversation.filter { $0.contains("Enter to finish") }.count, 2, run.output.text)
    }

    func testExportWritesTheChosenFormatToTheNamedFileAndAsksBeforeReplacing() throws {
        let assessment = try PlainRun.finishedCall()
        let services = MemoryServices([assessment])
        services.exportOutcomes = [.exists("acme.md"), .written("Wrote acme.md.")]
        let run = try PlainRun.run(["e", "2", "", "acme.md", "y", ""], interactive: true, resume: assessment, services: services)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertEqual(services.exports.map(\.format), ["markdown", "markdown"])
        XCTAssertEqual(services.exports.map(\.path), ["acme.md", "acme.md"])
        XCTAssertEqual(services.exports.map(\.replace), [false, true], "replaced only once asked")
        XCTAssertEqual(services.exports.map(\.audience), [.client, .client], "Enter takes the client copy")
        XCTAssertTrue(run.output.text.contains("acme.md already exists. Replace it? y or n: "), run.output.text)
        XCTAssertTrue(run.output.text.contains("Wrote acme.md."), run.output.text)
    }

    func testTheInternalCopyAsksAboutTheTalkingPointsAndTheClientCopyDoesNot() throws {
        let assessment = try PlainRun.finishedCall()
        let services = MemoryServices([assessment])
        let run = try PlainRun.run(
            ["e", "1", "internal", "y", "a.txt", "e", "1", "i", "", "b.txt", "e", "1", "", "c.txt", ""], interactive: true,
            resume: assessment, services: services)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertEqual(services.exports.map(\.path), ["a.txt", "b.txt", "c.txt"])
        XCTAssertEqual(services.exports.map(\.audience), [.internal, .internal, .client])
        XCTAssertEqual(services.exports.map(\.talkingPoints), [true, false, false], "Enter says no")
        XCTAssertEqual(run.output.conversation.filter { $0.hasPrefix("Add your talking points?") }.count, 2, run.output.text)
    }

    func testAQuestionMarkAtTheFileNameAndAYesOrNoIsHelpNeverAFileOrANo() throws {
        let assessment = try PlainRun.finishedCall()
        let services = MemoryServices([assessment])
        services.exportOutcomes = [.exists("acme.md"), .written("Wrote acme.md.")]
        let run = try PlainRun.run(
            ["e", "2", "?", "", "?", "acme.md", "?", "y", ""], interactive: true, resume: assessment, services: services)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertEqual(services.exports.map(\.path), ["acme.md", "acme.md"], "'?' never named a file")
        XCTAssertEqual(services.exports.map(\.replace), [false, true], "'?' was not a no")
        XCTAssertTrue(run.output.text.contains("Type the path of the file to write"), run.output.text)
        XCTAssertTrue(run.output.text.contains("y says yes"), run.output.text)
        XCTAssertTrue(run.output.text.contains("The client copy leaves out your own notes"), run.output.text)
    }

    func testTheInternalCopyIsWrittenOnlyWhenAskedFor() throws {
        let assessment = try PlainRun.finishedCall()
        let services = MemoryServices([assessment])
        // The internal copy then asks about the talking points: Enter says no.
        let run = try PlainRun.run(
            ["e", "1", "team", "int", "", "acme.txt", ""], interactive: true, resume: assessment, services: services)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertEqual(services.exports.map(\.audience), [.internal])
        XCTAssertTrue(run.output.text.contains("'team' is not a copy offered."), run.output.text)
    }

    func testExportOffersTheSuggestedNameOnEnter() throws {
        let assessment = try PlainRun.finishedCall()
        let services = MemoryServices([assessment])
        let run = try PlainRun.run(["e", "", "", "", ""], interactive: true, resume: assessment, services: services)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertEqual(services.exports.first?.path, ExportPath.suggested(for: assessment, format: "text"))
    }

    func testTheInternalCopyIsOfferedANameOfItsOwn() throws {
        // The copy is asked before the file, so Enter never offers the client copy's name for the internal one.
        let assessment = try PlainRun.finishedCall()
        let services = MemoryServices([assessment])
        let run = try PlainRun.run(["e", "", "int", "", "", ""], interactive: true, resume: assessment, services: services)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        let client = ExportPath.suggested(for: assessment, format: "text")
        let path = try XCTUnwrap(services.exports.first?.path)
        XCTAssertEqual(path, String(client.dropLast(".txt".count)) + "-internal.txt")
        XCTAssertTrue(run.output.text.contains("File to write, Enter for \(path): "), run.output.text)
    }

    func testAScriptCanDriveTheMenuOfACompleteAssessmentAndEndsByEndingItsInput() throws {
        let assessment = try PlainRun.finishedCall()
        let services = MemoryServices([assessment])
        let run = try PlainRun.run(["c", "5", "1"], resume: assessment, services: services)
        XCTAssertEqual(run.exit, .finished, run.output.text)
        XCTAssertEqual(services.saved[assessment.id]?.response(to: "documentation-state"), .choice("current"))
    }

    func testAWrongMenuChoiceStopsAScript() throws {
        let assessment = try PlainRun.finishedCall()
        let run = try PlainRun.run(["z"], resume: assessment, services: MemoryServices([assessment]))
        guard case .invalidAnswer(let message) = run.exit else { return XCTFail("\(run.exit)") }
        XCTAssertTrue(message.contains("'z' is not one of the choices."), message)
    }
}
