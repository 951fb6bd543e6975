import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// The sender's name, contact line and logo in every format, kept by `--redact`, and the logo checked by
/// its first bytes and size.
final class SenderTests: XCTestCase {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    static let svg = Array(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg>\n".utf8)

    func testALogoIsRecognizedByItsFirstBytes() throws {
        XCTAssertEqual(try Logo(bytes: Self.png).mediaType, "image/png")
        XCTAssertEqual(try Logo(bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0, 16]).mediaType, "image/jpeg")
        XCTAssertEqual(try Logo(bytes: Self.svg).mediaType, "image/svg+xml")
        XCTAssertEqual(try Logo(bytes: [0xEF, 0xBB, 0xBF] + Array("  <svg viewBox=\"0 0 1 1\"/>".utf8)).mediaType, "image/svg+xml")
        XCTAssertEqual(try Logo(bytes: Self.png).dataURI, "data:image/png;base64,iVBORw0KGgoAAAAN")
    }

    func testAnythingElseIsRefusedWithAReason() {
        for (bytes, problem) in [
            (Array("GIF89a".utf8), Logo.Problem.unknownKind), (Array("<html><body><svg/></body></html>".utf8), .unknownKind),
            (Array("just text".utf8), .unknownKind), ([], .empty), (Self.png + [UInt8](repeating: 0, count: Logo.maximumBytes), .tooLarge),
        ] {
            XCTAssertThrowsError(try Logo(bytes: bytes)) { XCTAssertEqual($0 as? Logo.Problem, problem) }
        }
        XCTAssertEqual(
            Logo.Problem.unknownKind.description, "the logo is not a PNG, a JPEG or an SVG (its first bytes say so, whatever its name)")
        XCTAssertTrue(Logo.Problem.tooLarge.description.contains("larger than 256 KB"))
    }

    private func report(redact: Bool = false) throws -> Report {
        let sender = Sender(name: "Northbridge <IT> & Partners", contact: "Jo Park, +1 555 0100", logo: try Logo(bytes: Self.svg))
        return try ReportFixtures.report("harbor-dental", options: Report.Options(redact: redact, sender: sender))
    }

    func testEveryFormatNamesTheSenderAndRedactingKeepsIt() throws {
        let rendering = ReportRendering()
        for redact in [false, true] {
            let report = try report(redact: redact)
            let text = String(decoding: try rendering.render(report, as: .text), as: UTF8.self)
            XCTAssertTrue(text.contains("Prepared by Northbridge <IT> & Partners (Jo Park, +1 555 0100)\n"), text)
            let markdown = String(decoding: try rendering.render(report, as: .markdown), as: UTF8.self)
            XCTAssertTrue(markdown.contains("Prepared by Northbridge \\<IT\\> \\& Partners (Jo Park, +1 555 0100)  \n"), markdown)
            let html = HTMLReportRenderer.render(report, paper: .a4)
            XCTAssertTrue(
                html.contains(
                    "<div><span class=\"prepared-by\">Prepared by</span> <bdi class=\"sender-name\">Northbridge &lt;IT&gt; &amp; Partners</bdi></div>"
                ))
            XCTAssertTrue(html.contains("<img class=\"logo\" alt=\"\" src=\"\(try Logo(bytes: Self.svg).dataURI)\">"))
            XCTAssertTrue(html.contains("@top-right { content: \"Northbridge \\3c IT\\3e  \\26  Partners\";"), "every page's header")
            // The footer isolates the name and the contact line, so a right-to-left name cannot reorder the number after it.
            XCTAssertTrue(
                html.contains(
                    "Prepared by <bdi>Northbridge &lt;IT&gt; &amp; Partners</bdi> (<bdi>Jo Park, +1 555 0100</bdi>). Confidential:"))
            let json = String(decoding: try rendering.render(report, as: .json), as: UTF8.self)
            XCTAssertTrue(
                json.contains(
                    "\"sender\": {\n    \"name\": \"Northbridge <IT> & Partners\",\n    \"contact\": \"Jo Park, +1 555 0100\"\n  },"),
                json)
            assertMatchesReportSchema(json, "sender")
            XCTAssertEqual(report.documentInfo.author, "Northbridge <IT> & Partners")
        }
    }

    func testWithoutASenderNothingIsSaid() throws {
        let report = try ReportFixtures.report("harbor-dental")
        XCTAssertNil(report.sender)
        XCTAssertFalse(HTMLReportRenderer.render(report).contains("class=\"sender"))
        XCTAssertFalse(HTMLReportRenderer.render(report).contains("@top-right { content: \""))
        XCTAssertEqual(report.documentInfo.author, "Dana Whitfield", "the assessor wrote it")
        XCTAssertNil(try ReportFixtures.report("harbor-dental", options: Report.Options(redact: true)).documentInfo.author)
    }
}
