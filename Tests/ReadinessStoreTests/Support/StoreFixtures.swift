import Foundation
import TestSupport
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// Questionnaires and assessments for the store tests: the worked example of questionnaires/README.md,
/// in two versions, and helpers to build assessments from answers.
enum StoreFixtures {
    /// The worked example, version 1.
    static let tinyV1 = questionnaire(TinyQuestionnaire.yaml(version: "1"))
    /// Version 2 adds a question; every version 1 answer is still valid.
    static let tinyV2 = questionnaire(TinyQuestionnaire.yaml(version: "2", extraQuestion: TinyQuestionnaire.versionTwoQuestion))

    static func questionnaire(_ yaml: String) -> Questionnaire {
        do {
            return try QuestionnaireLoader.load(SourceFile(path: "tiny.yaml", text: yaml))
        } catch {
            fatalError("the fixture questionnaire does not load:\n\(error)")
        }
    }

    /// A fixed point in time, to the second (files keep seconds).
    static func date(_ offset: Int) -> Date { Date(timeIntervalSince1970: 1_790_000_000 + Double(offset)) }

    /// An assessment of the tiny questionnaire with these responses.
    static func assessment(
        id: String, organization: String = "Acme Dental", updated: Int = 0, status: Assessment.Status = .draft,
        version: String = "1", answers: [String: AnswerRecord] = [:]
    ) -> Assessment {
        Assessment(
            id: id, questionnaireID: "tiny-check", questionnaireVersion: version, organization: organization,
            assessor: "Sam Rivera", mode: .call, created: date(0), updated: date(updated), status: status,
            answers: answers)
    }

    /// Every question answered: nobody after hours, three sites, travel at 4.
    static let fullAnswers: [String: AnswerRecord] = [
        "after-hours": AnswerRecord(response: .choice("nobody"), note: "Owner's cell phone, \"sometimes\"", flagged: true),
        "sites": AnswerRecord(response: .number(3)),
        "site-travel": AnswerRecord(response: .scale(4)),
    ]
}
