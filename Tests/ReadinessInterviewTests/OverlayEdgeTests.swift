import ReadinessCore
import XCTest

@testable import ReadinessInterview

/// Boxes drawn over the results at 100 columns, where the box (90 columns at most) is narrower than the
/// window: nothing of the screen beneath shows beside it, not a cut-off word and not half of a wide
/// character cut by the box's edge.
final class OverlayEdgeTests: XCTestCase {
    /// The results of a finished call whose flagged notes are Japanese, placed so that wide characters
    /// straddle the columns on both sides of the box.
    private func resultsWithWideNotes() -> InterviewHarness {
        let wide = String(repeating: "東京の歯科医院では", count: 6)
        let assessment = TestQuestionnaire.assessment(
            organization: "東京デンタル",
            answers: [
                "it-team": AnswerRecord(response: .choice("team"), note: wide, flagged: true),
                // "⚑ Sites: " puts the note's characters on odd columns, "⚑ Internal IT team: " on even ones.
                "sites": AnswerRecord(response: .number(1), note: wide, flagged: true),
                "pain-points": AnswerRecord(response: .choices(["docs"])),
                "backups": AnswerRecord(response: .choice("recent")),
                "anything-else": AnswerRecord(response: .text("二つ目の医院を開設予定")),
            ], status: .complete)
        let harness = InterviewHarness(setup: TestQuestionnaire.setup(resume: assessment), size: ScreenSize(width: 100, height: 30))
        XCTAssertTrue(harness.isOnResults)
        return harness
    }

    /// The rows from one above the box's top border to one below its bottom border, and its columns.
    private func box(in frame: Frame, title: String) -> (rows: ClosedRange<Int>, columns: ClosedRange<Int>)? {
        let lines = frame.text.components(separatedBy: "\n")
        guard let top = lines.firstIndex(where: { $0.contains("┌─ \(title)") }),
            let bottom = lines.indices.first(where: { $0 > top && lines[$0].contains("└") })
        else { return nil }
        let left = (0..<frame.size.width).first { frame[$0, top].character == "┌" }!
        let right = (0..<frame.size.width).first { frame[$0, top].character == "┐" }!
        return (max(1, top - 1)...min(frame.size.height - 3, bottom + 1), left...right)
    }

    private func assertNothingBeside(_ title: String, in frame: Frame, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(frame.problems, [], file: file, line: line)
        guard let box = box(in: frame, title: title) else { return XCTFail("no box '\(title)':\n\(frame.text)", file: file, line: line) }
        XCTAssertEqual(box.columns, 5...94, "a 90-column box in the middle of 100", file: file, line: line)
        for row in box.rows {
            let beside = (0..<frame.size.width).filter { !box.columns.contains($0) }.map { frame[$0, row].character }
            XCTAssertEqual(
                beside.joined(), String(repeating: " ", count: beside.count),
                "row \(row) beside the box:\n\(frame.text)", file: file, line: line)
        }
    }

    func testTheHelpOverTheResultsLeavesNothingBesideIt() {
        let harness = resultsWithWideNotes()
        // The results beneath do reach both sides of where the box goes, wide characters included.
        let beneath = harness.render()
        XCTAssertTrue(beneath.text.contains("  SIGNALS"))
        let wide = { (cell: Cell) in cell.character.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false }
        XCTAssertTrue((0..<30).contains { row in (95..<100).contains { wide(beneath[$0, row]) } }, beneath.text)
        harness.press(.character("?"))
        assertNothingBeside("Help", in: harness.render())
    }

    func testSmallBoxesOverTheResultsLeaveNothingBesideThemOrJustAboveAndBelow() {
        let harness = resultsWithWideNotes()
        harness.press(.enter)
        assertNothingBeside("Why:", in: harness.render())
        harness.press(.escape)
        harness.press(.character("w"), .enter, .down, .enter)
        guard case .confirmChange? = harness.model.overlay else { return XCTFail("no confirmation: \(harness.render().text)") }
        assertNothingBeside("Keep this answer?", in: harness.render())
    }
}
