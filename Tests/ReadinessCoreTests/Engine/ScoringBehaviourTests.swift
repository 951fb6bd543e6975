import XCTest

@testable import ReadinessCore

/// Blockers, lane dependencies, answers set aside by visibility, and free text: behaviour a reader of the
/// result would notice, on the shipped questionnaires and on small ones written here.
final class ScoringBehaviourTests: XCTestCase {
    static let full = GuideCaseTests.full
    static let quick = GuideCaseTests.quick

    func responses(_ name: String, in questionnaireID: String) throws -> [String: Response] {
        try EngineFixtures.assessment(name, in: questionnaireID).answers.compactMapValues(\.response)
    }

    func scorer(_ questionnaireID: String) throws -> Scorer {
        Scorer(questionnaire: try EngineFixtures.shipped(questionnaireID))
    }

    // MARK: - Blockers

    /// For each blocker of each shipped questionnaire, the answers that make its condition hold.
    static let blockerTriggers: [String: [String: [String: Response]]] = [
        full: [
            "restore-never-tested": ["restore-tested": .choice("never")],
            "admin-access-one-person": ["admin-access": .choice("one-person")],
            "admin-without-mfa": ["mfa": .choice("gaps-on-admins")],
            "round-the-clock-unwatched": ["operating-hours": .choice("round-the-clock"), "after-hours": .choice("nobody")],
        ],
        quick: [
            "restore-never-tested": ["restore-tested": .choice("never")],
            "admin-access-one-person": ["admin-access": .choice("lost")],
            "admin-without-mfa": ["mfa": .choice("none")],
        ],
    ]

    /// On a calm, well-staffed team, each blocker is reported when (and only when) its condition holds, with
    /// the answers behind it, and its step goes first in the next steps whatever the rating says.
    func testEachBlockerIsReportedFirstWhenItsConditionHolds() throws {
        for questionnaireID in EngineFixtures.shippedIDs {
            let questionnaire = try EngineFixtures.shipped(questionnaireID)
            let scorer = Scorer(questionnaire: questionnaire)
            let calm = try responses("well-staffed", in: questionnaireID)
            XCTAssertTrue(scorer.score(calm).blockers.isEmpty, questionnaireID)
            let triggers = try XCTUnwrap(Self.blockerTriggers[questionnaireID])
            XCTAssertEqual(
                Set(triggers.keys), Set(questionnaire.blockers.map(\.id)), "every blocker of \(questionnaireID) has a trigger here")
            for blocker in questionnaire.blockers {
                let trigger = try XCTUnwrap(triggers[blocker.id])
                let result = scorer.score(calm.merging(trigger) { $1 })
                let context = "\(questionnaireID)/\(blocker.id)\n\(result.digest)"
                XCTAssertEqual(result.blockers.map(\.id), [blocker.id], context)
                let reported = try XCTUnwrap(result.blockers.first)
                XCTAssertEqual(reported.title, blocker.title)
                XCTAssertEqual(reported.step, blocker.step)
                XCTAssertNotNil(reported.step, "shipped blockers carry a step")
                XCTAssertEqual(result.nextSteps.first, blocker.step, context)
                XCTAssertEqual(result.nextSteps.filter { $0 == blocker.step }.count, 1, "the step is listed once")
                // The evidence names every question of the trigger, as a person would read it.
                for questionID in trigger.keys {
                    let title = try XCTUnwrap(questionnaire.question(questionID)?.title)
                    XCTAssertTrue(reported.evidence.contains { $0.hasPrefix("\(title): ") }, "evidence \(reported.evidence) cites \(title)")
                }
            }
        }
    }

