import XCTest

@testable import ReadinessCore

/// The opt-in scoring rules of `scoring:` (`choices`, `seriousAnswers`, `criticalFrom`): read from YAML,
/// off by default, and each doing what the README says, worked out by hand.
final class ScoringSemanticsTests: XCTestCase {
    static func yaml(scoring: String) -> String {
        """
        id: semantics-check
        version: "1"
        title: Semantics check
        scoring: \(scoring)
        signals:
          - {id: pressure, title: Pressure, weight: 2, criticalAt: 70}
          - {id: recovery, title: Recovery, weight: 3, criticalAt: 75}
          - {id: depth, title: Depth, weight: 3}
        sections:
          - id: main
            title: Main
            questions:
              - id: rules
                title: Rules
                kind: multiple
                call: {ask: "Which rules?"}
                self: {ask: "Which rules?", why: "Pressure."}
                options:
                  - {id: strict, label: Strict, signals: {pressure: 8}}
                  - {id: medium, label: Medium, signals: {pressure: 6}}
                  - {id: light, label: Light, signals: {pressure: 3}}
                  - {id: none, label: None, exclusive: true}
              - id: restore
                title: Restore tested
                kind: single
                call: {ask: "Restore tested?"}
                self: {ask: "Restore tested?", why: "Recovery."}
                options:
                  - {id: recent, label: Recent}
                  - {id: never, label: Never, signals: {recovery: 10}}
              - id: recover-time
                title: Time to recover
                kind: single
                call: {ask: "How long to recover?"}
                self: {ask: "How long to recover?", why: "Recovery."}
                options:
                  - {id: hours, label: Hours}
                  - {id: a-day, label: "A day, we think", signals: {recovery: 4}}
                  - {id: days, label: "Several days", signals: {recovery: 10}}
              - id: admin
                title: Admin access
                kind: single
                call: {ask: "Who has admin?"}
                self: {ask: "Who has admin?", why: "Keys."}
                options:
                  - {id: vault, label: Vault}
                  - {id: one, label: One person, signals: {recovery: 2}}
                  - {id: lost, label: Lost, signals: {recovery: 2, depth: 3}}
              - id: skill
                title: Skill
                kind: single
                call: {ask: "Security skill?"}
                self: {ask: "Security skill?", why: "Depth."}
                options:
                  - {id: strong, label: Strong}
                  - {id: thin, label: Thin, signals: {depth: 10}}
        rating:
          bands:
            - {rating: not-yet, min: 0, max: 24, reason: "Covered."}
            - {rating: possible-fit, min: 25, max: 39, reason: "Some."}
            - {rating: good-fit, min: 40, max: 54, reason: "Clear."}
            - {rating: strong-fit, min: 55, max: 100, reason: "Strong."}
        blockers:
          - id: one-admin
            when: {question: admin, is: [one, lost]}
            title: One admin
            explain: "Only one person."
        areas:
          - {id: coverage, title: Coverage, owner: partner, phase: next, reason: "Routine coverage."}
        """
    }

    func load(_ scoring: String) throws -> Questionnaire {
        try EngineFixtures.inline(Self.yaml(scoring: scoring), path: "semantics-check.yaml")
    }

    func score(_ questionnaire: Questionnaire, _ responses: [String: Response], _ signal: String) throws -> Int? {
        try Scorer(questionnaire: questionnaire).score(responses).signal(signal).score
    }

    // MARK: - Reading and defaults

    func testDefaultsAreVersionOnesAndTheShippedQuestionnairesKeepThem() throws {
        let defaults = try load("{moderateAt: 35}").scoring.semantics
        XCTAssertEqual(defaults, ScoringSemantics(choices: .sum, seriousAnswers: .asScored, criticalFrom: [:]))
        for id in EngineFixtures.shippedIDs {
            XCTAssertEqual(try EngineFixtures.shipped(id).scoring.semantics, ScoringSemantics(), id)
        }
    }

