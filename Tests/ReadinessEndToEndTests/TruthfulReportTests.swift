import Foundation
import XCTest

/// What a reader checks by hand, through the real binary on the shipped quick call: a provisional result
/// names no band or single need as its verdict, and every signal's line adds up from its table.
final class TruthfulReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    private var environment: [String: String] { ["READINESS_DATA_DIR": folder.path("data"), "XDG_CONFIG_HOME": folder.path("config")] }

    /// A quick-call assessment file from `readiness template`: `known` answered, every other question "don't know".
    private func assessment(_ known: [String: Any]) throws -> String {
        let template = try ReadinessBinary.run(["template", "--questionnaire", "discovery-quick"], environment: environment)
        XCTAssertEqual(template.status, 0, template.stderr)
        var file = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(template.stdout.utf8)) as? [String: Any])
        var answers = try XCTUnwrap(file["answers"] as? [String: [String: Any]])
        for (id, var answer) in answers {
            if let value = known[id] { answer["value"] = value } else { answer["dontKnow"] = true }
            answers[id] = answer
        }
        file["answers"] = answers
        file["organization"] = "Checked By Hand Ltd"
        let data = try JSONSerialization.data(withJSONObject: file)
        return try folder.write("assessment.json", String(decoding: data, as: UTF8.self))
    }

    private func render(_ path: String, _ format: String) throws -> String {
        let outcome = try ReadinessBinary.run(["report", path, "--format", format], environment: environment)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return outcome.stdout
    }

    /// Fifteen of twenty answers "don't know": the QA engineer's quick call.
    func testAProvisionalReportNamesNoBandOrSingleNeedInAnyFormat() throws {
        let path = try assessment([
            "internal-it": "solo", "admin-access": "lost", "security-skill": "beyond-us", "growth-outlook": "step-change",
            "week-split": "firefighting",
        ])
        for format in ["text", "markdown", "html"] {
            let report = try render(path, format)
            XCTAssertTrue(report.contains("Not enough known yet"), format)
            XCTAssertTrue(report.contains("too little is known yet to decide the rating"), format)
            // The known answers alone give need 100 here: no format may show it as the need.
            for claim in [" band, ", "band for", "was decided by", "100/100 (range", "<strong>100</strong>/100", ">need 100<", "Need 100 "]
            {
                XCTAssertFalse(report.contains(claim), "\(format) says \(claim)")
            }
            XCTAssertTrue(report.contains("likely between"), format)
            XCTAssertFalse(report.contains(" instead."), "\(format): nothing becomes a rating instead of one not stated")
        }
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try render(path, "json").utf8)) as? [String: Any])
        let fit = try XCTUnwrap(json["fit"] as? [String: Any])
        XCTAssertEqual(fit["provisional"] as? Bool, true)
        XCTAssertNotNil(fit["rating"] as? String, "the rating stays in the JSON contract")
    }

    /// "Growth ahead: a step change" alone is critical, but one site scores 0 of 7: the line shows 10 of 17
    /// = 59 and the lift to 80 with the rule's question; an answer that reveals a blocker shows its share.
    func testEverySignalLineAddsUpAndNamesTheRuleThatLiftsIt() throws {
        let path = try assessment([
            "internal-it": "solo", "sites": 1, "growth-outlook": "step-change", "admin-access": "one-person", "mfa": "everywhere",
            "security-skill": "generalist", "week-split": "mixed", "restore-tested": "recent", "documentation-state": "partial",
        ])
        let text = try render(path, "text").replacingOccurrences(of: "\n  ", with: " ")
        XCTAssertTrue(text.contains("10 of 17 points = 59/100, lifted to 80: 'Growth ahead' alone shows a critical gap"), text)
        let markdown = try render(path, "markdown")
        XCTAssertTrue(markdown.contains("10 of 17 points = 59/100, lifted to 80: 'Growth ahead' alone shows a critical gap"), markdown)
        let html = try render(path, "html")
        XCTAssertTrue(html.contains("10 of 17 points = 59/100, lifted to 80:"), html)
        // Admin access held by one person gives no security points yet reveals a blocker: counted as 0 of 0.
        XCTAssertTrue(markdown.contains("| 0/0 (of 3) |"), markdown)
        XCTAssertTrue(markdown.contains("'Admin access' reveals a blocker or a critical level"), markdown)
    }
}
