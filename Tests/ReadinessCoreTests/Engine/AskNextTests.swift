import XCTest

@testable import ReadinessCore

/// "Ask next" on a small questionnaire written here, so every expectation can be worked out by hand.
///
/// Two signals: `load` (weight 3) and `gap` (weight 1, critical from 90; the critical floor is 70). Bands:
/// not-yet 0-24, possible-fit 25-39, good-fit 40-54, strong-fit 55-100. The baseline answers are
/// team = someone, server-age = new (load 0 of 10), load-a = busy (load 5 of 10): load is 5/20 = 25, the
/// only signal with evidence, so the need is 25, possible-fit.
final class AskNextTests: XCTestCase {
    static let yaml = """
        id: ask-next-check
        version: "1"
        title: Ask-next check
        scoring: {moderateAt: 35, highAt: 60, criticalFloor: 70, confidence: {high: 10, medium: 25}}
        signals:
          - {id: load, title: Load, weight: 3}
          - {id: gap, title: Gap, weight: 1, criticalAt: 90}
        sections:
          - id: main
            title: Main
            questions:
              - id: team
                title: Team
                kind: single
                allowUnknown: false
                call: {ask: "Who looks after IT?"}
                self: {ask: "Who looks after IT?", why: "Ownership."}
                options:
                  - {id: nobody, label: Nobody}
                  - {id: someone, label: Someone}
              - id: colour
                title: Colour
                kind: single
                call: {ask: "Favourite colour?"}
                self: {ask: "Favourite colour?", why: "It changes nothing."}
                options:
                  - {id: red, label: Red}
                  - {id: blue, label: Blue}
              - id: servers
                title: Servers
                kind: single
                allowNotApplicable: true
                call: {ask: "Where are the servers?"}
                self: {ask: "Where are my servers?", why: "Not applicable when there are none."}
                options:
                  - {id: onsite, label: Onsite}
                  - {id: cloud, label: Cloud}
              - id: server-age
                title: Server age
                kind: single
                showIf: {not: {question: servers, state: not-applicable}}
                call: {ask: "How old are they?"}
                self: {ask: "How old are they?", why: "Old servers are work."}
                options:
                  - {id: new, label: New}
                  - {id: old, label: Old, signals: {load: 10}}
              - id: load-a
                title: Load
                kind: single
                call: {ask: "How busy?"}
                self: {ask: "How busy am I?", why: "Load."}
                options:
                  - {id: calm, label: Calm}
                  - {id: busy, label: Busy, signals: {load: 5}}
                  - {id: swamped, label: Swamped, signals: {load: 10}}
              - id: gap-a
                title: Gap
                kind: single
                allowNotApplicable: true
                call: {ask: "Who covers nights?"}
                self: {ask: "Who covers nights?", why: "Gap."}
                options:
                  - {id: covered, label: Covered}
                  - {id: thin, label: Thin, signals: {gap: 10}}
              - id: headcount
                title: Headcount
                kind: number
                number: {min: 1, max: 100000, unit: people}
                call: {ask: "How many people?"}
                self: {ask: "How many people?", why: "Size."}
              - id: shape
                title: Shape
                kind: scale
                call: {ask: "How is the shape?"}
                self: {ask: "How is the shape?", why: "Only the middle counts."}
                scale: {low: Flat, high: Steep, signals: {load: [0, 0, 10, 0, 0]}}
              - id: sites
                title: Sites
                kind: number
                number:
                  min: 1
                  max: 1000
                  bands:
                    - {atLeast: 10, signals: {load: 10}}
                    - {atLeast: 20, signals: {load: 0}}
                call: {ask: "How many sites?"}
                self: {ask: "How many sites?", why: "Only ten to nineteen count."}
              - id: tools
                title: Tools
                kind: multiple
                allowNotApplicable: true
                call: {ask: "Which tools eat time?"}
                self: {ask: "Which tools eat my time?", why: "Tools."}
                options:
                  - {id: rmm, label: Monitoring, signals: {load: 2}}
                  - {id: psa, label: Ticketing, signals: {load: 3}}
                  - {id: none, label: None, exclusive: true}
              - id: pet
                title: Pet
                kind: single
                call: {ask: "Cat or dog?"}
                self: {ask: "Cat or dog?", why: "It changes nothing."}
                options:
                  - {id: cat, label: Cat}
                  - {id: dog, label: Dog}
              - id: notes
                title: Notes
                kind: text
                call: {ask: "Anything else?"}
                self: {ask: "Anything else?", why: "Context."}
        rating:
          prerequisites:
            - id: nobody
              when: {question: team, is: nobody}
              rating: fully-managed
              reason: "Nobody to keep ownership."
            - id: middling
              when: {question: headcount, atLeast: 500, atMost: 600}
              rating: fully-managed
              reason: "A threshold in the middle of the range, found only from the condition."
          bands:
            - {rating: not-yet, min: 0, max: 24, reason: "Covered."}
            - {rating: possible-fit, min: 25, max: 39, reason: "Some signals."}
            - {rating: good-fit, min: 40, max: 54, reason: "Clear signals."}
            - {rating: strong-fit, min: 55, max: 100, reason: "Strong signals."}
        blockers:
          - id: thin-gap
            when: {question: gap-a, is: thin}
            title: Nights are thin
            explain: "Nobody covers nights."
            step: "Cover nights first."
        areas:
          - {id: coverage, title: Coverage, owner: partner, phase: next, reason: "Routine coverage."}
        """