    func testSettingsAreRead() throws {
        let semantics = try load("{choices: capped-sum, seriousAnswers: never-lower, criticalFrom: {recovery: restore}}").scoring.semantics
        XCTAssertEqual(semantics, ScoringSemantics(choices: .cappedSum, seriousAnswers: .neverLower, criticalFrom: ["recovery": "restore"]))
    }

    func testBadSettingsSayWhereAndWhat() throws {
        let cases: [(scoring: String, message: String)] = [
            ("{choices: most}", "semantics-check.yaml:4:20: error: choices must be one of sum, strongest, capped-sum, found 'most'"),
            (
                "{seriousAnswers: never}",
                "semantics-check.yaml:4:27: error: seriousAnswers must be one of as-scored, never-lower, found 'never'"
            ),
            ("{criticalFrom: {recovry: restore}}", "semantics-check.yaml:4:26: error: unknown signal 'recovry'; did you mean 'recovery'?"),
            ("{criticalFrom: {recovery: restor}}", "semantics-check.yaml:4:36: error: unknown question 'restor'; did you mean 'restore'?"),
            (
                "{criticalFrom: [recovery]}",
                "semantics-check.yaml:4:25: error: expected criticalFrom (signal: its primary question) as a mapping of keys and values, found a list"
            ),
        ]
        for (scoring, message) in cases {
            let source = SourceFile(path: "semantics-check.yaml", text: Self.yaml(scoring: scoring))
            let (questionnaire, diagnostics) = QuestionnaireLoader.diagnose(source)
            XCTAssertNil(questionnaire, scoring)
            let rendered = DiagnosticRenderer.render(diagnostics, in: source)
            XCTAssertTrue(rendered.hasPrefix(message), "\(scoring):\n\(rendered)")
        }
    }

    // MARK: - Multiple choices

    /// Options give 8, 6 and 3 points. Summed, the maximum is 17, so the strict rule alone reads 8/17 = 47;
    /// strongest, the maximum is 8 and it reads 100; capped, the maximum is 10 and it reads 80.
    func testOneSeriousSelectionIsHighOnItsOwn() throws {
        let strict: [String: Response] = ["rules": .choices(["strict"])]
        let lightAndMedium: [String: Response] = ["rules": .choices(["medium", "light"])]
        let lightOnly: [String: Response] = ["rules": .choices(["light"])]
        let sum = try load("{moderateAt: 35}")
        XCTAssertEqual(try score(sum, strict, "pressure"), 47)
        XCTAssertEqual(try score(sum, lightAndMedium, "pressure"), 53)
        let strongest = try load("{choices: strongest}")
        XCTAssertEqual(try score(strongest, strict, "pressure"), 100)
        XCTAssertEqual(try score(strongest, lightAndMedium, "pressure"), 75)  // 6 of 8
        XCTAssertEqual(try score(strongest, lightOnly, "pressure"), 38)  // 3 of 8
        XCTAssertEqual(try score(strongest, ["rules": .choices(["none"])], "pressure"), 0)
        let capped = try load("{choices: capped-sum}")
        XCTAssertEqual(try score(capped, strict, "pressure"), 80)
        XCTAssertEqual(try score(capped, ["rules": .choices(["strict", "medium"])], "pressure"), 100)  // 14, capped at 10
        XCTAssertEqual(try score(capped, lightAndMedium, "pressure"), 90)
        XCTAssertEqual(try score(capped, lightOnly, "pressure"), 30)
        // The strict rule alone is critical (from 70) with either rule, not with the sum.
        XCTAssertEqual(try Scorer(questionnaire: strongest).score(strict).signal("pressure").level, .critical)
        XCTAssertEqual(try Scorer(questionnaire: capped).score(strict).signal("pressure").level, .critical)
        XCTAssertEqual(try Scorer(questionnaire: sum).score(strict).signal("pressure").level, .moderate)
    }

    // MARK: - Serious answers

