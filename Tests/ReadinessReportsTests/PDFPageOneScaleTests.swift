import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// Worst realistic inputs in a real PDF: a long unbroken token anywhere used to make Chromium shrink
/// every page to about 75% to fit the widest line. The organization's name on page one is set at 20pt,
/// so its printed height tells whether the page was shrunk.
final class PDFPageOneScaleTests: XCTestCase {
    func testLongTokensWrapInsteadOfShrinkingThePage() throws {
        let renderer = try PDFTools.browser()
        let pdftotext = try PDFTools.poppler("pdftotext")
        let questionnaire = try ReportFixtures.questionnaire()
        var assessment = try ReportFixtures.assessment("harbor-dental", questionnaire: questionnaire)
        Self.addLongTokens(to: &assessment)
        for audience in Audience.allCases {
            let report = ReportFixtures.report(for: assessment, questionnaire: questionnaire, options: Report.Options(audience: audience))
            for paper in [Paper.letter, .a4] {
                let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("scale-\(UUID().uuidString).pdf")
                defer { try? FileManager.default.removeItem(at: pdf) }
                try Data(renderer.renderPDF(html: HTMLReportRenderer.render(report, paper: paper))).write(to: pdf)
                let boxes = try PDFTools.run(pdftotext, ["-f", "1", "-l", "1", "-bbox", pdf.path, "-"])
                let title = try XCTUnwrap(boxes.firstMatch(of: /yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">Harbor</), "\(paper)")
                let height = (Double(title.2) ?? 0) - (Double(title.1) ?? 0)
                // Unshrunk the 20pt title's box is about 23pt high; shrunk to fit, about 17pt.
                XCTAssertGreaterThan(height, 21, "page one on \(paper) (\(audience)) is printed at full scale")
                let text = try PDFTools.run(pdftotext, ["-f", "1", "-l", "1", pdf.path, "-"])
                for expected in ["Strong fit", "Blockers: deal with these first", "First next steps", "Readiness signals"] {
                    XCTAssertTrue(text.contains(expected), "page one on \(paper) (\(audience)) lacks \(expected)")
                }
                try Self.assertEveryPageAtFullScale(pdf, pdftotext: pdftotext, label: "\(paper) (\(audience))")
            }
        }
    }

    /// The worst page one on Letter: a name over two lines, four blockers, the draft notice (and the
    /// internal copy's notice too), with a long assessor and a long link. Page one keeps the verdict, the
    /// blockers and the whole chart, and no page is shrunk.
    func testATwoLineNameFourBlockersAndTheNoticeStillFitPageOneAtFullScale() throws {
        let renderer = try PDFTools.browser()
        let pdftotext = try PDFTools.poppler("pdftotext")
        let (questionnaire, assessment) = try Self.worstPageOne()
        for audience in Audience.allCases {
            let report = ReportFixtures.report(for: assessment, questionnaire: questionnaire, options: Report.Options(audience: audience))
            XCTAssertEqual(report.result.blockers.count, 4)
            XCTAssertTrue(report.notices.contains { $0.hasPrefix("Draft: 13 of 14 questions answered") }, "\(report.notices)")
            for paper in [Paper.letter, .a4] {
                let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("worst-\(UUID().uuidString).pdf")
                defer { try? FileManager.default.removeItem(at: pdf) }
                try Data(renderer.renderPDF(html: HTMLReportRenderer.render(report, paper: paper))).write(to: pdf)
                let first = try PDFTools.run(pdftotext, ["-f", "1", "-l", "1", pdf.path, "-"]).split(whereSeparator: \.isWhitespace)
                    .joined(separator: " ")
                var expected = [
                    "Professional Corporation", "Draft: 13 of 14", "Blockers: deal with these first", "First next steps",
                    "Readiness signals",
                ]
                expected += report.result.blockers.map(\.title) + report.chart.map(\.title)
                for text in expected {
                    XCTAssertTrue(first.contains(text), "page one on \(paper) (\(audience)) lacks \(text)")
                }
                try Self.assertEveryPageAtFullScale(pdf, pdftotext: pdftotext, label: "\(paper) (\(audience))")
            }
        }
    }

    /// The check of every page's scale fails on a document the browser had to shrink, so it can be trusted.
    func testTheScaleCheckCatchesAShrunkDocument() throws {
        let renderer = try PDFTools.browser()
        let pdftotext = try PDFTools.poppler("pdftotext")
        // A block wider than the paper: Chromium shrinks every page to fit it, as a long token once did.
        let html = HTMLReportRenderer.render(try ReportFixtures.report("harbor-dental"), paper: .letter)
            .replacingOccurrences(of: "<main>\n", with: "<main>\n<div style=\"width: 280mm; height: 1px\"></div>\n")
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("shrunk-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: pdf) }
        try Data(renderer.renderPDF(html: html)).write(to: pdf)
        XCTAssertFalse(try Self.pagesAtFullScale(pdf, pdftotext: pdftotext).allSatisfy { $0 })
    }

    /// Every page's text reaches the right margin: a page the browser shrank to fit something too wide
    /// leaves its text short of it by a quarter of the width. The running header and footer, laid out
    /// apart from the page's content, are not counted.
    static func assertEveryPageAtFullScale(_ pdf: URL, pdftotext: String, label: String, file: StaticString = #filePath, line: UInt = #line)
        throws
    {
        for (index, full) in try pagesAtFullScale(pdf, pdftotext: pdftotext).enumerated() {
            XCTAssertTrue(full, "page \(index + 1) on \(label) is shrunk", file: file, line: line)
        }
    }

    /// For each page, whether its content reaches within 15% of the content width of the right margin.
    static func pagesAtFullScale(_ pdf: URL, pdftotext: String) throws -> [Bool] {
        let boxes = try PDFTools.run(pdftotext, ["-bbox", pdf.path, "-"])
        let points = 72 / 25.4
        return boxes.components(separatedBy: "<page ").dropFirst().map { page in
            guard let size = page.firstMatch(of: /width="([0-9.]+)" height="([0-9.]+)"/),
                let width = Double(size.1), let height = Double(size.2)
            else { return false }
            // The @page margins: 15mm at the top, 14mm at the sides, 16mm at the bottom.
            let right = width - 14 * points
            let contentWidth = right - 14 * points
            var reach = 0.0
            for word in page.matches(of: /yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)"/) {
                guard let top = Double(word.1), let xMax = Double(word.2), let bottom = Double(word.3),
                    top > 15 * points, bottom < height - 16 * points
                else { continue }
                reach = max(reach, xMax)
            }
            return reach > right - 0.15 * contentWidth
        }
    }

    /// The fixture questionnaire with three more blockers, and Harbor Dental as a draft of a two-line
    /// name whose open admin-access answer could still reveal a blocker.
    static func worstPageOne() throws -> (Questionnaire, Assessment) {
        let path = ReportFixtures.folder.appendingPathComponent("report-fixture.yaml").path
        let blockers = """
            blockers:
              - id: after-hours-one-phone
                when: {question: after-hours, is: one-phone}
                title: After-hours calls go to one personal phone
                explain: "When that phone is off, an outage waits for the morning."
              - id: documentation-scattered
                when: {question: documentation-state, is: scattered}
                title: How the systems are set up is written down nowhere
                explain: "Nobody but the person who built them can restore or change them."
              - id: projects-slipping
                when: {question: project-delivery, is: slipping}
                title: Projects keep slipping behind the day-to-day work
                explain: "The imaging migration is a year late; the next project will be too."

            """
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "blockers:\n", with: blockers)
        let questionnaire = try QuestionnaireLoader.load(SourceFile(path: path, text: text))
        var assessment = try ReportFixtures.assessment("harbor-dental", questionnaire: questionnaire)
        assessment.organization = "Harbor Dental Group of the Greater Tri-County Area, Professional Corporation"
        assessment.status = .draft
        assessment.answers["admin-access"] = nil
        addLongTokens(to: &assessment)
        return (questionnaire, assessment)
    }

    /// A 120-character assessor with a 60-character token, and a shared note holding a long SharePoint link.
    static func addLongTokens(to assessment: inout Assessment) {
        assessment.assessor =
            "Alexandra Konstantinopoulou-Vandenberghe " + String(repeating: "Supercalifragilistic", count: 4) + " of the Northern Office"
        assessment.answers["internal-it"]?.note =
            "Runbooks: https://contoso.sharepoint.com/sites/ITOps/Shared%20Documents/Forms/AllItems.aspx?id=%2Fsites%2FITOps%2FShared%20Documents%2FRunbooks"
        assessment.answers["internal-it"]?.shareNote = true
    }
}