    static let baseline: [String: Response] = ["team": .choice("someone"), "server-age": .choice("new"), "load-a": .choice("busy")]

    func questionnaire() throws -> Questionnaire { try EngineFixtures.inline(Self.yaml, path: "ask-next-check.yaml") }

    /// Rounds half up, as a reader checking by hand would.
    func rounded(_ value: Double) -> Int { Int((value + 0.5).rounded(.down)) }

    /// The need from load points (out of a maximum) and, when known, the gap score, with the critical lift.
    func need(load: Int, of maximum: Int, gap: Double? = nil) -> Int {
        let loadScore = 100 * Double(load) / Double(maximum)
        guard let gap else { return rounded(loadScore) }
        let average = (3 * loadScore + gap) / 4
        return rounded(gap >= 90 ? max(average, 70) : average)
    }

    func testBaselineIsWhatTheHeaderSays() throws {
        let result = Scorer(questionnaire: try questionnaire()).score(Self.baseline)
        XCTAssertEqual(result.fit.need, 25)
        XCTAssertEqual(result.fit.rating, .possibleFit)
        // Unknowns at best: load 5/45 (shape, sites, tools and their 25 points unknown), gap 0: (3 × 11.1) / 4 = 8.
        // At worst: load 30/45 = 66.7, gap 100 (critical): (3 × 66.7 + 100) / 4 = 75.
        XCTAssertEqual(result.fit.low, 8)
        XCTAssertEqual(result.fit.high, 75)
        XCTAssertEqual(result.fit.confidence, .low)
    }

