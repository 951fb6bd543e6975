import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// Worst realistic inputs in a real PDF: a long unbroken token anywhere used to make Chromium shrink
/// every page to about 75% to fit the widest line. The organization's name on page one is set at 20pt,
/// so its printed height tells whether the page was shrunk.
final class PDFPageOneScaleTests: XCTestCase {
    func testLongTokensWrapInsteadOfShrinkingThePage() throws {
        let renderer: ChromiumPDFRenderer
        do {
            renderer = try ChromiumPDFRenderer.locate()
        } catch {
            throw XCTSkip("PDF rendering not tested: \(error.description)")
        }
        guard let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("pdftotext not installed")
        }
        let questionnaire = try ReportFixtures.questionnaire()
        var assessment = try ReportFixtures.assessment("harbor-dental", questionnaire: questionnaire)
        assessment.assessor =
            "Alexandra Konstantinopoulou-Vandenberghe " + String(repeating: "Supercalifragilistic", count: 4) + " of the Northern Office"
        assessment.answers["internal-it"]?.note =
            "Runbooks: https://contoso.sharepoint.com/sites/ITOps/Shared%20Documents/Forms/AllItems.aspx?id=%2Fsites%2FITOps%2FShared%20Documents%2FRunbooks"
        assessment.answers["internal-it"]?.shareNote = true
        for audience in Audience.allCases {
            let report = ReportFixtures.report(for: assessment, questionnaire: questionnaire, options: Report.Options(audience: audience))
            for paper in [Paper.letter, .a4] {
                let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("scale-\(UUID().uuidString).pdf")
                defer { try? FileManager.default.removeItem(at: pdf) }
                try Data(renderer.renderPDF(html: HTMLReportRenderer.render(report, paper: paper))).write(to: pdf)
                let boxes = try Self.run(pdftotext, ["-f", "1", "-l", "1", "-bbox", pdf.path, "-"])
                let title = try XCTUnwrap(boxes.firstMatch(of: /yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">Harbor</), "\(paper)")
                let height = (Double(title.2) ?? 0) - (Double(title.1) ?? 0)
                // Unshrunk the 20pt title's box is about 23pt high; shrunk to fit, about 17pt.
                XCTAssertGreaterThan(height, 21, "page one on \(paper) (\(audience)) is printed at full scale")
                let text = try Self.run(pdftotext, ["-f", "1", "-l", "1", pdf.path, "-"])
                for expected in ["Strong fit", "Blockers: deal with these first", "First next steps", "Readiness signals"] {
                    XCTAssertTrue(text.contains(expected), "page one on \(paper) (\(audience)) lacks \(expected)")
                }
            }
        }
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
