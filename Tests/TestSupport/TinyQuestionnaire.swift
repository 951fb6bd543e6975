/// The worked example of questionnaires/README.md as a tiny questionnaire, in any version: one home for the
/// fixture the store tests and the command tests both read (one signal, three questions, one of them
/// shown only with two or more sites, a blocker, two areas of the split).
public enum TinyQuestionnaire {
    /// The questionnaire text, `tiny-check` in `version`, with `extraQuestion` (YAML for more questions of
    /// the one section, indented as they are) after the third question.
    public static func yaml(version: String, extraQuestion: String = "") -> String {
        """
        id: tiny-check
        version: "\(version)"
        title: A tiny readiness check
        signals:
          - {id: after-hours-gap, title: After-hours gap, weight: 3, criticalAt: 80}
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
            requires: [monitoring]
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

    /// Version 2 adds a question; every version 1 answer stays valid.
    public static let versionTwoQuestion = """
              - id: on-call-pay
                title: On-call pay
                kind: single
                call: {ask: "Is on-call time paid?"}
                self: {ask: "Is my on-call time paid?", why: "Unpaid on-call wears people out."}
                options:
                  - {id: paid, label: Paid}
                  - {id: unpaid, label: Unpaid, signals: {after-hours-gap: 4}}
        """
}
