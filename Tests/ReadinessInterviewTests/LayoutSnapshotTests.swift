import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Every representative screen rendered at 80x24, 120x40 and the minimum 64x18, in Unicode and ASCII,
/// compared with `Snapshots/<test>.txt`; a few also compare the style roles.
final class LayoutSnapshotTests: XCTestCase {
    static let sizes = [ScreenSize(width: 80, height: 24), ScreenSize(width: 120, height: 40), ScreenSize.minimum]

    /// Renders a scene at every size in both glyph sets into one snapshot; with `roles`, adds the role map
    /// at each size in Unicode.
    private func snapshot(
        _ harness: InterviewHarness, named name: String, roles: Bool = false, file: StaticString = #filePath, line: UInt = #line
    ) {
        var text = ""
        for size in Self.sizes {
            harness.send(.resize(size))
            for glyphs in [Glyphs.unicode, Glyphs.plainASCII] {
                let frame = harness.render(glyphs)
                FrameChecks.assertWellFormed(frame, size: size, file: file, line: line)
                let cursor = frame.cursor.map { "cursor \($0.x),\($0.y)" } ?? "no cursor"
                text += "=== \(size) \(glyphs.ascii ? "ascii" : "unicode") \(cursor) ===\n\(frame.text)\n"
                if roles, !glyphs.ascii {
                    text += "=== \(size) roles ===\n\(frame.roleMap)\n"
                }
            }
        }
        assertSnapshot(text, named: name, file: file, line: line)
    }

    func testStartScreen() { snapshot(Scenes.start(), named: "testStartScreen", roles: true) }

    func testStartScreenWithDrafts() { snapshot(Scenes.startWithDrafts(), named: "testStartScreenWithDrafts") }

    func testSingleChoiceWithLivePaneInCallMode() {
        snapshot(Scenes.singleChoiceCall(), named: "testSingleChoiceWithLivePaneInCallMode", roles: true)
    }

    func testMultipleChoiceInSelfMode() { snapshot(Scenes.multipleChoiceSelf(), named: "testMultipleChoiceInSelfMode") }

    func testNumberWithInlineError() { snapshot(Scenes.numberError(), named: "testNumberWithInlineError", roles: true) }

    func testScaleInSelfMode() { snapshot(Scenes.scaleSelf(), named: "testScaleInSelfMode") }

    func testReview() { snapshot(Scenes.review(), named: "testReview") }

    func testResults() { snapshot(Scenes.resultsWithASignalSelected(), named: "testResults", roles: true) }

    func testReasonsOverlay() {
        let harness = Scenes.resultsWithASignalSelected()
        harness.press(.enter)
        snapshot(harness, named: "testReasonsOverlay")
    }

    func testHelpOverlay() { snapshot(Scenes.help(), named: "testHelpOverlay") }

    func testNoteEditorWithCJK() { snapshot(Scenes.noteEditorCJK(), named: "testNoteEditorWithCJK") }

    func testConfirmChange() { snapshot(Scenes.confirmChange(), named: "testConfirmChange") }

    func testExportScreen() { snapshot(Scenes.export(), named: "testExportScreen") }

    func testTooSmall() {
        let harness = InterviewHarness.started()
        var text = ""
        for size in [
            ScreenSize(width: 52, height: 14), ScreenSize(width: 63, height: 18), ScreenSize(width: 120, height: 17),
            ScreenSize(width: 20, height: 4),
        ] {
            harness.send(.resize(size))
            for glyphs in [Glyphs.unicode, Glyphs.plainASCII] {
                let frame = harness.render(glyphs)
                FrameChecks.assertWellFormed(frame, size: size)
                text += "=== \(size) \(glyphs.ascii ? "ascii" : "unicode") ===\n\(frame.text)\n"
                if size.width == 52 && !glyphs.ascii { text += "=== \(size) roles ===\n\(frame.roleMap)\n" }
            }
        }
        assertSnapshot(text, named: "testTooSmall")
    }
}

