import Foundation
import ReadinessCore
import XCTest

@testable import ReadinessReports

/// Assessments saved under version 1 report exactly as before: every saved assessment fixture answered on
/// version 1 is rendered as Markdown, JSON, HTML and text, for both audiences, under the frozen copy of the
/// version 1 questionnaire as it was written in the first form (`ReadinessCoreTests/Fixtures/legacy/`) and
/// under the version 1 file shipped today (tables, named rows, a shared include), and the two must be
/// byte-identical. Nothing is ignored: a report carries no time of its own (its dates are the
/// assessment's), so nothing legitimately differs.
final class LegacyReportTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let fixtures = repository.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures")

    private static func load(_ path: String) throws -> Questionnaire {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try QuestionnaireLoader.load(SourceFile(path: path, text: text)) { included, from in
            let resolved = IncludePath.resolve(included, from: from.path)
            return SourceFile(path: resolved, text: try String(contentsOfFile: resolved, encoding: .utf8))
        }
    }

    /// Every saved assessment answered on `id` version 1: `cases/<id>/` and the case library.
    private static func savedAssessments(_ id: String) throws -> [URL] {
        let manager = FileManager.default
        let cases = fixtures.appendingPathComponent("cases/\(id)")
        var found = try manager.contentsOfDirectory(atPath: cases.path).sorted().filter { $0.hasSuffix(".json") }
            .map { cases.appendingPathComponent($0) }
        let library = fixtures.appendingPathComponent("case-library")
        for name in try manager.contentsOfDirectory(atPath: library.path).sorted() {
            let url = library.appendingPathComponent("\(name)/\(id).json")
            if manager.fileExists(atPath: url.path) { found.append(url) }
        }
        return found
    }

    private static func renderings(_ url: URL, under questionnaire: Questionnaire) throws -> [String] {
        let assessment = try AssessmentFile.decode(
            SourceFile(path: url.path, text: try String(contentsOf: url, encoding: .utf8)), questionnaire: questionnaire)
        let result = Scorer(questionnaire: questionnaire).score(assessment)
        var out: [String] = []
        for audience in Audience.allCases {
            let report = Report(
                assessment: assessment, questionnaire: questionnaire, result: result, options: Report.Options(audience: audience))
            out += [
                MarkdownReportRenderer.render(report), JSONReportRenderer.render(report), HTMLReportRenderer.render(report),
                TextReportRenderer.render(report),
            ]
        }
        return out
    }

    func testEverySavedVersionOneAssessmentRendersByteForByteAsUnderTheFirstForm() throws {
        for id in ["co-managed-readiness", "discovery-quick"] {
            let frozen = try Self.load(Self.fixtures.appendingPathComponent("legacy/\(id).yaml").path)
            let shipped = try Self.load(Self.repository.appendingPathComponent("questionnaires/\(id).yaml").path)
            XCTAssertEqual(shipped.version, "1")
            XCTAssertTrue(frozen.areas.contains { !$0.rules.isEmpty }, "the frozen copy is in the first form")
            XCTAssertTrue(shipped.areas.allSatisfy { $0.rules.isEmpty }, "the shipped version 1 is in the new form")
            let saved = try Self.savedAssessments(id)
            XCTAssertGreaterThanOrEqual(saved.count, 45, id)
            for url in saved {
                let before = try Self.renderings(url, under: frozen)
                let after = try Self.renderings(url, under: shipped)
                for (was, now) in zip(before, after) where was != now {
                    let line = zip(
                        was.split(separator: "\n", omittingEmptySubsequences: false),
                        now.split(separator: "\n", omittingEmptySubsequences: false)
                    ).first { $0 != $1 }
                    XCTFail(
                        "\(id) \(url.lastPathComponent): the report differs; first difference:\n\(line.map { "\($0)\n\($1)" } ?? "length")")
                }
                XCTAssertEqual(before.count, after.count)
            }
        }
    }
}
