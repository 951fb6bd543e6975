import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// An Arabic or Hebrew organization or sender reorders nothing of the program's own: the date after the
/// name in every page's running header stays `2026-03-10`, read back from real PDFs with `pdftotext`.
/// Without the isolates the browser prints it as "02-03-2026 ,<name>" in the header. Skipped, saying
/// so, without a browser or poppler.
final class PDFRightToLeftTests: XCTestCase {
    static let names = ["مجموعة هاربر لطب الأسنان", "מרפאת שיניים הרבור"]

    func testTheRunningHeaderKeepsTheDateAfterARightToLeftName() throws {
        let renderer = try PDFTools.browser()
        let pdftotext = try PDFTools.poppler("pdftotext")
        let folder = try PDFTools.temporaryFolder("readiness-rtl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let questionnaire = try ReportFixtures.questionnaire()
        for (name, paper) in zip(Self.names, [Paper.a4, .letter]) {
            var assessment = try ReportFixtures.assessment("harbor-dental", questionnaire: questionnaire)
            assessment.organization = name
            let sender = Sender(name: "شركة نورثبريدج", contact: "جو بارك, +1 555 0100")
            let report = ReportFixtures.report(for: assessment, questionnaire: questionnaire, options: Report.Options(sender: sender))
            let pdf = folder.appendingPathComponent("\(paper).pdf")
            try Data(renderer.renderPDF(html: HTMLReportRenderer.render(report, paper: paper))).write(to: pdf)
            let pages = try PDFLastPageTests.pages(of: pdf, pdftotext: pdftotext).map(Self.withoutDirectionMarks)
            XCTAssertGreaterThan(pages.count, 1)
            for (index, page) in pages.enumerated().dropFirst() {
                // The running title, left; the sender's name is in the same line, far right.
                let line = page.split(separator: "\n").first.map { $0.trimmingWhitespace() } ?? ""
                let header = line.split(separator: "   ").first.map(String.init) ?? ""
                XCTAssertTrue(header.hasPrefix("Co-managed IT readiness summary: "), "page \(index + 1) on \(paper): \(header)")
                XCTAssertTrue(header.hasSuffix(", 2026-03-10"), "page \(index + 1) on \(paper): the date moved: \(header)")
                // The first word only: poppler takes the Arabic lam-alef ligature apart in its own order.
                XCTAssertTrue(header.contains(name.split(separator: " ")[0]), "page \(index + 1) on \(paper): \(header)")
                XCTAssertTrue(line.hasSuffix("شركة نورثبريدج"), "page \(index + 1) on \(paper): the sender, right: \(line)")
            }
            XCTAssertFalse(pages.joined().contains("10-03-2026"), "a date printed backwards on \(paper)")
            XCTAssertTrue(pages[0].contains("Date 2026-03-10"), "page one's facts on \(paper)")
        }
    }

    /// The text without the isolates and embeddings `pdftotext` writes around right-to-left runs (and
    /// keeps from the document), so that what is compared is the characters in reading order.
    static func withoutDirectionMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x202A...0x202E ~= $0.value) && !(0x2066...0x2069 ~= $0.value) }))
    }
}
