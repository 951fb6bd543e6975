import XCTest

@testable import ReadinessCore

/// The one file-name scheme of every export, whichever front end or command suggests the name.
final class ExportFileNameTests: XCTestCase {
    func testTheOrganizationAndTheDayInLowerCaseASCII() {
        XCTAssertEqual(
            ExportFileName.stem(organization: "Harbor Dental Group", day: "2026-03-10", audience: .client), "harbor-dental-group-2026-03-10"
        )
        XCTAssertEqual(
            ExportFileName.stem(organization: "Zürich Öl & Gas, AG", day: "2026-03-10", audience: .client), "zurich-ol-gas-ag-2026-03-10")
        XCTAssertEqual(ExportFileName.stem(organization: "../../etc/passwd", day: "2026-03-10", audience: .client), "etc-passwd-2026-03-10")
    }

    func testNothingLeftOfTheNameGivesAssessment() {
        XCTAssertEqual(ExportFileName.stem(organization: "", day: "2026-03-10", audience: .client), "assessment-2026-03-10")
        XCTAssertEqual(ExportFileName.stem(organization: "東京 — 株式会社", day: "2026-03-10", audience: .client), "assessment-2026-03-10")
    }

    func testALongNameIsCutWithoutATrailingDash() {
        let stem = ExportFileName.stem(organization: String(repeating: "abcde ", count: 30), day: "2026-03-10", audience: .client)
        XCTAssertEqual(stem, String(String(repeating: "abcde-", count: 10).dropLast()) + "-2026-03-10")
    }

    func testTheInternalCopyIsMarkedSoItNeverReplacesTheClientCopy() {
        let client = ExportFileName.stem(organization: "Cedar Vale Veterinary Partners", day: "2026-12-04", audience: .client)
        let internalCopy = ExportFileName.stem(organization: "Cedar Vale Veterinary Partners", day: "2026-12-04", audience: .internal)
        XCTAssertEqual(client, "cedar-vale-veterinary-partners-2026-12-04")
        XCTAssertEqual(internalCopy, "cedar-vale-veterinary-partners-2026-12-04-internal")
        XCTAssertEqual(ExportFileName.stem(organization: "", day: "2026-12-04", audience: .internal), "assessment-2026-12-04-internal")
    }
}
