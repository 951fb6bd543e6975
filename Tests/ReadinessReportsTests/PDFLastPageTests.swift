import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// No printed summary ends on a page that holds one paragraph and the footer: every fixture, both
/// copies, on A4 and on Letter, printed by a real browser and read back page by page with `pdftotext`.
/// Skipped, saying so, without a browser or poppler. `READINESS_KEEP_PDFS=folder` keeps the PDFs.
final class PDFLastPageTests: XCTestCase {
    /// The fewest lines of body text (running header, page number and footer not counted) the last page
    /// holds: a lone paragraph of the back matter is two to four lines.
    static let fewestBodyLines = 6

    func testNoSummaryEndsOnAPageWithOneParagraphAndTheFooter() throws {
        let renderer = try PDFTools.browser()
        let pdftotext = try PDFTools.poppler("pdftotext")
        let folder = try PDFTools.temporaryFolder("readiness-last-page")
        defer { try? FileManager.default.removeItem(at: folder) }
        let keep = ProcessInfo.processInfo.environment["READINESS_KEEP_PDFS"]
        for name in ReportFixtures.assessmentNames {
            for audience in [Audience.client, .internal] {
                let report = try ReportFixtures.report(name, options: Report.Options(audience: audience))
                for paper in [Paper.a4, .letter] {
                    let label = "\(name)-\(audience)-\(paper)"
                    let pdf = folder.appendingPathComponent("\(label).pdf")
                    try Data(renderer.renderPDF(html: HTMLReportRenderer.render(report, paper: paper))).write(to: pdf)
                    if let keep { try? FileManager.default.copyItem(atPath: pdf.path, toPath: "\(keep)/\(label).pdf") }
                    let pages = try Self.pages(of: pdf, pdftotext: pdftotext)
                    let last = try XCTUnwrap(pages.last, label)
                    let body = Self.bodyLines(of: last, report: report)
                    XCTAssertGreaterThanOrEqual(
                        body.count, Self.fewestBodyLines,
                        "\(label): the last of \(pages.count) pages holds only:\n\(body.joined(separator: "\n"))")
                }
            }
        }
    }

    /// The lines of body text of the last page, on its own: a page that holds the footer alone, or a
    /// lone paragraph, is under the limit, and a full page is far over it.
    func testBodyLinesLeaveOutTheHeaderThePageNumberAndTheFooter() throws {
        let report = try ReportFixtures.report("harbor-dental")
        let page = """
            Co-managed IT readiness summary: \u{2068}Harbor Dental Group\u{2069}, 2026-03-10

                  A reason that ends here.

            Co-managed IT readiness summary, 2026-03-10. Scored with Co-managed IT readiness (report fixture)
            (report-fixture, version 3). Every number in it can be checked by hand from the answers shown.

                                                                                          Page 4 of 4
            """
        XCTAssertEqual(Self.bodyLines(of: page, report: report), ["A reason that ends here."])
    }

    /// Each page's text, laid out as printed.
    static func pages(of pdf: URL, pdftotext: String) throws -> [String] {
        let text = try PDFTools.run(pdftotext, ["-layout", pdf.path, "-"])
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
        return pages
    }

    /// A page's lines of body text: not blank, not the running header, not "Page N of M", and not the
    /// footer paragraph (from the line that starts it to the page's end). The isolates around the names
    /// in the running header are in the PDF's text too; they are left out before comparing.
    static func bodyLines(of page: String, report: Report) -> [String] {
        let text = String(String.UnicodeScalarView(page.unicodeScalars.filter { $0.value != 0x2068 && $0.value != 0x2069 }))
        var lines = text.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        if let footer = lines.firstIndex(where: { $0.hasPrefix("\(report.title), \(report.dateLabel). Scored with") }) {
            lines.removeSubrange(footer...)
        }
        let runningHeader = report.runningTitle.plain
        return lines.filter { line in
            !line.hasPrefix(runningHeader) && line.firstMatch(of: /^Page \d+ of \d+$/) == nil
        }
    }
}
