import XCTest

@testable import ReadinessReports

/// Each CSV field as RFC 4180 and a spreadsheet need it; the whole output is compared through the real
/// binary in `StoreCommandTests.testListAsCSVForASpreadsheetOrACRM`.
final class ListingCSVTests: XCTestCase {
    func testFieldsThatASpreadsheetWouldRunAsAFormulaStayText() {
        for (value, expected) in [
            ("=1+1", "'=1+1"), ("+44 20 7946 0000", "'+44 20 7946 0000"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("a=b", "a=b"),
        ] {
            XCTAssertEqual(ListingRenderer.csvField(value), expected, value)
        }
    }

    func testFieldsAreQuotedOnlyWhenTheyMustBe() {
        for (value, expected) in [
            ("Acme Dental", "Acme Dental"), ("Birch, Clinic", "\"Birch, Clinic\""), ("The \"Best\" Co", "\"The \"\"Best\"\" Co\""),
            ("two\nlines", "\"two\nlines\""), ("two\r\nlines", "\"two\r\nlines\""), ("", ""),
        ] {
            XCTAssertEqual(ListingRenderer.csvField(value), expected, value)
        }
    }
}