/// Checks on single rendered screens that do not need a snapshot.
final class LayoutBehaviourTests: XCTestCase {
    private func helpBar(_ frame: Frame) -> String { frame.text.components(separatedBy: "\n").last ?? "" }

    func testTheHelpBarOffersDontKnowAndNotApplicableOnlyWhereAllowed() {
        let harness = InterviewHarness.started()
        XCTAssertTrue(helpBar(harness.render()).contains("d don't know"), helpBar(harness.render()))
        XCTAssertFalse(helpBar(harness.render()).contains("not applicable"))
        harness.press(.character("2"))
        XCTAssertEqual(harness.questionID, "solo-cover")
        XCTAssertFalse(
            helpBar(harness.render()).contains("don't know"), "solo-cover does not allow don't know: \(helpBar(harness.render()))")
        harness.send(.resize(ScreenSize(width: 200, height: 30)))
        harness.skip(to: "site-travel")
        XCTAssertTrue(helpBar(harness.render()).contains("x not applicable"), helpBar(harness.render()))
    }

    func testTheHelpBarAlwaysKeepsHelpVisible() {
        for width in [64, 80, 120] {
            let harness = InterviewHarness.started(size: ScreenSize(width: width, height: 24))
            XCTAssertTrue(helpBar(harness.render()).hasSuffix("? help"), "\(width): \(helpBar(harness.render()))")
        }
    }

    func testTheAnswerAreaOffersDontKnowOnlyWhereAllowed() {
        let harness = InterviewHarness.started()
        XCTAssertTrue(harness.render().text.contains("d Don't know"))
        harness.press(.character("2"))
        XCTAssertFalse(harness.render().text.contains("Don't know"))
    }

    func testTheCursorSitsOnTheHighlightedOption() throws {
        let harness = InterviewHarness.started()
        harness.press(.down)
        let frame = harness.render()
        let cursor = try XCTUnwrap(frame.cursor)
        XCTAssertEqual(frame[cursor.x, cursor.y].role, .selected)
        let row = frame.text.components(separatedBy: "\n")[cursor.y]
        XCTAssertTrue(row.contains("One person"), row)
    }

    func testTheCursorSitsInTheNumberFieldAfterTheTypedDigits() throws {
        let harness = InterviewHarness.started()
        harness.press(.character("3"))
        harness.type("12")
        let frame = harness.render()
        let cursor = try XCTUnwrap(frame.cursor)
        XCTAssertEqual(frame[cursor.x - 2, cursor.y].character, "1")
        XCTAssertEqual(frame[cursor.x - 1, cursor.y].character, "2")
        XCTAssertEqual(frame[cursor.x, cursor.y].role, .fieldFocused)
    }

    func testTheCursorInTheEditorCountsWideCharacters() throws {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("東京x")
        harness.press(.left)
        let frame = harness.render()
        let cursor = try XCTUnwrap(frame.cursor)
        XCTAssertEqual(frame[cursor.x, cursor.y].character, "x", "two wide characters take four columns")
        XCTAssertEqual(frame[cursor.x - 4, cursor.y].character, "東")
    }

    func testTooSmallSaysTheSizeAndTheMinimum() {
        let harness = InterviewHarness.started()
        harness.send(.resize(ScreenSize(width: 52, height: 14)))
        let text = harness.render().text
        XCTAssertTrue(text.contains("Terminal too small: 52x14, needs 64x18"), text)
        XCTAssertTrue(text.contains("press q to quit"), text)
        harness.send(.resize(ScreenSize(width: 60, height: 30)))
        XCTAssertTrue(harness.render().text.contains("60x30, needs 64x18"), "it redraws live")
    }

