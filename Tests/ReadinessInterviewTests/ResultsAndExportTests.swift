import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// The results screen, the reasons behind a line, and the export screen.
final class ResultsAndExportTests: XCTestCase {
    private func onResults(backups: Character = "1") -> InterviewHarness {
        let harness = InterviewHarness.started()
        harness.press(.character("2"), .character("1"))  // one person, nobody covers
        harness.type("4")
        harness.press(.enter, .character("4"))  // 4 sites, travel 4
        harness.type("12")
        harness.press(.enter)  // firefighting, documentation
        harness.press(.character(backups))
        harness.press(.enter)
        harness.type("Zwei Standorte")
        harness.press(.enter)
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(harness.assessment.status, .complete)
        harness.clearEffects()
        return harness
    }

    private var items: (InterviewHarness) -> [ResultsItem] {
        { ResultsItems.build($0.model.session!.result) }
    }

    func testEnterShowsTheReasonsBehindTheSelectedLine() {
        let harness = onResults()
        let items = items(harness)
        XCTAssertEqual(items.first?.kind, .rating)
        XCTAssertEqual(harness.press(.enter), [])
        XCTAssertEqual(harness.model.overlay, .reasons(title: items[0].title, lines: items[0].reasons, scroll: 0))
        XCTAssertFalse(items[0].reasons.isEmpty)
        harness.press(.escape)
        XCTAssertNil(harness.model.overlay)
        harness.press(.down, .enter)
        XCTAssertEqual(harness.model.overlay, .reasons(title: items[1].title, lines: items[1].reasons, scroll: 0))
        harness.press(.enter)
        XCTAssertNil(harness.model.overlay, "Enter closes the reasons too")
    }

    func testABlockerComesFirstWithItsExplanationAndStep() {
        let harness = onResults(backups: "3")
        let items = items(harness)
        XCTAssertEqual(items[1].kind, .blocker)
        XCTAssertEqual(items[1].title, "Backups never test-restored")
        harness.press(.down, .enter)
        guard case .reasons(let title, let lines, _)? = harness.model.overlay else { return XCTFail("no reasons shown") }
        XCTAssertEqual(title, "Backups never test-restored")
        XCTAssertEqual(lines.first, "Nobody knows whether the backups can be restored.")
        XCTAssertTrue(lines.contains("First step: Test-restore one backup this week."), "\(lines)")
    }

    func testSignalReasonsShowTheArithmetic() {
        let harness = onResults()
        let items = items(harness)
        guard let index = items.firstIndex(where: { $0.title == "After-hours gap" }) else { return XCTFail("no after-hours line") }
        harness.press(Array(repeating: .down, count: index))
        harness.press(.enter)
        guard case .reasons(_, let lines, _)? = harness.model.overlay else { return XCTFail("no reasons shown") }
        XCTAssertTrue(lines.contains { $0.contains("Cover for the one person: Nobody") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("Travel between sites: 4 of 5") }, "\(lines)")
    }

    func testResultsListMovesAndClamps() {
        let harness = onResults()
        let count = items(harness).count
        harness.press(.end)
        guard case .results(let focus) = harness.model.screen else { return XCTFail() }
        XCTAssertEqual(focus.selected, count - 1)
        harness.press(.down)
        guard case .results(let after) = harness.model.screen else { return XCTFail() }
        XCTAssertEqual(after.selected, count - 1)
    }

    func testBGoesBackToTheAnswers() {
        let harness = onResults()
        harness.press(.character("b"))
        XCTAssertEqual(harness.reviewFocus?.selected, 6, "the review opens on the last question answered")
    }

    // MARK: - Export

