import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// Questionnaires and assessments for the store tests: the worked example of questionnaires/README.md,
/// in two versions, and helpers to build assessments from answers.
enum StoreFixtures {
    /// The worked example, version 1.
    static let tinyV1 = questionnaire(tinyYAML(version: "1", extraQuestion: ""))
    /// Version 2 adds a question; every version 1 answer is still valid.
    static let tinyV2 = questionnaire(
        tinyYAML(
            version: "2",
            extraQuestion: """
                      - id: on-call-pay
                        title: On-call pay
                        kind: single
                        call: {ask: "Is on-call time paid?"}
                        self: {ask: "Is my on-call time paid?", why: "Unpaid on-call wears people out."}
                        options:
                          - {id: paid, label: Paid}
                          - {id: unpaid, label: Unpaid, signals: {after-hours-gap: 4}}

                """))

    /// The questionnaire text, with `version` and an optional extra question at the end of the section.
    static func tinyYAML(version: String, extraQuestion: String) -> String {
        """
        id: tiny-check
        version: "\(version)"
        title: A tiny readiness check
        signals:
          - id: after-hours-gap
            title: After-hours gap
            weight: 3
            criticalAt: 80
        sections:
          - id: coverage
            title: Coverage
            questions:
              - id: after-hours
                title: After-hours coverage
                kind: single
                call: {ask: "When something breaks at 2 a.m., who gets the call?"}
                self: {ask: "Who gets the call at 2 a.m.?", why: "Coverage is a clear signal."}
                options:
                  - {id: covered, label: A monitored on-call rota}
                  - {id: one-person, label: One person's phone, signals: {after-hours-gap: 6}}
                  - {id: nobody, label: Nobody, signals: {after-hours-gap: 10}}
              - id: sites
                title: Sites
                kind: number
                number: {min: 1, max: 500, unit: sites}
                call: {ask: "How many locations do you support?"}
                self: {ask: "How many locations do I support?", why: "Each site adds coverage to plan."}
              - id: site-travel
                title: Travel between sites
                kind: scale
                showIf: {question: sites, atLeast: 2}
                scale: {low: Never an issue, high: Eats my week, signals: {after-hours-gap: [0, 1, 2, 3, 4]}}
                call: {ask: "How much does travel get in the way?"}
                self: {ask: "How much does travel get in my way?", why: "Time on the road is time not covered."}
        \(extraQuestion)
        rating:
          bands:
            - {rating: not-yet, min: 0, max: 29, reason: "Covered today."}
            - {rating: possible-fit, min: 30, max: 49, reason: "Worth a closer look."}
            - {rating: good-fit, min: 50, max: 69, reason: "Added coverage would help."}
            - {rating: strong-fit, min: 70, max: 100, reason: "Strong signals."}
        blockers:
          - id: no-coverage
            when: {question: after-hours, is: nobody}
            title: Nobody covers after hours
            explain: An outage at night is found the next morning.
        areas:
          - id: after-hours-coverage
            title: After-hours coverage
            owner: partner
            phase: next
            reason: A partner can staff nights and weekends that one person cannot.
            rules:
              - when: {signal: after-hours-gap, levelAtLeast: high}
                phase: now
                reason: After-hours coverage is the weakest point today.
          - id: monitoring
            title: Monitoring and alerting
            owner: internal
            phase: later
            reason: Alerts are only useful if someone acts on them.

        """
    }

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