    func testTheLivePaneGoesBesideTheQuestionWhenWideAndHidesWithP() {
        let harness = Scenes.singleChoiceCall()
        harness.send(.resize(ScreenSize(width: 120, height: 40)))
        XCTAssertTrue(harness.render().text.contains("SO FAR"))
        harness.press(.character("p"))
        XCTAssertFalse(harness.model.showsLivePane)
        XCTAssertFalse(harness.render().text.contains("SO FAR"))
        harness.send(.resize(ScreenSize(width: 80, height: 24)))
        harness.press(.character("p"))
        XCTAssertTrue(harness.render().text.contains("Ask next (a):"), "a strip under the progress bar when narrow")
    }

    func testTheRatingIsAlwaysGivenInWordsAndAGlyph() {
        let harness = Scenes.results()
        let fit = harness.model.session!.result.fit
        for glyphs in [Glyphs.unicode, Glyphs.plainASCII] {
            let text = harness.render(glyphs).text
            XCTAssertTrue(text.contains("\(glyphs.glyph(for: fit.rating)) \(fit.rating.title)"), text)
        }
    }

    func testTheProgressLineCountsAnswersAndSections() {
        let harness = InterviewHarness.started()
        harness.press(.character("3"))
        let text = harness.render().text
        XCTAssertTrue(text.contains("Section 1/2 · Team"), text)
        XCTAssertTrue(text.contains("1 of ~6 answered"), text)
    }

