import XCTest

@testable import ReadinessCore

/// Rating ids in the engine's sentences read as words, and only where an id stands alone.
final class RatingWordsTests: XCTestCase {
    func testEveryRatingIdReadsAsItsTitle() {
        for rating in Rating.allCases {
            XCTAssertEqual(Rating.inWords("the \(rating.rawValue) band"), "the \(rating.title) band")
        }
    }

    func testAnIdInsideALongerWordIsLeftAlone() {
        XCTAssertEqual(Rating.inWords("rule not-yet-ready and strong-fit."), "rule not-yet-ready and Strong fit.")
        XCTAssertEqual(Rating.inWords("(need 77 is in the strong-fit band, 55-100)"), "(need 77 is in the Strong fit band, 55-100)")
    }
}