    /// A blocker is reported separately, whatever the number says: a team that is otherwise not-yet still
    /// hears about backups that were never restored, first.
    func testBlockerIsNotAveragedAway() throws {
        var answers = try responses("well-staffed", in: Self.full)
        answers["restore-tested"] = .choice("never")
        let result = try scorer(Self.full).score(answers)
        // recovery-readiness 10/30 = 33; need (5×5 + 3×12 + 3×33 + 2×12 + 1×19) / 32 = 6: still not-yet.
        XCTAssertEqual(result.fit.rating, .notYet)
        XCTAssertEqual(result.fit.need, 6)
        XCTAssertEqual(result.blockers.map(\.id), ["restore-never-tested"])
        XCTAssertEqual(result.blockers.first?.evidence, ["Restore tested: Never"])
        XCTAssertEqual(result.nextSteps.first, result.blockers.first?.step)
        XCTAssertTrue(result.nextSteps.dropFirst().first?.hasPrefix("Keep what is working") == true, "\(result.nextSteps)")
        // And the split still acts on it, without contradicting the rating: the row names the never-tested
        // restore, leaves the test to the internal team first, and starts nothing with the partner.
        let backup = try result.row("backup-oversight")
        XCTAssertTrue(backup.reasons.contains { $0.contains("A restore has never been tested") }, "\(backup.reasons)")
        XCTAssertEqual(backup.phase, .later)
        XCTAssertFalse(backup.reasons.contains { $0.contains("first 30 days") || $0.contains("in hand today") }, "\(backup.reasons)")
    }

    /// Several blockers: steps in the questionnaire's blocker order, before every other step.
    func testSeveralBlockersKeepTheirOrder() throws {
        for questionnaireID in EngineFixtures.shippedIDs {
            let questionnaire = try EngineFixtures.shipped(questionnaireID)
            var answers = try responses("well-staffed", in: questionnaireID)
            for trigger in try XCTUnwrap(Self.blockerTriggers[questionnaireID]).values { answers.merge(trigger) { $1 } }
            let result = try scorer(questionnaireID).score(answers)
            XCTAssertEqual(result.blockers.map(\.id), questionnaire.blockers.map(\.id), questionnaireID)
            XCTAssertEqual(
                Array(result.nextSteps.prefix(questionnaire.blockers.count)), questionnaire.blockers.compactMap(\.step), questionnaireID)
        }
    }

    /// "Don't know" on a blocker's question does not fire it (it becomes something to verify, with the blocker
    /// it could reveal).
    func testDontKnowDoesNotFireABlockerButIsFlagged() throws {
        for questionnaireID in EngineFixtures.shippedIDs {
            var answers = try responses("well-staffed", in: questionnaireID)
            answers["restore-tested"] = .unknown
            let result = try scorer(questionnaireID).score(answers)
            XCTAssertTrue(result.blockers.isEmpty, questionnaireID)
            let item = try XCTUnwrap(result.unknowns.first { $0.questionID == "restore-tested" })
            XCTAssertTrue(item.isDontKnow)
            XCTAssertEqual(item.couldTriggerBlockers, ["restore-never-tested"])
            XCTAssertTrue(item.impact.contains("could reveal a blocker"))
        }
    }

    // MARK: - Lane dependencies

    /// Security reinforcement led by the partner from day one brings monitoring and patching into the
    /// partner's lane no later than it, and says why: their own rules start them with it, so the lane
    /// dependency finds nothing left to move.
    func testSecurityReinforcementPullsMonitoringAndPatchingForward() throws {
        var answers = try responses("it-leader-needs-coverage", in: Self.full)
        // Nights covered and watched (so monitoring has no reason of its own to start now), patching automatic
        // on laptops (so patching has none either), but sign-in and leavers wide open under heavy compliance.
        answers["after-hours"] = .choice("rota")
        answers["monitoring"] = .choice("paged")
        answers["patching"] = .choice("partly")
        answers["mfa"] = .choice("none")
        answers["leaver-accounts"] = .choice("sometimes-missed")
        answers["admin-access"] = .choice("lost")
        answers["compliance"] = .choices(["health", "government", "payments"])
        answers["audit-readiness"] = .scale(5)
        let result = try scorer(Self.full).score(answers)
        let context = result.digest
        // security-depth: admin access 3/3, manual patching 3/3, sign-in 10/10, patching 4/10, leavers 9/9 = 29/35,
        // critical from 80; compliance (2 + 2 + 1)/7 + 10/10 = 15/17 = 88, critical from 70.
        XCTAssertEqual(try result.signal("security-depth").score, 83, context)
        XCTAssertEqual(try result.signal("security-depth").level, .critical, context)
        XCTAssertEqual(try result.signal("compliance-pressure").level, .critical, context)
        let security = try result.row("security-reinforcement")
        XCTAssertEqual(security.owner, .partner)
        XCTAssertEqual(security.phase, .now, context)
        XCTAssertTrue(security.reasons.contains { $0.contains("Compliance demands those gaps closed") }, "\(security.reasons)")
        for areaID in ["monitoring", "patching"] {
            let row = try result.row(areaID)
            XCTAssertEqual(row.owner, .partner, areaID)
            XCTAssertEqual(row.phase, .now, "\(areaID) starts no later than security reinforcement: \(context)")
            XCTAssertTrue(
                row.reasons.contains { $0.hasPrefix("Security reinforcement starts in the first 30 days and builds on \(areaID)") },
                "\(areaID): \(row.reasons)")
            XCTAssertFalse(row.reasons.contains { $0.contains("second phase") }, "\(areaID): \(row.reasons)")
        }
    }

