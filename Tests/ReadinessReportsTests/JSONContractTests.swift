import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// The JSON report keeps its contract (README, "The JSON report"), redacted or not.
final class JSONContractTests: XCTestCase {
    func testEveryFixtureKeepsTheContract() throws {
        for name in ReportFixtures.assessmentNames {
            for redact in [false, true] {
                for audience in Audience.allCases {
                    let report = try ReportFixtures.report(name, options: Report.Options(redact: redact, audience: audience))
                    let text = JSONReportRenderer.render(report)
                    let label = "\(name) \(audience)\(redact ? " redacted" : "")"
                    assertMatchesReportSchema(text, label)
                    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                    try assertContract(json, label)
                }
            }
        }
    }

    func testTheSchemaValidatorCatchesWhatBreaksTheSchema() throws {
        let report = try ReportFixtures.report("harbor-dental")
        let good = JSONReportRenderer.render(report)
        XCTAssertEqual(try JSONSchemaValidator.reportSchema().problems(in: good), [])
        // The shape of schema 1: next steps as strings, no schemaVersion, a title where the id belongs.
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(good.utf8)) as? [String: Any])
        object["nextSteps"] = ["Run a test restore"]
        object.removeValue(forKey: "schemaVersion")
        object["unknowns"] = [
            [
                "question": "Multi-factor sign-in", "title": "x", "dontKnow": true, "swing": 1,
                "couldChangeRatingTo": ["great-fit"], "couldTriggerBlockers": [], "impact": "",
            ]
        ]
        let bad = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let problems = try JSONSchemaValidator.reportSchema().problems(in: bad)
        XCTAssertTrue(problems.contains("$: lacks required 'schemaVersion'"), "\(problems)")
        XCTAssertTrue(problems.contains("$.nextSteps[0]: expected object, found 'Run a test restore'"), "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("$.unknowns[0].question: 'Multi-factor sign-in' does not match") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("$.unknowns[0].couldChangeRatingTo[0]: 'great-fit' is not one of") }, "\(problems)")
    }

    private func assertContract(_ json: [String: Any], _ label: String) throws {
        let questionnaire = try XCTUnwrap(json["questionnaire"] as? [String: Any], label)
        XCTAssertNotNil(questionnaire["id"] as? String, label)
        XCTAssertNotNil(questionnaire["version"] as? String, label)

        let fit = try XCTUnwrap(json["fit"] as? [String: Any], label)
        XCTAssertTrue(
            ["strong-fit", "good-fit", "possible-fit", "not-yet", "fully-managed"].contains(fit["rating"] as? String ?? ""), label)
        let need = try XCTUnwrap(fit["need"] as? Int, label)
        XCTAssertTrue((0...100).contains(need), label)
        let range = try XCTUnwrap(fit["range"] as? [String: Any], label)
        let low = try XCTUnwrap(range["low"] as? Int, label)
        let high = try XCTUnwrap(range["high"] as? Int, label)
        XCTAssertTrue(low <= need && need <= high, label)
        XCTAssertTrue(["high", "medium", "low"].contains(fit["confidence"] as? String ?? ""), label)
        XCTAssertFalse(try XCTUnwrap(fit["reasons"] as? [String], label).isEmpty, label)
        let provisional = try XCTUnwrap(fit["provisional"] as? Bool, label)
        let provisionalReasons = try XCTUnwrap(fit["provisionalReasons"] as? [String], label)
        XCTAssertEqual(provisional, !provisionalReasons.isEmpty, "\(label): a provisional result says why, and only then")

        let signals = try XCTUnwrap(json["signals"] as? [[String: Any]], label)
        XCTAssertEqual(
            signals.prefix(6).compactMap { $0["id"] as? String },
            [
                "reactive-workload", "thin-documentation", "slipping-projects", "after-hours-gap",
                "single-person-dependency", "growth-pressure",
            ], label)
        for signal in signals {
            XCTAssertNotNil(signal["title"] as? String, label)
            XCTAssertTrue(signal["score"] is Int || signal["score"] is NSNull, label)
            XCTAssertTrue(signal["level"] is String || signal["level"] is NSNull, label)
            XCTAssertNotNil(signal["contributions"] as? [[String: Any]], label)
        }
        XCTAssertNotNil(json["blockers"] as? [[String: Any]], label)
        let split = try XCTUnwrap(json["split"] as? [[String: Any]], label)
        XCTAssertEqual(split.count, 18, label)
        for row in split {
            XCTAssertNotNil(row["area"] as? String, label)
            XCTAssertTrue(["internal", "partner", "shared"].contains(row["owner"] as? String ?? ""), label)
            XCTAssertTrue(["now", "next", "later"].contains(row["phase"] as? String ?? ""), label)
            XCTAssertFalse(try XCTUnwrap(row["reasons"] as? [String], label).isEmpty, label)
        }
        // Schema 2: steps are objects; the old strings stay in nextStepTexts for readers of schema 1.
        XCTAssertEqual(json["schemaVersion"] as? Int, 2, label)
        let steps = try XCTUnwrap(json["nextSteps"] as? [[String: Any]], label)
        XCTAssertEqual(steps.compactMap { $0["text"] as? String }, try XCTUnwrap(json["nextStepTexts"] as? [String], label), label)
        for step in steps { XCTAssertFalse((step["id"] as? String ?? "").isEmpty, "\(label): every step has its id") }
        let answers = try XCTUnwrap(json["answers"] as? [[String: Any]], label)
        XCTAssertEqual(answers.count, (json["assessment"] as? [String: Any])?["shown"] as? Int, "\(label): one answer per shown question")
        XCTAssertNotNil(json["unknowns"] as? [[String: Any]], label)
    }
}