    func testRankingSwingsAndRatings() throws {
        let result = Scorer(questionnaire: try questionnaire()).score(Self.baseline)
        let items = result.unknowns
        // Free text is not something to verify; every other unanswered shown question is listed.
        // headcount first: one of its answers settles the rating through a prerequisite, whatever the need.
        // gap-a next: one of its answers reveals a blocker. Then by the expected change of rating, in bands
        // averaged over the answers (worked out below): shape 5/5 and sites 6/6 (every answer changes the
        // rating by one band), tools 2/5, servers 1/3; shape and sites tie on weight times spread (3 × 10)
        // and swing (25), so questionnaire order. colour and pet can change nothing.
        XCTAssertEqual(
            items.map(\.questionID), ["headcount", "gap-a", "shape", "sites", "tools", "servers", "colour", "pet"], result.digest)
        let byID = Dictionary(uniqueKeysWithValues: items.map { ($0.questionID, $0) })
        XCTAssertEqual(items.filter(\.couldDecideRating).map(\.questionID), ["headcount"])

        // gap-a: covered → (3×25 + 0)/4 = 18.75 → 19 (not-yet); thin → (75 + 100)/4 = 43.75, critical, lifted to 70
        // (strong-fit); not applicable → 25. Swing 45.
        let gap = try XCTUnwrap(byID["gap-a"])
        let gapNeeds = [need(load: 5, of: 20, gap: 0), need(load: 5, of: 20, gap: 100), 25]
        XCTAssertEqual(gapNeeds, [19, 70, 25])
        XCTAssertEqual(gap.swing, gapNeeds.map { abs($0 - 25) }.max())
        XCTAssertEqual(gap.swing, 45)
        XCTAssertEqual(gap.couldChangeRatingTo, [.strongFit, .notYet])
        XCTAssertEqual(gap.couldTriggerBlockers, ["thin-gap"])
        XCTAssertFalse(gap.isDontKnow)
        XCTAssertEqual(gap.impact, "could move need by up to 45; could change the rating to strong-fit or not-yet; could reveal a blocker")

        // servers: onsite or cloud change nothing; only "not applicable" hides server-age, leaving load 5/10 = 50.
        let servers = try XCTUnwrap(byID["servers"])
        XCTAssertEqual(servers.swing, need(load: 5, of: 10) - 25)
        XCTAssertEqual(servers.swing, 25)
        XCTAssertEqual(servers.couldChangeRatingTo, [.goodFit])

        // shape: only 3 gives points: 15/30 = 50 (good-fit); any other value 5/30 = 17 (not-yet). Swing 25.
        let shape = try XCTUnwrap(byID["shape"])
        XCTAssertEqual(shape.swing, max(abs(need(load: 15, of: 30) - 25), abs(need(load: 5, of: 30) - 25)))
        XCTAssertEqual(shape.swing, 25)
        XCTAssertEqual(shape.couldChangeRatingTo, [.goodFit, .notYet])

        // sites: only 10 to 19 reach the band with points (the ends, 1 and 1000, give none): same as shape.
        let sites = try XCTUnwrap(byID["sites"])
        XCTAssertEqual(sites.swing, 25)
        XCTAssertEqual(sites.couldChangeRatingTo, [.goodFit, .notYet])

        // tools: none 5/25 = 20 (not-yet), monitoring 7/25 = 28, ticketing 8/25 = 32 (possible-fit), both
        // 10/25 = 40 (good-fit), not applicable 25. Swing 15.
        let tools = try XCTUnwrap(byID["tools"])
        let toolNeeds = [need(load: 5, of: 25), need(load: 7, of: 25), need(load: 8, of: 25), need(load: 10, of: 25), 25]
        XCTAssertEqual(toolNeeds, [20, 28, 32, 40, 25])
        XCTAssertEqual(tools.swing, toolNeeds.map { abs($0 - 25) }.max())
        XCTAssertEqual(tools.couldChangeRatingTo, [.goodFit, .notYet])

        // headcount: no points, but 500 to 600 meets a prerequisite; the ends (1, 100000) do not.
        let headcount = try XCTUnwrap(byID["headcount"])
        XCTAssertEqual(headcount.swing, 0)
        XCTAssertEqual(headcount.couldChangeRatingTo, [.fullyManaged])
        XCTAssertEqual(headcount.impact, "cannot move need; could change the rating to fully-managed")

        // colour and pet can change nothing: last, swing 0, in questionnaire order.
        for id in ["colour", "pet"] {
            let item = try XCTUnwrap(byID[id])
            XCTAssertEqual(item.swing, 0, id)
            XCTAssertEqual(item.couldChangeRatingTo, [], id)
            XCTAssertEqual(item.couldTriggerBlockers, [], id)
            XCTAssertEqual(item.impact, "cannot move need")
        }
    }

