import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// A small questionnaire written for these tests, so they do not move when the shipped ones are retuned.
///
/// It has every answer kind, two `showIf`s (on a single choice and on a number), a blocker, a
/// prerequisite, and questions that allow and refuse "don't know" and "not applicable".
///
/// Question order (all shown while nothing is answered, since an unanswered condition shows):
/// 1. it-team (single; d yes, x no)          2. solo-cover (single, shown if it-team is solo; d no)
/// 3. sites (number 1...50; d yes, x no)      4. site-travel (scale, shown if sites >= 2; x yes)
/// 5. pain-points (multiple, "none" exclusive; d no)
/// 6. backups (single, "never" is a blocker; x yes)   7. anything-else (text; d no, x yes)
enum TestQuestionnaire {
    static let yaml = """
        id: interview-test
        version: "3"
        title: Interview test questionnaire
        summary: Every answer kind, a condition and a blocker, for the interview tests.

        signals:
          - id: single-person-dependency
            title: Single-person dependency
            weight: 3
            criticalAt: 90
            talkingPoints:
              - "Nobody should be the only person who can fix things."
          - id: after-hours-gap
            title: After-hours gap
            weight: 2
            talkingPoints:
              - "Your team stays in charge; the partner answers the 2 a.m. page."
          - id: thin-documentation
            title: Thin documentation
            weight: 2

        sections:
          - id: team
            title: Team
            questions:
              - id: it-team
                title: Internal IT team
                kind: single
                call:
                  ask: "Who looks after IT today?"
                  listenFor: ["just me", "a contractor", "nobody really"]
                self:
                  ask: "Who looks after IT today?"
                  why: "Co-managed IT needs someone internal to keep ownership."
                options:
                  - {id: nobody, label: Nobody internal}
                  - {id: solo, label: One person, signals: {single-person-dependency: 10}}
                  - {id: team, label: A small team, signals: {single-person-dependency: 3}}
              - id: solo-cover
                title: Cover for the one person
                kind: single
                showIf: {question: it-team, is: solo}
                allowUnknown: false
                call: {ask: "When that person is away, who covers?"}
                self: {ask: "When I am away, who covers?", why: "One person is a single point of failure."}
                options:
                  - {id: nobody, label: Nobody, signals: {after-hours-gap: 10}}
                  - {id: vendor, label: A vendor on call, signals: {after-hours-gap: 3}}
              - id: sites
                title: Sites
                kind: number
                number:
                  min: 1
                  max: 50
                  unit: sites
                  bands:
                    - {atLeast: 1, signals: {after-hours-gap: 0}}
                    - {atLeast: 3, signals: {after-hours-gap: 6}}
                call: {ask: "How many sites do you support?", listenFor: ["branch offices"]}
                self: {ask: "How many sites do I support?", why: "Each site adds coverage to plan."}
              - id: site-travel
                title: Travel between sites
                kind: scale
                showIf: {question: sites, atLeast: 2}
                allowNotApplicable: true
                scale:
                  low: Never an issue
                  high: Eats my week
                  signals: {after-hours-gap: [0, 2, 5, 8, 10]}
                call: {ask: "How much does travel between sites get in the way?", listenFor: [driving, "on the road"]}
                self: {ask: "How much does travel between sites get in my way?", why: "Time on the road is time not covered."}
          - id: practice
            title: Practice
            questions:
              - id: pain-points
                title: Pain points
                kind: multiple
                allowUnknown: false
                call: {ask: "Where does the week go?", listenFor: [firefighting, "no time to plan"]}
                self: {ask: "Where does my week go?", why: "Reactive work crowds out planning."}
                options:
                  - {id: firefighting, label: Firefighting, signals: {single-person-dependency: 4}}
                  - {id: docs, label: Missing documentation, signals: {thin-documentation: 8}}
                  - {id: projects, label: Slipping projects, signals: {thin-documentation: 2}}
                  - {id: none, label: None of these, exclusive: true}
              - id: backups
                title: Backup restores
                kind: single
                allowNotApplicable: true
                call: {ask: "When did you last test-restore a backup?", listenFor: ["we assume it works"]}
                self: {ask: "When did I last test-restore a backup?", why: "An untested backup is a hope, not a plan."}
                options:
                  - {id: recent, label: This quarter}
                  - {id: old, label: Over a year ago, signals: {thin-documentation: 5}}
                  - {id: never, label: Never, signals: {thin-documentation: 10}}
              - id: anything-else
                title: Anything else
                kind: text
                allowUnknown: false
                allowNotApplicable: true
                call: {ask: "Anything else we should know?"}
                self: {ask: "Anything else worth writing down?", why: "Context the questions missed."}

        rating:
          prerequisites:
            - id: nobody-internal
              when: {question: it-team, is: nobody}
              rating: fully-managed
              reason: With nobody internal, fully managed IT is the better start.
          bands:
            - {rating: not-yet, min: 0, max: 29, reason: "The team has this covered today."}
            - {rating: possible-fit, min: 30, max: 49, reason: "Some signals show; worth a closer look."}
            - {rating: good-fit, min: 50, max: 69, reason: "Clear signals that added coverage would help."}
            - {rating: strong-fit, min: 70, max: 100, reason: "Strong signals across the board."}

        blockers:
          - id: never-restored
            when: {question: backups, is: never}
            title: Backups never test-restored
            explain: Nobody knows whether the backups can be restored.
            step: Test-restore one backup this week.

        areas:
          - id: monitoring
            title: Monitoring and alerting
            owner: partner
            phase: next
            reason: A partner watches around the clock.
            rules:
              - when: {signal: after-hours-gap, levelAtLeast: high}
                phase: now
                reason: After-hours coverage is the weakest point today.
          - id: business-alignment
            title: Business alignment
            owner: internal
            phase: now
            reason: It depends on knowing the business.
          - id: documentation
            title: Documentation
            owner: shared
            lead: internal
            phase: later
            reason: Both sides write down what they run.

        nextSteps:
          - id: agree-split
            text: Write down who owns each area, and share it with both teams.
        """

    /// The questionnaire, loaded once.
    static let questionnaire: Questionnaire = {
        do {
            return try QuestionnaireLoader.load(SourceFile(path: "interview-test.yaml", text: yaml))
        } catch {
            fatalError("The test questionnaire does not load:\n\(error)")
        }
    }()

    /// The fixed time every save is stamped with.
    static let now = Timestamp.parse("2026-03-14T09:30:00Z")!
    /// An earlier time, for drafts made before the test.
    static let earlier = Timestamp.parse("2026-03-10T16:45:00Z")!

    /// A setup on the test questionnaire with a pinned clock.
    static func setup(
        drafts: [Assessment] = [], resume: Assessment? = nil, defaultMode: Assessment.Mode = .call,
        exportFormats: [String] = ["text", "markdown", "json"]
    ) -> InterviewSetup {
        InterviewSetup(
            questionnaires: [questionnaire], drafts: drafts, resume: resume, newID: "new-assessment",
            defaultMode: defaultMode, exportFormats: exportFormats, now: { TestQuestionnaire.now })
    }

    /// A blank assessment of the test questionnaire.
    static func assessment(
        id: String = "draft-1", organization: String = "Acme Dental", mode: Assessment.Mode = .call,
        answers: [String: AnswerRecord] = [:], status: Assessment.Status = .draft
    ) -> Assessment {
        var assessment = Assessment(
            id: id, questionnaire: questionnaire, organization: organization, assessor: "Sam Ortiz", mode: mode, now: earlier)
        assessment.answers = answers
        assessment.status = status
        return assessment
    }
}