    /// Admin access "one person" reveals a blocker and gives recovery 2 of its 2 and depth 0 of 3. As
    /// scored, the depth 0 is a known zero: with skill thin (10/10) depth falls from 100 to 10/13 = 77 and
    /// the need with it. Never-lower leaves depth's 3 open, as "don't know" does.
    func testABlockerAnswerNoLongerLowersANeighbour() throws {
        let base: [String: Response] = ["skill": .choice("thin"), "restore": .choice("recent")]
        let blocker = base.merging(["admin": .choice("one")]) { $1 }
        let dontKnow = base.merging(["admin": .unknown]) { $1 }
        let asScored = Scorer(questionnaire: try load("{moderateAt: 35}"))
        XCTAssertEqual(try asScored.score(blocker).signal("depth").score, 77)
        XCTAssertEqual(try asScored.score(dontKnow).signal("depth").score, 100)
        XCTAssertLessThan(asScored.score(blocker).fit.need, asScored.score(dontKnow).fit.need, "the version 1 fault")

        let neverLower = Scorer(questionnaire: try load("{seriousAnswers: never-lower}"))
        let revealed = neverLower.score(blocker)
        XCTAssertEqual(try revealed.signal("depth").score, 100, revealed.digest)
        XCTAssertEqual(try revealed.signal("depth").unknownMaximum, 3, revealed.digest)
        // Recovery: restore recent is 0 of 10, one person 2 of 2 at full strength: 2/12 = 17, not 2/12 either
        // way; the answer raises recovery against "don't know" (0/10 = 0).
        XCTAssertEqual(try revealed.signal("recovery").score, 17, revealed.digest)
        XCTAssertEqual(try neverLower.score(dontKnow).signal("recovery").score, 0)
        XCTAssertGreaterThanOrEqual(revealed.fit.need, neverLower.score(dontKnow).fit.need)
        // An answer that reveals nothing is scored as before.
        let vault = base.merging(["admin": .choice("vault")]) { $1 }
        XCTAssertSameScore(neverLower.score(vault), asScored.score(vault))
    }

    // MARK: - Primary questions

    /// Restore never tested (10 of 10) with "about a day, we think" (4 of 10) and admin vault (0 of 2) reads
    /// 14/22 = 64: below critical (75), so the critical gap disappears behind a guess. With the restore as
    /// recovery's primary question the signal stays critical at 75 and lifts the need to the floor (70).
    func testAPrimaryQuestionKeepsACriticalGapAgainstAnOptimisticNeighbour() throws {
        let answers: [String: Response] = ["restore": .choice("never"), "recover-time": .choice("a-day"), "admin": .choice("vault")]
        let plain = Scorer(questionnaire: try load("{moderateAt: 35}")).score(answers)
        XCTAssertEqual(try plain.signal("recovery").score, 64)
        XCTAssertEqual(try plain.signal("recovery").level, .high)
        let primary = Scorer(questionnaire: try load("{criticalFrom: {recovery: restore}}")).score(answers)
        XCTAssertEqual(try primary.signal("recovery").score, 75, primary.digest)
        XCTAssertEqual(try primary.signal("recovery").level, .critical)
        XCTAssertEqual(primary.fit.need, 70, primary.digest)
        XCTAssertEqual(primary.fit.decision, .criticalFloor(.strongFit, floor: 70))
        XCTAssertTrue(
            primary.fit.reasons.contains(
                "Recovery is critical (75) because the answer to \"Restore tested\" alone shows a critical gap; its other answers cannot lower it below that."
            ),
            primary.digest)
        // Whatever the neighbours say, the level stays critical; a primary answer that is not critical lifts nothing.
        for time in ["hours", "a-day", "days"] {
            for admin in ["vault", "one", "lost"] {
                let result = Scorer(questionnaire: try load("{criticalFrom: {recovery: restore}}"))
                    .score(["restore": .choice("never"), "recover-time": .choice(time), "admin": .choice(admin)])
                XCTAssertEqual(try result.signal("recovery").level, .critical, "\(time) \(admin)")
            }
        }
        let recent: [String: Response] = ["restore": .choice("recent"), "recover-time": .choice("a-day")]
        XCTAssertSameScore(
            Scorer(questionnaire: try load("{criticalFrom: {recovery: restore}}")).score(recent),
            Scorer(questionnaire: try load("{moderateAt: 35}")).score(recent))
    }
}
