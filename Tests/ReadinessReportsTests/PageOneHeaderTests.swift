import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// Page one says whom the summary is prepared for and, with a sender in report.conf, by whom, in every
/// format; `--ascii` spells the names in ASCII where it can.
final class PageOneHeaderTests: XCTestCase {
    private let sender = Sender(name: "Northbridge IT Partners", contact: "Jo Park, +1 555 0100")

    private func report(organization: String? = nil, assessor: String? = nil, options: Report.Options) throws -> Report {
        let questionnaire = try ReportFixtures.questionnaire()
        var assessment = try ReportFixtures.assessment("harbor-dental", questionnaire: questionnaire)
        if let organization { assessment.organization = organization }
        if let assessor { assessment.assessor = assessor }
        return ReportFixtures.report(for: assessment, questionnaire: questionnaire, options: options)
    }

    func testPageOneSaysPreparedForAndPreparedBy() throws {
        let report = try report(options: Report.Options(audience: .client, sender: sender))
        let text = TextReportRenderer.render(report)
        XCTAssertTrue(
            text.hasPrefix(
                """
                CO-MANAGED IT READINESS SUMMARY, PREPARED FOR
                Harbor Dental Group
                ===================
                Date 2026-03-10 | Assessor Dana Whitfield | Discovery call
                Prepared by Northbridge IT Partners (Jo Park, +1 555 0100)

                """), text)
        let markdown = MarkdownReportRenderer.render(report)
        XCTAssertTrue(
            markdown.contains("\nPrepared for Harbor Dental Group · Prepared by Northbridge IT Partners (Jo Park, +1 555 0100)  \n"),
            markdown)
        let html = HTMLReportRenderer.render(report)
        XCTAssertTrue(
            html.contains(
                """
                <div><span class="prepared-by">Prepared by</span> <bdi class="sender-name">Northbridge IT Partners</bdi></div>\
                <div class="sender-contact"><bdi>Jo Park, +1 555 0100</bdi></div>
                """), html)
        XCTAssertTrue(
            html.contains(
                "<div class=\"kicker\">Co-managed IT readiness summary, prepared for</div>\n<h1><bdi>Harbor Dental Group</bdi></h1>"))
    }

    func testWithoutSenderOrOrganizationOnlyWhatIsKnownIsSaid() throws {
        let plain = try report(options: Report.Options(audience: .client))
        XCTAssertTrue(MarkdownReportRenderer.render(plain).contains("\nPrepared for Harbor Dental Group  \n"))
        XCTAssertFalse(MarkdownReportRenderer.render(plain).contains("Prepared by"))
        XCTAssertFalse(HTMLReportRenderer.render(plain).contains("Prepared by"))
        // Redacted: no organization to name, so no "prepared for"; the sender stays.
        let redacted = try report(options: Report.Options(redact: true, sender: sender))
        XCTAssertTrue(TextReportRenderer.render(redacted).hasPrefix("CO-MANAGED IT READINESS SUMMARY\nRedacted organization\n"))
        XCTAssertTrue(
            MarkdownReportRenderer.render(redacted).contains("\nPrepared by Northbridge IT Partners (Jo Park, +1 555 0100)  \n"))
        XCTAssertTrue(HTMLReportRenderer.render(redacted).contains("<div class=\"kicker\">Co-managed IT readiness summary</div>"))
    }

    func testASCIISpellsTheNamesInASCII() throws {
        let report = try report(
            organization: "Zahnärzte Müller & Søn, Łódź", assessor: "Ольга Щукина",
            options: Report.Options(audience: .client, sender: Sender(name: "Straße IT", contact: "مكتب")))
        let text = TextReportRenderer.render(report, ascii: true)
        XCTAssertTrue(
            text.hasPrefix(
                """
                CO-MANAGED IT READINESS SUMMARY, PREPARED FOR
                Zahnarzte Muller & Son, Lodz
                ============================
                Date 2026-03-10 | Assessor Olga Shchukina | Discovery call
                Prepared by Strasse IT (?)

                """), text)
        XCTAssertTrue(text.unicodeScalars.allSatisfy(\.isASCII))
        let markdown = MarkdownReportRenderer.render(report, ascii: true)
        XCTAssertTrue(markdown.hasPrefix("# Co-managed IT readiness summary: Zahnarzte Muller \\& Son, Lodz\n"), markdown)
        XCTAssertTrue(
            markdown.contains("\nPrepared for Zahnarzte Muller \\& Son, Lodz · Prepared by Strasse IT (?)  \n".replacing("·", with: "-")),
            markdown)
    }
}
