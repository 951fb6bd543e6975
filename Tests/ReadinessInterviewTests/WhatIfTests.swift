import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// What-if on the results: trying answers saves nothing; keeping one is an ordinary, saved answer change.
final class WhatIfTests: XCTestCase {
    func testTryingAnswersSavesNothingAndEscGoesBack() {
        let harness = Scenes.results()
        harness.clearEffects()
        harness.press(.character("w"))
        guard case .whatIf(let focus) = harness.model.screen else { return XCTFail("w opens what-if") }
        XCTAssertNil(focus.alternatives)
        harness.press(.enter)
        guard case .whatIf(let picking) = harness.model.screen, let alternatives = picking.alternatives else {
            return XCTFail("Enter opens the answers")
        }
        XCTAssertEqual(alternatives.first, .choice("nobody"), "it-team: every option, then don't know")
        XCTAssertEqual(alternatives.last, .unknown)
        XCTAssertEqual(alternatives[picking.alternative], .choice("solo"), "the current answer is selected first")
        harness.press(.up)
        XCTAssertTrue(harness.render().text.contains("Then:"), "the preview shows what would change")
        harness.press(.escape, .escape)
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(harness.effects, [], "trying saves nothing")
        XCTAssertEqual(harness.response("it-team"), .choice("solo"))
    }

    func testKeepingAnAnswerSavesItLikeAnyOther() {
        let harness = Scenes.results()
        harness.clearEffects()
        harness.press(.character("w"))
        harness.press(.end)  // anything-else: free text has nothing to try
        harness.press(.enter)
        XCTAssertMessage(harness, contains: "free-text answer does not change the result", isError: false)
        harness.press(.up, .enter)  // backups
        harness.press(.home, .enter)  // recent
        // Keeping asks first, showing the saved answer and the one kept instead; nothing is saved yet.
        let asking = harness.render().text
        // The box wraps its text: read it as one line.
        let words = asking.components(separatedBy: .newlines).map {
            $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces)
        }
        .joined(separator: " ")
        XCTAssertTrue(asking.contains("Keep this answer?"), asking)
        XCTAssertTrue(words.contains("Saved now: Never. Kept instead: This quarter."), asking)
        XCTAssertEqual(harness.saves.count, 0)
        harness.press(.character("y"))
        XCTAssertTrue(harness.isOnResults)
        XCTAssertEqual(harness.saves.count, 1)
        XCTAssertEqual(harness.saves.last?.response(to: "backups"), .choice("recent"))
        XCTAssertMessage(harness, contains: "Kept: Backup restores is now This quarter", isError: false)
    }
}