    /// Without security pressure nothing pulls monitoring and patching forward (the test above can fail). With
    /// nights covered the need drops to a possible fit, where everything but one trial area waits: security,
    /// monitoring and patching all wait together, and none of them claims to start sooner.
    func testWithoutSecurityPressureMonitoringAndPatchingKeepTheirPhase() throws {
        var answers = try responses("it-leader-needs-coverage", in: Self.full)
        answers["after-hours"] = .choice("rota")
        answers["monitoring"] = .choice("paged")
        answers["patching"] = .choice("partly")
        let result = try scorer(Self.full).score(answers)
        XCTAssertEqual(result.fit.rating, .possibleFit, result.digest)
        for areaID in ["security-reinforcement", "monitoring", "patching"] {
            let row = try result.row(areaID)
            XCTAssertEqual(row.phase, .later, "\(areaID): \(result.digest)")
            XCTAssertTrue(row.reasons.contains { $0.hasPrefix("On a possible fit the partner starts small") }, "\(areaID): \(row.reasons)")
            XCTAssertFalse(row.reasons.contains { $0.hasPrefix("Starts ") || $0.contains("second phase") }, "\(areaID): \(row.reasons)")
        }
    }

    static let laneYAML = """
        id: lanes
        version: "1"
        title: Lane dependencies
        signals:
          - {id: exposure, title: Exposure, weight: 1}
        sections:
          - id: main
            title: Main
            questions:
              - id: exposure
                title: Exposure
                kind: single
                call: {ask: "How exposed are you?"}
                self: {ask: "How exposed am I?", why: "Exposure needs depth."}
                options:
                  - {id: low, label: Low}
                  - {id: high, label: High, signals: {exposure: 10}}
              - id: keep-security
                title: Keep security in-house
                kind: single
                call: {ask: "Will you keep security in-house?"}
                self: {ask: "Will I keep security in-house?", why: "Ownership."}
                options:
                  - {id: "no", label: "No"}
                  - {id: "yes", label: "Yes"}
        rating:
          bands:
            - {rating: not-yet, min: 0, max: 49, reason: "Calm."}
            - {rating: strong-fit, min: 50, max: 100, reason: "Exposed."}
        areas:
          - id: inventory
            title: Asset inventory
            owner: internal
            phase: later
            reason: "The team knows what it owns."
          - id: security
            title: Security reinforcement
            owner: partner
            phase: later
            reason: "Depth the team lacks."
            requires: [monitoring]
            rules:
              - when: {signal: exposure, levelAtLeast: high}
                phase: now
                reason: "Exposure is high."
              - when: {question: keep-security, is: "yes"}
                owner: internal
                reason: "Leadership keeps security in-house."
          - id: monitoring
            title: Monitoring
            owner: internal
            phase: later
            reason: "The team watches its own systems today."
            requires: [inventory]
        """

