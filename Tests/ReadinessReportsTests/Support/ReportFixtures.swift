import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// The questionnaire and assessments the report tests render, read from `Fixtures/` beside the tests so
/// they do not change when the shipped questionnaires do.
enum ReportFixtures {
    /// The folder of fixtures.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The three realistic assessments the snapshots cover.
    static let assessmentNames = ["harbor-dental", "northwind-freight", "cedar-pine-law"]

    /// The fixture questionnaire.
    static func questionnaire() throws -> Questionnaire {
        let path = folder.appendingPathComponent("report-fixture.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try QuestionnaireLoader.load(SourceFile(path: path, text: text))
    }

    /// An assessment from `Fixtures/NAME.json`.
    static func assessment(_ name: String, questionnaire: Questionnaire) throws -> Assessment {
        let path = folder.appendingPathComponent("\(name).json").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try AssessmentFile.decode(SourceFile(path: path, text: text), questionnaire: questionnaire)
    }

    /// The report of a fixture assessment.
    static func report(_ name: String, options: Report.Options = Report.Options()) throws -> Report {
        let questionnaire = try questionnaire()
        return report(for: try assessment(name, questionnaire: questionnaire), questionnaire: questionnaire, options: options)
    }

    /// The report of any assessment against the fixture questionnaire.
    static func report(for assessment: Assessment, questionnaire: Questionnaire, options: Report.Options = Report.Options()) -> Report {
        Report(
            assessment: assessment, questionnaire: questionnaire,
            result: Scorer(questionnaire: questionnaire).score(assessment), options: options)
    }
}
