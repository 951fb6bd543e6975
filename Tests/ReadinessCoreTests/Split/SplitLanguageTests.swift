import Foundation
import XCTest

@testable import ReadinessCore

/// The split language as a questionnaire author meets it: the examples in `questionnaires/README.md`,
/// first-match tables, the policy, named conditions, next steps that read the split, and the warnings
/// `validate` gives for logic that can never matter.
final class SplitLanguageTests: XCTestCase {
    /// The YAML examples in `questionnaires/README.md`, in order.
    static func readmeExamples() throws -> [String] {
        let url = EngineFixtures.repositoryRoot.appendingPathComponent("questionnaires/README.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    /// The worked example with its `areas` and `nextSteps` replaced by the worked split, as the README says.
    static func newcomerQuestionnaire(planting plant: (String) -> String = { $0 }) throws -> String {
        let examples = try readmeExamples()
        let tiny = try XCTUnwrap(examples.first { $0.hasPrefix("id: tiny-check") })
        let split = try XCTUnwrap(examples.first { $0.contains("split:\n  strongest:") })
        let head = try XCTUnwrap(tiny.components(separatedBy: "\nareas:\n").first)
        return plant(head + "\n" + split)
    }

    static func diagnostics(_ text: String, path: String = "newcomer.yaml") -> (Questionnaire?, String) {
        let file = SourceFile(path: path, text: text)
        let (questionnaire, diagnostics) = QuestionnaireLoader.diagnose(file)
        return (questionnaire, DiagnosticRenderer.render(diagnostics, in: file))
    }

    func testEveryReadmeExampleAndTheNewcomerQuestionnaireValidateWithoutWarnings() throws {
        let tiny = try XCTUnwrap(Self.readmeExamples().first)
        XCTAssertEqual(Self.diagnostics(tiny).1, "")
        let (questionnaire, rendered) = try Self.diagnostics(Self.newcomerQuestionnaire())
        XCTAssertEqual(rendered, "")
        XCTAssertEqual(questionnaire?.splitPolicy.rules.count, 5)
        XCTAssertEqual(questionnaire?.areas.map(\.exceptions.count), [1, 1])
    }

    func testShippedQuestionnairesValidateWithoutWarnings() throws {
        for name in EngineFixtures.shippedIDs.flatMap({ ["\($0).yaml", "\($0)-v2.yaml"] }) {
            let path = "questionnaires/\(name)"
            let text = try String(contentsOf: EngineFixtures.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
            let check = QuestionnaireLoader.check(SourceFile(path: path, text: text), includes: EngineFixtures.readInclude)
            XCTAssertNotNil(check.questionnaire, name)
            XCTAssertEqual(DiagnosticRenderer.render(check.diagnostics, in: check.files), "", name)
        }
    }

    func testAnExceptionDecidesTheWholeRowAndNamesItsRuleAndFacts() throws {
        let questionnaire = try EngineFixtures.inline(Self.newcomerQuestionnaire())
        let result = Scorer(questionnaire: questionnaire).score([
            "after-hours": .choice("nobody"), "sites": .number(3), "site-travel": .scale(5),
        ])
        XCTAssertEqual(result.fit.rating, .strongFit)
        let coverage = try XCTUnwrap(result.split.first { $0.areaID == "after-hours-coverage" })
        XCTAssertEqual([coverage.owner.rawValue, coverage.phase.rawValue], ["partner", "now"])
        XCTAssertEqual(
            coverage.reasons,
            ["Nobody watches at night, so coverage starts in the first 30 days. (After-hours coverage: Nobody; we find out in the morning)"]
        )
        let monitoring = try XCTUnwrap(result.split.first { $0.areaID == "monitoring" })
        XCTAssertEqual([monitoring.owner.rawValue, monitoring.lead?.rawValue, monitoring.phase.rawValue], ["shared", "partner", "now"])
        XCTAssertEqual(
            monitoring.reasons,
            [
                "With several sites, the partner's tools watch them all and the team acts on what they find. (Sites: 3 sites; rating is strong-fit)",
                "Starts now with after-hours coverage, which depends on it.",
            ])
        XCTAssertTrue(result.nextSteps.contains("Agree who answers overnight alerts before anything else starts."), "\(result.nextSteps)")
    }

    func testThePolicyDecidesAreasWithoutAnExceptionThatHolds() throws {
        let questionnaire = try EngineFixtures.inline(Self.newcomerQuestionnaire())
        let scorer = Scorer(questionnaire: questionnaire)
        let good = scorer.score(["after-hours": .choice("one-person"), "sites": .number(1)])
        XCTAssertEqual(good.fit.rating, .goodFit)
        let coverage = try XCTUnwrap(good.split.first { $0.areaID == "after-hours-coverage" })
        XCTAssertEqual(coverage.phase, .now)
        XCTAssertEqual(
            coverage.reasons,
            [
                "It addresses one of the strongest signals, so it starts in the first 30 days. (After-hours gap is high and the strongest signal (60/100))"
            ])
        // The next step reads the row, so it follows the row whichever rule decided it.
        XCTAssertTrue(good.nextSteps.contains("Agree who answers overnight alerts before anything else starts."), "\(good.nextSteps)")

        let calm = scorer.score(["after-hours": .choice("covered"), "sites": .number(1)])
        XCTAssertEqual(calm.fit.rating, .notYet)
        XCTAssertEqual(calm.split.map(\.phase), [.later, .later])
        XCTAssertEqual(calm.split.first?.reasons, ["Not yet: this part is in hand today. (rating is not-yet)"])
    }

    func testPlantedDeadLogicIsWarnedAtItsLineAndColumn() throws {
        let planted = try Self.newcomerQuestionnaire { text in
            text
                .replacingOccurrences(
                    of: "  several-sites: {question: sites, atLeast: 2}\n",
                    with: """
                          several-sites: {question: sites, atLeast: 2}
                          spare: {rating: good-fit}

                        """
                )
                .replacingOccurrences(
                    of: "        reason: With several sites, the partner's tools watch them all and the team acts on what they find.\n",
                    with: """
                                reason: With several sites, the partner's tools watch them all and the team acts on what they find.
                              - when: {all: [{use: several-sites}, {rating: strong-fit}, {question: sites, atLeast: 900}]}
                                phase: now
                                reason: Planted behind the row above.

                        """)
        }
        let (questionnaire, rendered) = Self.diagnostics(planted)
        XCTAssertNotNil(questionnaire, "warnings do not stop a questionnaire from loading")
        XCTAssertEqual(
            rendered,
            """
            newcomer.yaml:75:3: warning: condition 'spare' is never used; use it with {use: spare} or remove it
              spare: {rating: good-fit}
              ^
            newcomer.yaml:121:9: warning: this row can never decide: whenever it holds, an earlier row holds and decides first
                  - when: {all: [{use: several-sites}, {rating: strong-fit}, {question: sites, atLeast: 900}]}
                    ^
            newcomer.yaml:116:9: note: the earlier row is here
                  - when: {all: [{use: several-sites}, {rating: [good-fit, strong-fit]}]}
                    ^
            newcomer.yaml:121:93: warning: 'atLeast: 900' can never hold: 'sites' accepts 0 to 500
                  - when: {all: [{use: several-sites}, {rating: strong-fit}, {question: sites, atLeast: 900}]}
                                                                                                        ^

            """)
    }

    func testANextStepThatCanNeverHoldAndARowThatRestatesTheDefaultAreWarned() throws {
        let text = try Self.newcomerQuestionnaire { text in
            text
                .replacingOccurrences(
                    of: "split:\n  strongest: {levelAtLeast: high, count: 3, onPossibleFit: 1}\n",
                    with: "split:\n  strongest: {levelAtLeast: high, count: 3, onPossibleFit: 1}\n  policy: []\nunused:\n"
                )
                .replacingOccurrences(
                    of: "    when: {area: after-hours-coverage, phase: now}\n",
                    with: "    when: {all: [{rating: not-yet}, {not: {rating: [not-yet]}}]}\n")
        }
        // The old policy rows now hang under an unknown key: drop them so only the warnings under test remain.
        let cut = text.components(separatedBy: "unused:\n")
        let rest = try XCTUnwrap(cut.last?.components(separatedBy: "\nareas:\n").last)
        let withoutPolicy =
            cut[0] + "\nareas:\n"
            + rest
            .replacingOccurrences(
                of: "      - when: {all: [{use: nights-unwatched}, {not: {rating: not-yet}}]}\n        phase: now\n",
                with: "      - when: {all: [{use: nights-unwatched}, {not: {rating: not-yet}}]}\n        phase: next\n")
        let (_, rendered) = Self.diagnostics(withoutPolicy)
        XCTAssertTrue(rendered.contains("warning: this row only restates the area's default (partner, next); remove it"), rendered)
        XCTAssertTrue(
            rendered.contains("warning: next step 'night-cover-first' can never be offered: its condition can never hold"), rendered)
    }

    func testTheFirstFormStillLoadsAndCannotBeMixedWithExceptions() throws {
        let tiny = try XCTUnwrap(Self.readmeExamples().first)
        XCTAssertEqual(Self.diagnostics(tiny).1, "")
        let mixed = tiny.replacingOccurrences(of: "    rules:\n", with: "    exceptions: []\n    rules:\n")
        let rendered = Self.diagnostics(mixed).1
        XCTAssertTrue(
            rendered.contains("error: an area has either 'rules' (the first form) or 'exceptions' (a first-match table), not both"),
            rendered)
    }

    func testNamedConditionsAreCheckedWhereTheyAreUsed() throws {
        let text = try Self.newcomerQuestionnaire { text in
            text
                .replacingOccurrences(
                    of: "  several-sites: {question: sites, atLeast: 2}\n",
                    with:
                        "  several-sites: {question: sites, atLeast: 2}\n  loop: {use: loop}\n  reads-split: {area: monitoring, phase: now}\n"
                )
                .replacingOccurrences(
                    of: "    when: {question: after-hours, is: nobody}\n",
                    with: "    when: {all: [{use: loop}, {use: reads-split}, {use: no-such}]}\n")
        }
        let rendered = Self.diagnostics(text).1
        XCTAssertTrue(rendered.contains("error: condition 'loop' refers to itself through 'use'"), rendered)
        XCTAssertTrue(
            rendered.contains(
                "error: condition 'reads-split' cannot be used here: it reads the split ('area'), which only a next step can use"), rendered
        )
        XCTAssertTrue(rendered.contains("error: unknown condition 'no-such'"), rendered)
    }
}