    /// An internal area that a partner-led area requires becomes shared with the partner leading, starts no
    /// later, and what it requires in turn follows (the dependency is followed to its end).
    func testLaneDependencyMovesInternalAreasIntoThePartnersLane() throws {
        let questionnaire = try EngineFixtures.inline(Self.laneYAML)
        let result = Scorer(questionnaire: questionnaire).score(["exposure": .choice("high"), "keep-security": .choice("no")])
        let security = try result.row("security")
        XCTAssertEqual(security.owner, .partner)
        XCTAssertEqual(security.phase, .now)
        let monitoring = try result.row("monitoring")
        XCTAssertEqual(monitoring.owner, .shared)
        XCTAssertEqual(monitoring.lead, .partner)
        XCTAssertEqual(monitoring.phase, .now)
        XCTAssertEqual(
            monitoring.reasons,
            [
                "The team watches its own systems today.",
                "Shared, with the partner leading: the partner needs it in its lane to handle security reinforcement.",
                "Starts now with security reinforcement, which depends on it.",
            ])
        // Monitoring is now partner-led, so the inventory it requires follows, although it comes first in the file.
        let inventory = try result.row("inventory")
        XCTAssertEqual(inventory.owner, .shared)
        XCTAssertEqual(inventory.lead, .partner)
        XCTAssertEqual(inventory.phase, .now)
        XCTAssertTrue(inventory.reasons.contains("Starts now with monitoring, which depends on it."), "\(inventory.reasons)")
    }

    /// When the dependent area is not the partner's, what it requires is left alone.
    func testLaneDependencyOnlyAppliesWhenThePartnerLeads() throws {
        let questionnaire = try EngineFixtures.inline(Self.laneYAML)
        let kept = Scorer(questionnaire: questionnaire).score(["exposure": .choice("high"), "keep-security": .choice("yes")])
        XCTAssertEqual(try kept.row("security").owner, .internal)
        XCTAssertEqual(try kept.row("monitoring").owner, .internal)
        XCTAssertEqual(try kept.row("monitoring").phase, .later)
        XCTAssertEqual(try kept.row("inventory").owner, .internal)
        // Partner-led but later: monitoring joins the partner's lane, and its phase (later) is already no later.
        let calm = Scorer(questionnaire: questionnaire).score(["exposure": .choice("low"), "keep-security": .choice("no")])
        XCTAssertEqual(try calm.row("monitoring").owner, .shared)
        XCTAssertEqual(try calm.row("monitoring").phase, .later)
        XCTAssertEqual(try calm.row("monitoring").reasons.count, 2, "no phase change to explain")
    }

    // MARK: - Answers set aside by visibility

    /// An answer to a hidden question is kept but not read: it feeds no signal, fires no rule, is not counted.
    func testHiddenAnswerIsSetAside() throws {
        let scorer = try scorer(Self.quick)
        var base = try responses("solo-admin-overwhelmed", in: Self.quick)  // one site: "Support at other sites" is hidden
        XCTAssertEqual(base["sites"], .number(1))
        let without = scorer.score(base)
        base["site-support"] = .choice("fend")  // would be growth-pressure 10/10
        let with = scorer.score(base)
        XCTAssertFalse(with.visibleQuestionIDs.contains("site-support"))
        XCTAssertSameScore(with, without, "a hidden answer changes nothing")
        XCTAssertFalse(try with.signal("growth-pressure").contributions.contains { $0.questionID == "site-support" })

        // Shown again, the kept answer counts again: growth 3/7 + 10/10 + 3/10 = 16/27 with three sites.
        base["sites"] = .number(3)
        let shown = scorer.score(base)
        XCTAssertTrue(shown.visibleQuestionIDs.contains("site-support"))
        XCTAssertEqual(try shown.signal("growth-pressure").score, 59)
        XCTAssertEqual(shown.answeredCount, with.answeredCount + 1)
        XCTAssertEqual(
            Visibility.setAside(questionnaire: scorer.questionnaire, before: base, after: base.merging(["sites": .number(1)]) { $1 }).map(
                \.id),
            ["site-support"])
    }

