import Foundation
import XCTest

/// `list`, `show` and `report` give the same need, range and confidence for the same saved file: they read
/// one pipeline. Checked through the real binary on every case of both shipped questionnaires (answers
/// "don't know", blockers, prerequisites, a critical signal) and on a fully-managed case left mostly open.
final class RangeAgreementTests: XCTestCase {
    /// The need, range and confidence one command printed.
    struct Figures: Equatable, CustomStringConvertible {
        var need: Int
        var low: Int
        var high: Int
        var confidence: String
        var description: String { "\(need) (\(low)-\(high)) \(confidence)" }
    }

    static let cases = ReadinessBinary.repository.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures/cases")

    func testListShowAndReportAgreeOnEveryCase() throws {
        let folder = try TemporaryFolder()
        var files: [(id: String, path: String)] = []
        for questionnaire in ["co-managed-readiness", "discovery-quick"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.cases.appendingPathComponent(questionnaire).path).sorted()
            for (index, name) in names.enumerated() where name.hasSuffix(".json") {
                let text = try String(contentsOf: Self.cases.appendingPathComponent("\(questionnaire)/\(name)"), encoding: .utf8)
                var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                let id = "\(questionnaire == "discovery-quick" ? "q" : "f")case\(index)xx".replacingOccurrences(of: "0", with: "z")
                    .replacingOccurrences(of: "1", with: "y")
                object["id"] = id
                let data = try JSONSerialization.data(withJSONObject: object)
                files.append((id, try folder.write("in/\(id).json", String(decoding: data, as: UTF8.self))))
            }
        }
        files.append(("openfm22", try folder.write("in/openfm22.json", try Self.fullyManagedLeftOpen())))

        let environment = [
            "READINESS_DATA_DIR": folder.path("data"),
            "READINESS_QUESTIONNAIRES": ReadinessBinary.repository.appendingPathComponent("questionnaires").path,
            "XDG_CACHE_HOME": folder.path("cache"),
        ]
        let imported = try ReadinessBinary.run(["import"] + files.map(\.path), environment: environment)
        XCTAssertEqual(imported.status, 0, imported.stderr)

        let list = try ReadinessBinary.run(["list", "--json"], environment: environment)
        XCTAssertEqual(list.status, 0, list.stderr)
        let rows = try XCTUnwrap(
            (JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])?["assessments"] as? [[String: Any]])
        XCTAssertEqual(rows.count, files.count)
        var sawOpenRange = false
        for row in rows {
            let id = try XCTUnwrap(row["id"] as? String)
            let range = try XCTUnwrap(row["range"] as? [String: Any], id)
            let listed = Figures(
                need: try XCTUnwrap(row["need"] as? Int, id), low: try XCTUnwrap(range["low"] as? Int, id),
                high: try XCTUnwrap(range["high"] as? Int, id), confidence: try XCTUnwrap(row["confidence"] as? String, id))

            let report = try ReadinessBinary.run(["report", id, "--format", "json"], environment: environment)
            XCTAssertEqual(report.status, 0, report.stderr)
            let fit = try XCTUnwrap(
                (JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["fit"] as? [String: Any], id)
            let fitRange = try XCTUnwrap(fit["range"] as? [String: Any], id)
            let reported = Figures(
                need: try XCTUnwrap(fit["need"] as? Int, id), low: try XCTUnwrap(fitRange["low"] as? Int, id),
                high: try XCTUnwrap(fitRange["high"] as? Int, id), confidence: try XCTUnwrap(fit["confidence"] as? String, id))
            XCTAssertEqual(listed, reported, "list and report differ for \(id)")
            XCTAssertEqual(row["rating"] as? String, fit["rating"] as? String, id)

            let show = try ReadinessBinary.run(["show", id], environment: environment)
            XCTAssertEqual(show.status, 0, show.stderr)
            // A provisional result states no single need: show gives the range it is likely in.
            let provisional = try XCTUnwrap(fit["provisional"] as? Bool, id)
            XCTAssertEqual(row["provisional"] as? Bool, provisional, "list and report differ on provisional for \(id)")
            let rangeText = reported.high > reported.low ? "range \(reported.low)-\(reported.high)" : "no range: every answer known"
            let needLine =
                provisional
                ? "likely between \(reported.low) and \(reported.high) (\(reported.confidence) confidence"
                : "\(reported.need)/100 (\(rangeText), \(reported.confidence) confidence"
            XCTAssertTrue(show.stdout.contains(needLine), "show does not say '\(needLine)' for \(id):\n\(show.stdout.prefix(1200))")
            sawOpenRange = sawOpenRange || reported.high > reported.low
        }
        XCTAssertTrue(sawOpenRange, "some case leaves the range open")
    }

    func testAFullyManagedCaseLeftOpenDoesNotContradictItself() throws {
        // A prerequisite (nobody internal) decided the rating and nothing open can change it: the report
        // must not say the unknowns could change the result.
        let folder = try TemporaryFolder()
        let file = try folder.write("open.json", try Self.fullyManagedLeftOpen())
        let report = try ReadinessBinary.run(
            ["report", file, "--questionnaires", ReadinessBinary.repository.appendingPathComponent("questionnaires").path],
            environment: ["READINESS_DATA_DIR": folder.path("data")])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("high confidence in the rating)"), report.stdout)
        XCTAssertTrue(report.stdout.contains("High confidence in the rating: a prerequisite decided it"), report.stdout)
        XCTAssertTrue(report.stdout.contains("No open answer can change this rating"), report.stdout)
        XCTAssertFalse(report.stdout.contains("the unknowns could change the result"), report.stdout)
        XCTAssertFalse(report.stdout.contains("Low confidence"), report.stdout)
    }

    /// The no-internal-IT case of the full questionnaire with every answer but who looks after IT turned
    /// into "don't know".
    static func fullyManagedLeftOpen() throws -> String {
        let text = try String(contentsOf: cases.appendingPathComponent("co-managed-readiness/no-internal-it.json"), encoding: .utf8)
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var answers = try XCTUnwrap(object["answers"] as? [String: Any])
        for key in answers.keys where key != "internal-it" && key != "anything-else" { answers[key] = ["dontKnow": true] }
        object["answers"] = answers
        object["id"] = "openfm22"
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
}
