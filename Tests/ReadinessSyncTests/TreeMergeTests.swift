import XCTest

@testable import ReadinessSync

/// The per-file decision of a sync: nothing is ever lost, and only a change on both sides keeps two versions.
final class TreeMergeTests: XCTestCase {
    func testOneSideChangedTakesThatSide() {
        XCTAssertEqual(TreeMerge.decide(base: "a", ours: "b", theirs: "a"), .ours)
        XCTAssertEqual(TreeMerge.decide(base: "a", ours: "a", theirs: "b"), .theirs)
        XCTAssertEqual(TreeMerge.decide(base: nil, ours: nil, theirs: "b"), .theirs)
        XCTAssertEqual(TreeMerge.decide(base: nil, ours: "b", theirs: nil), .ours)
    }

    func testTheSameChangeOnBothSidesIsNoConflict() {
        XCTAssertEqual(TreeMerge.decide(base: "a", ours: "b", theirs: "b"), .ours)
        XCTAssertEqual(TreeMerge.decide(base: "a", ours: nil, theirs: nil), .ours)
    }

    func testDifferentChangesOnBothSidesKeepBoth() {
        XCTAssertEqual(TreeMerge.decide(base: "a", ours: "b", theirs: "c"), .keepBoth)
        XCTAssertEqual(TreeMerge.decide(base: nil, ours: "b", theirs: "c"), .keepBoth)
    }

    func testADeletionNeverWinsOverAChange() {
        XCTAssertEqual(TreeMerge.decide(base: "a", ours: nil, theirs: "c"), .theirs)
        XCTAssertEqual(TreeMerge.decide(base: "a", ours: "b", theirs: nil), .ours)
        // Deleted on one side, untouched on the other: the deletion stands.
        XCTAssertEqual(TreeMerge.decide(base: "a", ours: nil, theirs: "a"), .ours)
        XCTAssertEqual(TreeMerge.decide(base: "a", ours: "a", theirs: nil), .theirs)
    }
}
