import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// The summary's title, the end of its rating key and the method's questionnaire paragraphs come from
/// the questionnaire, so a report on an MSP's own questionnaire speaks only of what that one asks.
///
/// The questionnaire is the example in `questionnaires/README.md`: three questions about after-hours
/// coverage and sites, nothing about leadership, handing IT off or an internal team.
final class QuestionnaireTextsTests: XCTestCase {
    private let rendering = ReportRendering()

    /// The first YAML example of the questionnaire guide, with `extra` after its summary line.
    private func readmeExample(adding extra: String = "") throws -> Questionnaire {
        let readme = ReportFixtures.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("questionnaires/README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "```yaml\n"))
        let end = try XCTUnwrap(text.range(of: "```\n", range: start.upperBound..<text.endIndex))
        var yaml = String(text[start.upperBound..<end.lowerBound])
        XCTAssertTrue(yaml.contains("id: tiny-check"), "the guide's first example is the tiny questionnaire")
        yaml = yaml.replacingOccurrences(of: "summary: Three questions, to show the format.\n", with: "summary: Three questions.\n" + extra)
        return try QuestionnaireLoader.load(SourceFile(path: "tiny.yaml", text: yaml))
    }

    private func renderings(_ questionnaire: Questionnaire) throws -> [String] {
        let assessment = Assessment(
            id: "tiny0001", questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
            organization: "Lakeside Clinic", assessor: "Sam Ortiz", mode: .call,
            created: Date(timeIntervalSince1970: 1_773_000_000), updated: Date(timeIntervalSince1970: 1_773_000_000),
            status: .complete,
            answers: ["after-hours": AnswerRecord(response: .choice("one-person")), "sites": AnswerRecord(response: .number(1))])
        let report = ReportFixtures.report(for: assessment, questionnaire: questionnaire)
        return try [ReportFormat.text, .markdown, .html].map { String(decoding: try rendering.render(report, as: $0), as: UTF8.self) }
    }

    func testAReportOnTheGuidesExampleSpeaksOnlyOfWhatItAsks() throws {
        for output in try renderings(try readmeExample()) {
            for claim in [
                "leadership", "hand IT off", "Co-managed IT readiness summary", "internal team to keep ownership", "knowing the business",
            ] {
                XCTAssertFalse(output.contains(claim), "'\(claim)' in a report on a questionnaire that never asks about it")
            }
            XCTAssertTrue(output.contains("Readiness summary"), "the default title")
        }
        for output in try renderings(try readmeExample()).dropFirst() {
            XCTAssertTrue(output.contains("Prerequisites are checked before the need, and one that holds decides the rating."))
        }
        let html = try renderings(try readmeExample())[2]
        XCTAssertTrue(
            html.contains("●●● Strong fit; ◆ Fully managed first when a prerequisite of the questionnaire calls for it.</p>"),
            "its prerequisite can give fully managed, so the key names it without saying why")
    }

    func testTheQuestionnairesTextsAreUsedInEveryFormat() throws {
        let questionnaire = try readmeExample(
            adding: """
                report:
                  title: Lakeside after-hours check
                  ratingKey: "◆ Fully managed first when the clinic has no site of its own."
                  method:
                    - "Only after-hours coverage and the sites are asked about."

                """)
        for output in try renderings(questionnaire) {
            XCTAssertTrue(output.contains("Only after-hours coverage and the sites are asked about."))
            XCTAssertTrue(output.contains("Readiness summary") == false, "the questionnaire's title replaces the default")
        }
        let (text, markdown, html) = try {
            let all = try renderings(questionnaire)
            return (all[0], all[1], all[2])
        }()
        XCTAssertTrue(text.hasPrefix("LAKESIDE AFTER-HOURS CHECK, PREPARED FOR\nLakeside Clinic\n"))
        XCTAssertTrue(markdown.hasPrefix("# Lakeside after-hours check: Lakeside Clinic\n"), String(markdown.prefix(80)))
        XCTAssertTrue(html.contains("<title>Lakeside after-hours check: \u{2068}Lakeside Clinic\u{2069}, 2026-03-08</title>"))
        XCTAssertTrue(html.contains("; ◆ Fully managed first when the clinic has no site of its own.</p>"))
    }

    func testValidateChecksTheTexts() throws {
        let cases: [(String, String)] = [
            ("report:\n  title: \"\(String(repeating: "x", count: 81))\"\n", "the report title has 81 characters; at most 80"),
            ("report:\n  title: \"two\\nlines\"\n", "the report title must be one line: it heads every printed page"),
            ("report:\n  method: one paragraph\n", "expected the method's paragraphs as a list"),
            ("report:\n  method: [\"\"]\n", "a paragraph of the method must not be empty"),
            ("report:\n  footer: x\n", "footer"),
            ("report:\n  method: [a, b, c, d, e, f, g, h, i]\n", "the method has 9 paragraphs; at most 8"),
        ]
        for (extra, message) in cases {
            XCTAssertThrowsError(try readmeExample(adding: extra), extra) { error in
                let rendered = (error as? DiagnosticsError).map { DiagnosticRenderer.render($0.diagnostics, in: $0.file) } ?? "\(error)"
                XCTAssertTrue(rendered.contains(message), "\(extra): \(rendered)")
                XCTAssertTrue(rendered.contains("tiny.yaml:"), "the error says where: \(rendered)")
            }
        }
    }
}