    func testExportSuggestsAPathAndFormatCyclingChangesTheExtension() {
        let harness = onResults()
        XCTAssertEqual(harness.press(.character("e")), [])
        XCTAssertEqual(harness.exportForm?.formats, ["text", "markdown", "json"])
        XCTAssertEqual(harness.exportForm?.formatIndex, 0)
        XCTAssertEqual(harness.exportForm?.path.text, "acme-dental-2026-03-14.txt")
        harness.press(.down)
        XCTAssertEqual(harness.exportForm?.path.text, "acme-dental-2026-03-14.md")
        harness.press(.down)
        XCTAssertEqual(harness.exportForm?.formatIndex, 2)
        XCTAssertEqual(harness.exportForm?.path.text, "acme-dental-2026-03-14.json")
        harness.press(.down)
        XCTAssertEqual(harness.exportForm?.path.text, "acme-dental-2026-03-14.txt", "the list wraps around")
        harness.press(.up)
        XCTAssertEqual(harness.exportForm?.path.text, "acme-dental-2026-03-14.json")
        XCTAssertEqual(harness.effects, [])
    }

    func testTabChoosesTheInternalCopyAndTheRequestCarriesIt() throws {
        let harness = onResults()
        harness.press(.character("e"))
        XCTAssertEqual(harness.exportForm?.audience, .client, "the copy that is safe to send comes first")
        XCTAssertTrue(harness.render().text.contains("safe to send"))
        let client = try XCTUnwrap(harness.exportForm?.path.text)
        harness.press(.tab)
        XCTAssertEqual(harness.exportForm?.audience, .internal)
        // The name offered follows the copy, so the internal copy never asks to replace the client's file.
        let dot = try XCTUnwrap(client.lastIndex(of: "."))
        XCTAssertEqual(harness.exportForm?.path.text, client[..<dot] + "-internal" + client[dot...])
        harness.press(.backTab)
        XCTAssertEqual(harness.exportForm?.path.text, client)
        harness.press(.character("x"), .tab)
        XCTAssertEqual(harness.exportForm?.path.text, client + "x", "a name the user typed stays")
        harness.press(.backspace, .backTab, .tab)
        XCTAssertTrue(harness.render().text.contains("not the customer"))
        let request = try XCTUnwrap(Self.exportRequest(harness.press(.enter).first))
        XCTAssertEqual(request.audience, .internal)
        harness.send(.exportTargetExists(request.path))
        guard case .confirmReplace(let replacing)? = harness.model.overlay else { return XCTFail("no replace question") }
        XCTAssertEqual(replacing.audience, .internal, "replacing keeps the copy chosen")
    }

    func testTheTalkingPointsAreAChoiceOfTheInternalCopyOnly() throws {
        let harness = onResults()
        harness.press(.character("e"))
        XCTAssertTrue(harness.render().text.contains("( ) internal + talking points"))
        harness.press(.tab, .tab)
        XCTAssertEqual(harness.exportForm?.audience, .internal)
        XCTAssertEqual(harness.exportForm?.talkingPoints, true)
        XCTAssertTrue(Self.words(harness.render()).contains("and adds your talking points"), harness.render().text)
        let request = try XCTUnwrap(Self.exportRequest(harness.press(.enter).first))
        XCTAssertEqual(request.audience, .internal)
        XCTAssertTrue(request.talkingPoints)
        harness.send(.exportTargetExists(request.path))
        guard case .confirmReplace(let replacing)? = harness.model.overlay else { return XCTFail("no replace question") }
        XCTAssertTrue(replacing.talkingPoints, "replacing keeps the copy chosen")
        harness.press(.character("n"))

        // Round again to the client copy, which never carries them; Shift-Tab goes back the other way.
        harness.press(.tab)
        XCTAssertEqual(harness.exportForm?.audience, .client)
        XCTAssertFalse(try XCTUnwrap(Self.exportRequest(harness.press(.enter).first)).talkingPoints)
        harness.send(.exportFailed("no"))
        harness.press(.backTab)
        XCTAssertEqual(harness.exportForm?.talkingPoints, true)
        harness.press(.backTab)
        XCTAssertEqual(harness.exportForm?.audience, .internal)
        XCTAssertEqual(harness.exportForm?.talkingPoints, false)
        XCTAssertTrue(Self.words(harness.render()).contains("without your talking points"), harness.render().text)
        XCTAssertFalse(try XCTUnwrap(Self.exportRequest(harness.press(.enter).first)).talkingPoints)

        // An intent asking for them with the client copy gets the client copy alone.
        harness.send(.intent(.export(format: "text", path: "c.txt", audience: .client, talkingPoints: true)))
        guard case .export(let clientRequest)? = harness.effects.last else { return XCTFail("no export") }
        XCTAssertFalse(clientRequest.talkingPoints)
    }

