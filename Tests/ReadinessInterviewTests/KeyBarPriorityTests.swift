import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// The key bar at narrow widths keeps each screen's way out and main actions.
final class KeyBarPriorityTests: XCTestCase {
    private func keyBar(_ harness: InterviewHarness) -> String {
        harness.render().text.components(separatedBy: "\n").last ?? ""
    }

    func testTheResultsKeepExportAndContinuingAt70Columns() throws {
        let harness = try ShippedCall.onResults(size: ScreenSize(width: 70, height: 24), alsoLoaded: ["co-managed-readiness"])
        XCTAssertFalse(harness.model.continuationTargets.isEmpty, "the shipped call can go on into the full assessment")
        let bar = keyBar(harness)
        for wanted in ["e export", "f full assessment", "b back", "q quit", "? help"] {
            XCTAssertTrue(bar.contains(wanted), "\(wanted) missing from: \(bar)")
        }
    }

    func testTheStartScreenKeepsItsWayOutAt70Columns() {
        for width in [64, 70] {
            let harness = InterviewHarness(size: ScreenSize(width: width, height: 24))
            let bar = keyBar(harness)
            XCTAssertTrue(bar.contains("Ctrl-C leave"), "at \(width): \(bar)")
        }
    }
}