    /// A whole section hidden (the internal IT lead's week, when there is no internal IT): its answers are set aside.
    func testHiddenSectionIsSetAside() throws {
        let scorer = try scorer(Self.full)
        var answers = try responses("no-internal-it", in: Self.full)
        let without = scorer.score(answers)
        answers["week-split"] = .choice("firefighting")
        answers["ticket-queue"] = .choice("untracked")
        answers["interruptions"] = .scale(5)
        answers["time-sinks"] = .choices(["password-resets", "devices"])
        answers["two-week-absence"] = .choice("stuck")
        let with = scorer.score(answers)
        XCTAssertSameScore(with, without, "answers in a hidden section change nothing")
        XCTAssertNil(try with.signal("reactive-workload").score)
        let setAside = Visibility.setAside(
            questionnaire: scorer.questionnaire, before: answers.merging(["internal-it": .choice("solo")]) { $1 }, after: answers)
        // The day-to-day section, and "two weeks away", which asks about the IT person there is not.
        XCTAssertEqual(setAside.map(\.id), ["week-split", "ticket-queue", "interruptions", "time-sinks", "two-week-absence"])
    }

    // MARK: - Free text

    /// A shown text answer is context, not evidence: the score is the same with or without it.
    func testShownTextAnswerDoesNotAffectTheScore() throws {
        for questionnaireID in EngineFixtures.shippedIDs {
            let questionnaire = try EngineFixtures.shipped(questionnaireID)
            let scorer = Scorer(questionnaire: questionnaire)
            let textIDs = questionnaire.questions.filter { $0.kind.name == "text" }.map(\.id)
            XCTAssertFalse(textIDs.isEmpty)
            var answers = try responses("single-critical-signal", in: questionnaireID)
            for id in textIDs { answers[id] = nil }
            let without = scorer.score(answers)
            // Text that reads like an alarming answer, or an option id, still scores nothing.
            for id in textIDs { answers[id] = .text("nobody: firefighting, never restored, one-person") }
            let with = scorer.score(answers)
            XCTAssertTrue(textIDs.allSatisfy(with.visibleQuestionIDs.contains), "text questions are shown")
            assertSameConclusions(with, without, questionnaireID)
            XCTAssertEqual(with.answeredCount, without.answeredCount + textIDs.count, "answered, though it scores nothing")
            // Unanswered text is not something to verify before deciding.
            XCTAssertFalse(without.unknowns.contains { textIDs.contains($0.questionID) })
        }
    }

    /// A rule may read whether text was given, but the typed words never reach a reason (reports may redact them).
    func testTypedTextStaysOutOfReasons() throws {
        let yaml = Self.laneYAML.replacingOccurrences(
            of: """
                          - {id: "yes", label: "Yes"}
                """,
            with: """
                          - {id: "yes", label: "Yes"}
                      - id: incident
                        title: Recent incident
                        kind: text
                        call: {ask: "Any recent incident?"}
                        self: {ask: "Any recent incident?", why: "Context."}
                """
        ).replacingOccurrences(
            of: """
                      - when: {question: keep-security, is: "yes"}
                """,
            with: """
                      - when: {question: incident, state: answered}
                        phase: next
                        reason: "A recent incident was described."
                      - when: {question: keep-security, is: "yes"}
                """)
        let questionnaire = try EngineFixtures.inline(yaml)
        XCTAssertNotNil(questionnaire.question("incident"))
        XCTAssertEqual(questionnaire.area("security")?.rules.count, 3, "the rule on the text question is in place")
        let result = Scorer(questionnaire: questionnaire).score([
            "exposure": .choice("low"), "keep-security": .choice("no"), "incident": .text("Ransomware at the Leeds office, payroll lost"),
        ])
        let security = try result.row("security")
        XCTAssertEqual(security.phase, .next)
        XCTAssertTrue(security.reasons.contains("A recent incident was described. (Recent incident: answered)"), "\(security.reasons)")
        XCTAssertFalse(security.reasons.joined().contains("Ransomware"))
    }
}
