import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// The discovery call on the full screen (issue 16): no rating before the result can bear one, every
/// line of the results reachable, flagged questions on the results, ask-next that never lands on an
/// answered question, and a key bar that keeps the keys that matter.
final class DiscoveryCallScreenTests: XCTestCase {
    /// The row below "SO FAR" in the side pane and the rest of the frame's text.
    private func paneLines(_ frame: Frame) -> [String] {
        let lines = frame.text.components(separatedBy: "\n")
        guard let heading = lines.firstIndex(where: { $0.contains("SO FAR") }) else { return [] }
        return Array(lines[heading...].prefix(4))
    }

    func testAProvisionalResultShowsTheRangeAndTooEarlyNeverARating() throws {
        let harness = InterviewHarness.started(mode: .call, size: ScreenSize(width: 120, height: 40))
        let fit = harness.model.session!.result.fit
        XCTAssertTrue(fit.isProvisional, "nothing answered yet: the core calls it provisional")
        let pane = paneLines(harness.render()).joined(separator: "\n")
        XCTAssertTrue(pane.contains("Too early to tell"), pane)
        XCTAssertTrue(pane.contains("Need between \(fit.low) and \(fit.high)"), pane)
        XCTAssertTrue(pane.contains("low confidence") || pane.contains("medium confidence"), pane)
        for rating in Rating.allCases {
            XCTAssertFalse(pane.contains(rating.title), "no rating in the pane while provisional: \(pane)")
            XCTAssertFalse(pane.contains(rating.glyph), pane)
        }
        // The narrow strip says the same.
        harness.send(.resize(ScreenSize(width: 80, height: 24)))
        let strip = harness.render().text.components(separatedBy: "\n")[3]
        XCTAssertTrue(strip.contains("Too early to tell"), strip)
        XCTAssertTrue(strip.contains("need between \(fit.low) and \(fit.high)"), strip)
        for rating in Rating.allCases { XCTAssertFalse(strip.contains(rating.title), strip) }
    }

    func testOnceSettledThePaneStatesTheRatingInWordsNeverIds() throws {
        let harness = Scenes.singleChoiceCall()
        harness.send(.resize(ScreenSize(width: 120, height: 40)))
        let fit = harness.model.session!.result.fit
        XCTAssertFalse(fit.isProvisional)
        let text = harness.render().text
        XCTAssertTrue(text.contains("\(fit.rating.glyph) \(fit.rating.title)"), text)
        XCTAssertTrue(text.contains("\(fit.confidence.rawValue) confidence"), text)
        for id in ["strong-fit", "good-fit", "possible-fit", "not-yet", "fully-managed"] {
            XCTAssertFalse(text.contains(id), "the id \(id) on screen:\n\(text)")
        }
    }

    // MARK: - Results scrolling

    /// A finished call on the results screen, with a flag on the backups question.
    private func onResults(size: ScreenSize) -> InterviewHarness {
        let harness = Scenes.singleChoiceCall()
        harness.send(.resize(size))
        harness.press(.character("1"), .enter)
        harness.type("Zwei Standorte")
        harness.press(.enter)
        XCTAssertTrue(harness.isOnResults)
        return harness
    }

    private let sizes = [ScreenSize(width: 64, height: 18), ScreenSize(width: 80, height: 24), ScreenSize(width: 100, height: 30)]

    func testEndShowsTheLastLineOfTheResultsAtEverySize() throws {
        for size in sizes {
            let harness = try ShippedCall.onResults(size: size)
            XCTAssertTrue(harness.isOnResults)
            let first = harness.render().text
            XCTAssertFalse(first.contains("Enter shows the reasons behind the selected line."), "the document is longer than \(size)")
            harness.press(.end)
            let last = harness.render().text
            XCTAssertTrue(last.contains("Enter shows the reasons behind the selected line."), "\(size):\n\(last)")
            // Home comes back to the top.
            harness.press(.home)
            XCTAssertEqual(harness.render().text, first, "\(size)")
        }
    }

