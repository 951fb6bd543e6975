import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// The typical summary, appendix included, prints in at most four pages: the client copies of the case
/// library's realistic organizations (`co-managed-readiness.v2.json` of every case, scored with the shipped
/// questionnaire), printed by a real browser on A4 and on Letter and counted with `pdfinfo`. The median is
/// held to four pages; the longest (many unknowns, many reasons) to six. Skipped, saying so, without a
/// browser or poppler. `READINESS_KEEP_PDFS=folder` keeps the PDFs.
final class PDFCaseLibraryPagesTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testTheTypicalCaseLibrarySummaryFitsFourPagesOnA4AndLetter() throws {
        let renderer = try PDFTools.browser()
        let pdfinfo = try PDFTools.poppler("pdfinfo")
        let folder = try PDFTools.temporaryFolder("readiness-case-pages")
        defer { try? FileManager.default.removeItem(at: folder) }
        let keep = ProcessInfo.processInfo.environment["READINESS_KEEP_PDFS"]
        let questionnairePath = Self.repository.appendingPathComponent("questionnaires/co-managed-readiness-v2.yaml").path
        let questionnaire = try QuestionnaireLoader.load(
            SourceFile(path: questionnairePath, text: String(contentsOfFile: questionnairePath, encoding: .utf8)),
            includes: { path, including in
                let resolved = IncludePath.resolve(path, from: including.path)
                return SourceFile(path: resolved, text: try String(contentsOfFile: resolved, encoding: .utf8))
            })
        let library = Self.repository.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures/case-library")
        let cases = try FileManager.default.contentsOfDirectory(atPath: library.path).sorted()
        for paper in [Paper.a4, .letter] {
            var counts: [Int] = []
            for name in cases {
                let path = library.appendingPathComponent("\(name)/co-managed-readiness.v2.json").path
                guard FileManager.default.fileExists(atPath: path) else { continue }
                let assessment = try AssessmentFile.decode(
                    SourceFile(path: path, text: String(contentsOfFile: path, encoding: .utf8)), questionnaire: questionnaire)
                let report = ReportFixtures.report(
                    for: assessment, questionnaire: questionnaire, options: Report.Options(audience: .client))
                let pdf = folder.appendingPathComponent("\(name)-\(paper).pdf")
                try Data(renderer.renderPDF(html: HTMLReportRenderer.render(report, paper: paper))).write(to: pdf)
                if let keep { try? FileManager.default.copyItem(atPath: pdf.path, toPath: "\(keep)/\(name)-\(paper).pdf") }
                let info = try PDFTools.run(pdfinfo, [pdf.path])
                let pages = try XCTUnwrap(info.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.1) }, "\(name) on \(paper)")
                XCTAssertLessThanOrEqual(pages, 6, "\(name) on \(paper)")
                counts.append(pages)
            }
            XCTAssertGreaterThan(counts.count, 20, "the case library is read")
            let median = counts.sorted()[counts.count / 2]
            XCTAssertLessThanOrEqual(median, 4, "the median client summary on \(paper); pages: \(counts.sorted())")
        }
    }
}