    /// Swing is the largest change over every allowed answer, found here by trying them all through `score`.
    func testSwingIsTheLargestChangeOverEveryAllowedAnswer() throws {
        let questionnaire = try questionnaire()
        let scorer = Scorer(questionnaire: questionnaire)
        let result = scorer.score(Self.baseline)
        for item in result.unknowns {
            let question = try XCTUnwrap(questionnaire.question(item.questionID))
            var candidates: [Response] = []
            switch question.kind {
            case .single(let options): candidates = options.map { .choice($0.id) }
            case .multiple: candidates = [["rmm"], ["psa"], ["rmm", "psa"], ["none"]].map(Response.choices)
            case .scale: candidates = (1...5).map(Response.scale)
            case .number(let spec): candidates = (spec.minimum...min(spec.maximum, 1200)).map(Response.number) + [.number(spec.maximum)]
            case .text: XCTFail("text is not ranked")
            }
            if question.allowsNotApplicable { candidates.append(.notApplicable) }
            var swing = 0
            var ratings = Set<Rating>()
            for candidate in candidates {
                // The need and the decision exactly as `score` gives them, without trying the trial's own unknowns.
                let trial = scorer.evaluate(Self.baseline.merging([item.questionID: candidate]) { $1 })
                swing = max(swing, abs(trial.need.need - result.fit.need))
                if trial.decided.decision.rating != result.fit.rating { ratings.insert(trial.decided.decision.rating) }
            }
            XCTAssertEqual(item.swing, swing, item.questionID)
            XCTAssertEqual(Set(item.couldChangeRatingTo), ratings, item.questionID)
        }
    }

    /// "Not applicable" is tried only where the question allows it.
    func testNotApplicableIsConsideredOnlyWhereAllowed() throws {
        let questionnaire = try questionnaire()
        XCTAssertTrue(
            AskNext.possibleResponses(for: try XCTUnwrap(questionnaire.question("servers")), in: questionnaire).contains(.notApplicable))
        XCTAssertFalse(
            AskNext.possibleResponses(for: try XCTUnwrap(questionnaire.question("colour")), in: questionnaire).contains(.notApplicable))
        // And the ranking shows it: servers moves the need only through "not applicable".
        let servers = try XCTUnwrap(Scorer(questionnaire: questionnaire).score(Self.baseline).unknowns.first { $0.questionID == "servers" })
        XCTAssertEqual(servers.swing, 25)
    }

    /// The thresholds of a number question's conditions and bands are among the values tried.
    func testNumberThresholdsAreFound() throws {
        let questionnaire = try questionnaire()
        let headcount = try XCTUnwrap(questionnaire.question("headcount"))
        let tried = AskNext.possibleResponses(for: headcount, in: questionnaire).compactMap { response -> Int? in
            if case .number(let value) = response { return value }
            return nil
        }
        XCTAssertTrue(tried.contains(500), "\(tried)")
        XCTAssertTrue(tried.contains(600), "\(tried)")
        XCTAssertTrue(tried.contains(499) && tried.contains(601), "both sides of each threshold: \(tried)")
        XCTAssertTrue(tried.contains(1) && tried.contains(100_000))
        XCTAssertTrue(tried.allSatisfy { (1...100_000).contains($0) })
        let sites = try XCTUnwrap(questionnaire.question("sites"))
        let siteValues = AskNext.possibleResponses(for: sites, in: questionnaire)
        XCTAssertTrue(
            siteValues.contains(.number(10)) && siteValues.contains(.number(19)) && siteValues.contains(.number(20)), "\(siteValues)")
    }

    /// The shipped questionnaires: "one person supporting 75 or more" is a rule threshold on org-size; the
    /// overflow row moves, though the need cannot.
    func testShippedNumberThresholdIsTried() throws {
        let questionnaire = try EngineFixtures.shipped("co-managed-readiness")
        let orgSize = try XCTUnwrap(questionnaire.question("org-size"))
        let tried = AskNext.possibleResponses(for: orgSize, in: questionnaire)
        XCTAssertTrue(tried.contains(.number(74)) && tried.contains(.number(75)), "\(tried)")
        let sites = try XCTUnwrap(questionnaire.question("sites"))
        let siteValues = AskNext.possibleResponses(for: sites, in: questionnaire)
        for value in [1, 2, 3, 4, 9, 10, 1000] { XCTAssertTrue(siteValues.contains(.number(value)), "sites \(value): \(siteValues)") }
    }