    func testPageDownVisitsEveryLineOfTheResults() throws {
        for size in sizes {
            let harness = try ShippedCall.onResults(size: size)
            let document = harness.model.session.map { ResultsDocumentProbe.lines($0, width: size.width) } ?? []
            var seen = Set<String>()
            var previous = ""
            for _ in 0..<40 {
                let frame = harness.render().text
                // Rows 2 to height-3 hold the document.
                // The scroll marks (↑ at the top right, ↓ at the bottom right) are not part of the lines.
                seen.formUnion(
                    frame.components(separatedBy: "\n").dropFirst(2).dropLast(2).map { row in
                        var row = row
                        if row.hasSuffix("↑") || row.hasSuffix("↓") { row.removeLast() }
                        return row.trimmingCharacters(in: .whitespaces)
                    })
                if frame == previous { break }
                previous = frame
                harness.press(.pageDown)
            }
            for line in document where !line.isEmpty {
                XCTAssertTrue(seen.contains(line), "'\(line)' never shown at \(size) paging down")
            }
        }
    }

    func testDownPastTheLastItemScrollsTheLinesWithoutItems() throws {
        let harness = try ShippedCall.onResults(size: ScreenSize(width: 80, height: 24))
        for _ in 0..<200 { harness.press(.down) }
        XCTAssertTrue(
            harness.render().text.contains("Enter shows the reasons behind the selected line."),
            "\(harness.model.screen)\n\(harness.render().text)")
    }

    // MARK: - Flagged questions

    func testFlaggedQuestionsAreListedOnTheResultsAndEnterOpensThem() throws {
        let harness = onResults(size: ScreenSize(width: 100, height: 30))
        let items = ResultsItems.build(harness.model.session!)
        let index = try XCTUnwrap(items.firstIndex { $0.kind == .flagged(questionID: "backups") })
        harness.press(.end)
        let text = harness.render().text
        XCTAssertTrue(text.contains("Backup restores: Restores done by the MSP?"), text)
        while case .results(let focus) = harness.model.screen, focus.selected != index { harness.press(.up) }
        harness.press(.enter)
        XCTAssertEqual(harness.questionID, "backups", "Enter on a flagged line opens its question")
    }

    // MARK: - Ask next

    func testAnsweringAnAskNextQuestionMovesAlongTheListThenBackNeverToAnAnsweredOne() throws {
        let harness = InterviewHarness.started(mode: .call)
        let start = try XCTUnwrap(harness.questionID)
        harness.press(.character("a"))
        var visited: [String] = []
        for _ in 0..<20 {
            guard let current = harness.questionID, current != start else { break }
            XCTAssertNil(harness.response(current), "ask next led to the answered question \(current)")
            XCTAssertFalse(visited.contains(current), "\(current) offered twice")
            visited.append(current)
            harness.press(.character("d"))
            if harness.questionID == current {
                // Don't know is not allowed here: skip it instead.
                harness.press(.character("s"))
            }
        }
        XCTAssertFalse(visited.isEmpty)
        XCTAssertEqual(harness.questionID, start, "with nothing left to ask next, back where the user was")
    }

    func testTheHelpSaysWhereAnsweringAnAskNextQuestionGoes() {
        let harness = InterviewHarness.started(mode: .call, size: ScreenSize(width: 100, height: 40))
        let help = HelpContent.lines(for: harness.model, width: 80).map(\.0).joined(separator: " ")
        XCTAssertTrue(help.contains("the next unanswered ask-next question follows"), help)
        XCTAssertTrue(help.contains("back at the question you were on"), help)
    }

    // MARK: - Key bar

    func testTheKeyBarKeepsQuitHelpAndFlagWhenNarrow() {
        let harness = InterviewHarness.started(mode: .call, size: ScreenSize(width: 64, height: 18))
        let bar = harness.render().text.components(separatedBy: "\n").last!
        XCTAssertTrue(bar.contains("q quit"), bar)
        XCTAssertTrue(bar.contains("? help"), bar)
        XCTAssertTrue(bar.contains("f flag"), bar)
        XCTAssertFalse(bar.contains("p pane"), "the pane key drops first: \(bar)")
        harness.press(.character("r"))
        let review = harness.render().text.components(separatedBy: "\n").last!
        XCTAssertTrue(review.contains("Esc close"), "the key that leaves the review: \(review)")
    }
}