    /// The screen's words in one line, however the layout wrapped them.
    private static func words(_ frame: Frame) -> String {
        frame.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testAnEditedPathKeepsItsNameWhenTheFormatChanges() {
        let harness = onResults()
        harness.press(.character("e"), .control("u"))
        harness.type("out/summary.html")
        harness.press(.down)
        XCTAssertEqual(harness.exportForm?.path.text, "out/summary.html")
        XCTAssertEqual(harness.exportForm?.formatIndex, 1)
    }

    func testEnterEmitsTheExportAndAnExistingFileAsksToReplace() throws {
        let harness = onResults()
        harness.press(.character("e"), .up)
        let assessment = harness.assessment
        let effects = harness.press(.enter)
        XCTAssertEqual(effects.count, 1)
        let request = try XCTUnwrap(Self.exportRequest(effects.first))
        XCTAssertEqual(request.format, "json")
        XCTAssertEqual(request.path, "acme-dental-2026-03-14.json")
        XCTAssertEqual(request.assessment, assessment)
        XCTAssertFalse(request.replace)
        XCTAssertMessage(harness, contains: "Writing acme-dental-2026-03-14.json", isError: false)

        XCTAssertEqual(harness.send(.exportTargetExists("acme-dental-2026-03-14.json")), [])
        guard case .confirmReplace(let replacing)? = harness.model.overlay else { return XCTFail("no replace question") }
        XCTAssertEqual(replacing.format, "json")
        XCTAssertEqual(replacing.path, "acme-dental-2026-03-14.json")
        XCTAssertEqual(replacing.assessment, assessment)
        XCTAssertTrue(replacing.replace)
        XCTAssertTrue(harness.render().text.contains("acme-dental-2026-03-14.json already exists. Replace it?"))
        XCTAssertEqual(harness.press(.character("n")), [])
        XCTAssertNil(harness.model.overlay)
        XCTAssertNotNil(harness.exportForm, "no: stay on the export screen to change the path")

        harness.press(.enter)
        harness.send(.exportTargetExists("acme-dental-2026-03-14.json"))
        XCTAssertEqual(harness.press(.character("y")), [.export(replacing)])
        XCTAssertNil(harness.model.overlay)
        harness.send(.exportFinished("Wrote acme-dental-2026-03-14.json"))
        XCTAssertTrue(harness.isOnResults)
        XCTAssertMessage(harness, contains: "Wrote acme-dental-2026-03-14.json", isError: false)
    }

    private static func exportRequest(_ effect: InterviewEffect?) -> ExportRequest? {
        if case .export(let request)? = effect { return request }
        return nil
    }

    func testAFailedExportStaysOnTheExportScreenWithTheError() {
        let harness = onResults()
        harness.press(.character("e"), .enter)
        harness.send(.exportFailed("out: permission denied"))
        XCTAssertNotNil(harness.exportForm)
        XCTAssertMessage(harness, contains: "permission denied", isError: true)
    }

    func testABlankPathIsRefusedAndEscGoesBack() {
        let harness = onResults()
        harness.press(.character("e"), .control("u"))
        XCTAssertEqual(harness.press(.enter), [])
        XCTAssertMessage(harness, contains: "Type a path", isError: true)
        harness.type("q?")
        XCTAssertEqual(harness.exportForm?.path.text, "q?", "q and ? are part of a path here")
        harness.press(.escape)
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(harness.effects, [])
    }

    func testTheSuggestedNameOfAnOrganizationWithoutASCIILetters() {
        let assessment = TestQuestionnaire.assessment(organization: "東京 クリニック")
        XCTAssertEqual(ExportPath.suggested(for: assessment, format: "markdown"), "assessment-2026-03-10.md")
        let mixed = TestQuestionnaire.assessment(organization: "  O'Brien & Sons, Ltd. ")
        XCTAssertEqual(ExportPath.suggested(for: mixed, format: "json"), "o-brien-sons-ltd-2026-03-10.json")
    }
}