    /// Same input, same order: repeated, with the answers given in another order, and through a fresh scorer.
    func testRankingIsStableAndDeterministic() throws {
        let questionnaire = try questionnaire()
        let first = Scorer(questionnaire: questionnaire).score(Self.baseline).unknowns
        for round in 0..<20 {
            var responses: [String: Response] = [:]
            let keys = round.isMultiple(of: 2) ? Self.baseline.keys.sorted() : Self.baseline.keys.sorted().reversed()
            for key in keys { responses[key] = Self.baseline[key] }
            XCTAssertEqual(Scorer(questionnaire: try self.questionnaire()).score(responses).unknowns, first, "round \(round)")
        }
        // "Don't know" ranks exactly like unanswered; only the flag differs.
        let dontKnow = Scorer(questionnaire: questionnaire).score(Self.baseline.merging(["colour": .unknown, "sites": .unknown]) { $1 })
            .unknowns
        XCTAssertEqual(dontKnow.map(\.questionID), first.map(\.questionID))
        XCTAssertEqual(dontKnow.map(\.swing), first.map(\.swing))
        XCTAssertEqual(dontKnow.filter(\.isDontKnow).map(\.questionID), ["sites", "colour"])
    }

    /// Ties are broken by questionnaire order, not by the order answers were given or by hashing.
    func testTiesFollowQuestionnaireOrder() throws {
        // Answering everything but three irrelevant questions leaves three ties at swing 0.
        var responses = Self.baseline
        responses["gap-a"] = .choice("covered")
        responses["servers"] = .choice("cloud")
        responses["shape"] = .scale(1)
        responses["sites"] = .number(1)
        responses["tools"] = .choices(["none"])
        responses["headcount"] = .number(40)
        let questionnaire = try questionnaire()
        let extended = try EngineFixtures.inline(
            Self.yaml.replacingOccurrences(
                of: """
                          - id: pet
                    """,
                with: """
                          - id: zebra
                            title: Zebra
                            kind: single
                            call: {ask: "Zebra?"}
                            self: {ask: "Zebra?", why: "Nothing."}
                            options:
                              - {id: a, label: A}
                              - {id: b, label: B}
                          - id: pet
                    """))
        XCTAssertEqual(Scorer(questionnaire: questionnaire).score(responses).unknowns.map(\.questionID), ["colour", "pet"])
        XCTAssertEqual(Scorer(questionnaire: extended).score(responses).unknowns.map(\.questionID), ["colour", "zebra", "pet"])
    }

    /// Answered questions, and questions hidden by an answer, are not listed.
    func testOnlyShownOpenQuestionsAreListed() throws {
        let result = Scorer(questionnaire: try questionnaire()).score(
            Self.baseline.merging(["servers": .notApplicable, "colour": .choice("red")]) { $1 })
        let ids = result.unknowns.map(\.questionID)
        XCTAssertFalse(ids.contains("servers"), "answered not applicable")
        XCTAssertFalse(ids.contains("server-age"), "hidden")
        XCTAssertFalse(ids.contains("colour"), "answered")
        XCTAssertFalse(ids.contains("team"))
    }

    /// On the shipped questionnaires, a question whose every answer feeds nothing and decides nothing ranks
    /// after every question that can move something.
    func testShippedQuestionThatCannotChangeAnythingRanksLast() throws {
        // Operating hours feeds no signal; with after-hours covered it fires no blocker and no rule.
        var answers = try EngineFixtures.assessment("it-leader-needs-coverage", in: "co-managed-readiness").answers.compactMapValues(
            \.response)
        answers["after-hours"] = .choice("rota")
        answers["operating-hours"] = nil
        answers["mfa"] = .unknown
        answers["sites"] = .unknown
        let result = Scorer(questionnaire: try EngineFixtures.shipped("co-managed-readiness")).score(answers)
        XCTAssertEqual(result.unknowns.last?.questionID, "operating-hours", result.digest)
        XCTAssertEqual(result.unknowns.last?.swing, 0)
        XCTAssertEqual(result.unknowns.last?.couldChangeRatingTo, [])
        XCTAssertTrue(
            result.unknowns.dropLast().allSatisfy { $0.swing > 0 || !$0.couldChangeRatingTo.isEmpty || !$0.couldTriggerBlockers.isEmpty })
    }
}
