import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// Every format of three realistic assessments, compared exactly with `Snapshots/`.
///
/// The dates come from the fixture files and are printed in UTC, so the output is the same in any time
/// zone; `testOutputDoesNotDependOnTheTimeZone` holds that.
final class ReportSnapshotTests: XCTestCase {
    private let rendering = ReportRendering()

    func testHarborDental() throws { try assertEveryFormat("harbor-dental") }

    func testNorthwindFreight() throws { try assertEveryFormat("northwind-freight") }

    func testCedarPineLaw() throws { try assertEveryFormat("cedar-pine-law") }

    func testRedactedHarborDental() throws {
        try assertEveryFormat("harbor-dental", options: Report.Options(redact: true), suffix: "-redacted")
    }

    func testTalkingPointsOnlyWhenAskedFor() throws {
        let report = try ReportFixtures.report("harbor-dental", options: Report.Options(includeTalkingPoints: true))
        assertSnapshot(MarkdownReportRenderer.render(report), named: "harbor-dental-talking-points.md")
        let plain = try ReportFixtures.report("harbor-dental")
        XCTAssertFalse(MarkdownReportRenderer.render(plain).contains("Talking points"))
        XCTAssertFalse(HTMLReportRenderer.render(plain).contains("Talking points"))
    }

    func testASCIIText() throws {
        let report = try ReportFixtures.report("northwind-freight")
        let text = TextReportRenderer.render(report, ascii: true)
        assertSnapshot(text, named: "northwind-freight-ascii.txt")
        XCTAssertTrue(text.unicodeScalars.allSatisfy(\.isASCII), "non-ASCII in --ascii output")
    }

    func testHTMLWithAPaperSize() throws {
        let report = try ReportFixtures.report("harbor-dental")
        XCTAssertTrue(HTMLReportRenderer.render(report, paper: .a4).contains("@page { size: A4; margin:"))
        XCTAssertTrue(HTMLReportRenderer.render(report, paper: .letter).contains("@page { size: letter; margin:"))
        XCTAssertTrue(HTMLReportRenderer.render(report).contains("@page { margin:"), "without a paper size the printer's is used")
    }

    /// The stylesheet every HTML report and PDF carries, snapshotted once for all of them.
    func testStylesheet() {
        assertSnapshot(HTMLReportStyle.sheet, named: "report-style.css")
    }

    func testOutputDoesNotDependOnTheTimeZone() throws {
        let report = try ReportFixtures.report("northwind-freight")
        let before = TextReportRenderer.render(report)
        let saved = ProcessInfo.processInfo.environment["TZ"]
        setenv("TZ", "Pacific/Kiritimati", 1)
        tzset()
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        // 16:20 UTC on the 4th is already the 5th at UTC+14: the report keeps the UTC date.
        XCTAssertEqual(report.dateLabel, "2026-05-04")
        XCTAssertEqual(TextReportRenderer.render(report), before)
    }

    private func assertEveryFormat(
        _ name: String, options: Report.Options = Report.Options(), suffix: String = "", file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let report = try ReportFixtures.report(name, options: options)
        for format in [ReportFormat.text, .markdown, .html, .json] {
            let bytes = try rendering.render(report, as: format)
            let text = String(decoding: bytes, as: UTF8.self)
            let snapshot = "\(name)\(suffix).\(format.fileExtension)"
            if format == .html {
                assertHTMLSnapshot(text, named: snapshot, file: file, line: line)
            } else {
                assertSnapshot(text, named: snapshot, file: file, line: line)
            }
            if format == .json { assertMatchesReportSchema(text, "\(name)\(suffix)", file: file, line: line) }
        }
    }
}