    func testASCIIGlyphsDrawOnlyASCII() {
        // Scenes whose typed text is ASCII: whatever is not ASCII on screen comes from the program.
        let scenes: [(String, InterviewHarness)] = [
            ("single choice, call mode", Scenes.singleChoiceCall()), ("number error", Scenes.numberError()),
            ("review", Scenes.review()), ("export", Scenes.export()), ("confirm change", Scenes.confirmChange()),
            ("help", Scenes.help()), ("multiple choice", Scenes.multipleChoiceSelf()), ("scale", Scenes.scaleSelf()),
        ]
        let editor = InterviewHarness.started()
        editor.press(.character("n"))
        editor.type("plain ascii note")
        var offending: [String] = []
        for (name, harness) in scenes + [("note editor", editor)] {
            for size in LayoutSnapshotTests.sizes {
                harness.send(.resize(size))
                for line in harness.render(.plainASCII).text.components(separatedBy: "\n") where !line.allSatisfy(\.isASCII) {
                    let characters = Set(line.filter { !$0.isASCII }).sorted().map(String.init).joined()
                    offending.append("\(name) \(size): [\(characters)] in \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        XCTAssertEqual(
            Array(Set(offending)).sorted(), [],
            "BUG: --ascii / a non-UTF-8 locale still gets non-ASCII from the program: ± (LivePaneLayout.shortImpact), … (TextWrap.pad/truncate in the live pane and review, not glyphs.ellipsis), ↑/↓ (ExportScreenLayout \"Format (↑/↓)\"), · (OverlayLayout.drawEditor hint)"
        )
    }

    func testTheHelpBarOfTheHelpSaysWhatQDoesThere() {
        let harness = Scenes.help()
        let bar = helpBar(harness.render())
        let effects = harness.press(.character("q"))
        if bar.contains("q quit") {
            XCTAssertEqual(
                effects, [.quit(.userQuit)],
                "BUG: over the help (and the reasons) the help bar says \"q quit\" (the q binding covers the .help context), but handleOverlay treats q there as close: q only closes the help"
            )
        }
    }

    func testTheHelpScreenAlignsEveryKey() {
        let harness = Scenes.help()
        harness.send(.resize(ScreenSize(width: 120, height: 60)))
        let lines = harness.render().text.components(separatedBy: "\n")
        func column(of text: String) -> Int? {
            lines.first { $0.contains(text) }.map { DisplayWidth.of($0[..<$0.range(of: text)!.lowerBound]) }
        }
        XCTAssertNotNil(column(of: "move up"))
        XCTAssertEqual(
            column(of: "close this help"), column(of: "move up"),
            "BUG: the last help line is the literal \"Esc        close this help\" (OverlayLayout.helpLines), one space short of the 12-column key column"
        )
    }

    func testManyDraftsStillLeaveTheNewAssessmentReachable() {
        let drafts = (1...10).map { TestQuestionnaire.assessment(id: "draft-\($0)", organization: "Organization \($0)") }
        let harness = InterviewHarness(setup: TestQuestionnaire.setup(drafts: drafts), size: .minimum)
        harness.press(.end)
        XCTAssertEqual(harness.startForm?.focusedRow, .start)
        let frame = harness.render()
        XCTAssertTrue(
            frame.text.contains("[ Start the interview ]") && frame.cursor != nil,
            "BUG: with 10 drafts at 64x18 the start screen does not scroll: StartScreenLayout stops drawing at contentBottom, so the focused Organization/Assessor/Mode/Start rows are off screen and the cursor is nowhere:\n\(frame.text)"
        )
    }

    func testTooSmallPutsItsTwoLinesTogether() {
        let harness = InterviewHarness.started()
        harness.send(.resize(ScreenSize(width: 40, height: 10)))
        let lines = harness.render().text.components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.contains("Terminal too small") }) else {
            return XCTFail(lines.joined(separator: "\n"))
        }
        XCTAssertTrue(
            lines[first + 1].contains("Make the window"),
            "BUG: drawTooSmall places the second message at top + offset * wrapped.count, its own wrap count, not the rows already used, leaving a gap (or pushing it off a small screen):\n\(lines.joined(separator: "\n"))"
        )
    }

    func testAnOverlayOverAWideCharacterKeepsTheLineWhole() {
        // At 104 columns the help box starts at column 7: over the second half of 京 in the draft's name.
        let draft = TestQuestionnaire.assessment(organization: "東京 Clinic")
        let harness = InterviewHarness(setup: TestQuestionnaire.setup(drafts: [draft]), size: ScreenSize(width: 104, height: 18))
        harness.press(.f1)
        XCTAssertEqual(harness.model.overlay, .help(scroll: 0))
        let frame = harness.render()
        // The border covers the second half of 京, so the first half is blanked rather than left dangling.
        XCTAssertEqual(frame[6, 5].character, " ")
        XCTAssertEqual(
            LayoutPropertyTests.problems(in: frame, size: frame.size), [],
            "a box border drawn over half a wide character must not leave the other half: a terminal would draw it over the border")
    }

    func testScrollingHelpPastItsEndDoesNotSwallowLaterUpPresses() {
        let harness = Scenes.help()
        for _ in 0..<60 { harness.press(.down) }
        let atEnd = harness.render().text
        harness.press(.up)
        XCTAssertNotEqual(
            harness.render().text, atEnd,
            "BUG: Down in the help overlay increments the scroll without bound (InterviewModel.handleOverlay, .help: scroll + 1); the layout clamps it, so after scrolling past the end each Up press is invisible until the count comes back down"
        )
    }
}

/// Invariants every rendered frame must hold.
enum FrameChecks {
    static func assertWellFormed(
        _ frame: Frame, size: ScreenSize, context: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(frame.size, size, context(), file: file, line: line)
        XCTAssertEqual(frame.cells.count, size.width * size.height, "cells \(context())", file: file, line: line)
        if let cursor = frame.cursor {
            XCTAssertTrue(
                (0..<size.width).contains(cursor.x) && (0..<size.height).contains(cursor.y),
                "cursor \(cursor) outside \(size) \(context())", file: file, line: line)
        }
        XCTAssertEqual(frame.text.components(separatedBy: "\n").count, size.height, "rows \(context())", file: file, line: line)
        // Every character has exactly its columns; no continuation cell stands alone.
        if let problem = frame.problems.first {
            XCTFail("\(problem) \(context())", file: file, line: line)
        }
    }
}
