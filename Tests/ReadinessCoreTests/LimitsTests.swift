import Foundation
import XCTest

@testable import ReadinessCore

/// The limits of README "Limits": every one is a clear error at a place in the file, or correct behaviour,
/// never a crash and never minutes of work. Each test builds the oversized input itself.
final class LimitsTests: XCTestCase {
    // MARK: - Notes and text answers

    /// A questionnaire with one text question and one single choice, for assessment files.
    private static let textQuestionnaire = """
        id: text-limits
        version: "1"
        title: Text limits
        signals:
          - {id: load, title: Load, weight: 1}
        sections:
          - id: only
            title: Only
            questions:
              - id: story
                title: Story
                kind: text
                call: {ask: "Anything else?"}
                self: {ask: "Anything else?", why: "Context."}
              - id: team
                title: Team
                kind: single
                call: {ask: "Who?"}
                self: {ask: "Who?", why: "Ownership."}
                options:
                  - {id: solo, label: One person, signals: {load: 5}}
                  - {id: many, label: A team}
        rating:
          bands:
            - {rating: not-yet, min: 0, max: 29, reason: "Low."}
            - {rating: possible-fit, min: 30, max: 49, reason: "Some."}
            - {rating: good-fit, min: 50, max: 69, reason: "Good."}
            - {rating: strong-fit, min: 70, max: 100, reason: "Strong."}
        areas:
          - {id: monitoring, title: Monitoring, owner: partner, phase: now, reason: Somebody watches.}
        """

    private func assessmentFile(note: String, story: String) -> String {
        """
        {
          "format": "readiness-assessment",
          "formatVersion": 1,
          "id": "limits23",
          "questionnaire": {"id": "text-limits", "version": "1"},
          "organization": "Limits Co",
          "answers": {
            "team": {"value": "solo", "note": "\(note)"},
            "story": {"value": "\(story)"}
          }
        }
        """
    }

    private func load(_ yaml: String, path: String = "limits.yaml") throws -> Questionnaire {
        try QuestionnaireLoader.load(SourceFile(path: path, text: yaml))
    }

    /// The diagnostics of a questionnaire that must not load.
    private func refusal(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        let (questionnaire, diagnostics) = QuestionnaireLoader.diagnose(SourceFile(path: "limits.yaml", text: yaml))
        XCTAssertNil(questionnaire, "the questionnaire loaded", file: file, line: line)
        return diagnostics.filter { $0.severity == .error }
    }

    func testAMegabyteNoteOrTextAnswerInAFileIsRefusedWhereItIs() throws {
        let questionnaire = try load(Self.textQuestionnaire)
        let megabyte = String(repeating: "word ", count: 200_000)
        let text = assessmentFile(note: megabyte, story: megabyte)
        XCTAssertThrowsError(try AssessmentFile.decode(SourceFile(path: "big.json", text: text), questionnaire: questionnaire)) { error in
            let diagnostics = (error as? DiagnosticsError)?.diagnostics ?? []
            XCTAssertEqual(
                diagnostics.map(\.message),
                [
                    "the note to 'team' holds at most 4000 characters; this one has 1000000",
                    "the answer to 'story' is not allowed: a text answer holds at most 4000 characters; this one has 1000000",
                ])
            XCTAssertEqual(diagnostics.map(\.location), [SourceLocation(line: 8, column: 39), SourceLocation(line: 9, column: 24)])
        }
    }

    func testANoteAndATextAnswerOfExactlyTheLimitLoadAndRoundTrip() throws {
        let questionnaire = try load(Self.textQuestionnaire)
        let longest = String(repeating: "東 ü ", count: 1000)
        XCTAssertEqual(longest.count, AnswerRecord.maximumTextLength)
        let assessment = try AssessmentFile.decode(
            SourceFile(path: "ok.json", text: assessmentFile(note: longest, story: longest)), questionnaire: questionnaire)
        XCTAssertEqual(assessment.answers["team"]?.note, longest)
        XCTAssertEqual(assessment.response(to: "story"), .text(longest))
        let again = try AssessmentFile.decode(
            SourceFile(path: "again.json", text: AssessmentFile.encode(assessment, questionnaire: questionnaire)),
            questionnaire: questionnaire)
        XCTAssertEqual(again.answers, assessment.answers)
        XCTAssertNotNil(AnswerValidation.problem(with: .text(longest + "!"), for: try XCTUnwrap(questionnaire.question("story"))))
    }

    // MARK: - Size of a questionnaire

    /// A questionnaire of single choices with three options, every seventh shown only after a "b" (or of
    /// multiple choices with `multipleOptions` options).
    private func questionnaire(questions: Int, signals: Int = 5, areas: Int = 1, multipleOptions: Int = 0, blocker: String? = nil) -> String
    {
        var lines = ["id: generated", "version: \"1\"", "title: Generated", "signals:"]
        for signal in 0..<signals { lines.append("  - {id: s\(signal), title: Signal \(signal), weight: 1}") }
        lines.append("sections:")
        for question in 0..<questions {
            if question % 50 == 0 { lines += ["  - id: section\(question / 50)", "    title: Section", "    questions:"] }
            lines.append("      - id: q\(question)")
            lines.append("        title: Question \(question)")
            lines.append("        call: {ask: \"Question \(question)?\"}")
            lines.append("        self: {ask: \"Question \(question)?\", why: \"Because.\"}")
            if question > 0, question % 7 == 0, multipleOptions == 0 { lines.append("        showIf: {question: q\(question - 1), is: b}") }
            if multipleOptions > 0 {
                lines.append("        kind: multiple")
                lines.append("        options:")
                for option in 0..<multipleOptions {
                    lines.append("          - {id: o\(option), label: Option \(option), signals: {s0: 3}}")
                }
            } else {
                lines.append("        kind: single")
                lines.append("        options:")
                lines.append("          - {id: a, label: A}")
                lines.append("          - {id: b, label: B, signals: {s\(question % signals): 5}}")
                lines.append("          - {id: c, label: C, signals: {s\(question % signals): 10}}")
            }
        }
        lines += [
            "rating:", "  bands:",
            "    - {rating: not-yet, min: 0, max: 29, reason: \"Low.\"}",
            "    - {rating: possible-fit, min: 30, max: 49, reason: \"Some.\"}",
            "    - {rating: good-fit, min: 50, max: 69, reason: \"Good.\"}",
            "    - {rating: strong-fit, min: 70, max: 100, reason: \"Strong.\"}",
        ]
        if let blocker {
            lines += ["blockers:", "  - id: wide", "    when: \(blocker)", "    title: Wide", "    explain: A wide condition."]
        }
        lines.append("areas:")
        for area in 0..<areas { lines.append("  - {id: area\(area), title: Area \(area), owner: partner, phase: now, reason: Why.}") }
        return lines.joined(separator: "\n") + "\n"
    }

    func testMoreThanTenThousandQuestionsAreRefusedBeforeTheyAreRead() {
        let started = Date()
        let errors = refusal(questionnaire(questions: 10_001))
        XCTAssertEqual(
            errors.map(\.message), ["the questionnaire has 10001 questions; at most 10000, so that reading and scoring stay quick"])
        XCTAssertEqual(errors.first?.location.line, 10, "at 'sections'")
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
    }

    func testThousandsOfQuestionsLoadAndScoreWithAskNextEstimated() throws {
        let loaded = try load(questionnaire(questions: 3000))
        XCTAssertEqual(loaded.questions.count, 3000)
        let started = Date()
        let result = Scorer(questionnaire: loaded).score(["q0": .choice("c"), "q1": .choice("b")])
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "trying every answer of 3000 questions would take minutes")
        XCTAssertEqual(result.answeredCount, 2)
        XCTAssertTrue((result.fit.low...result.fit.high).contains(result.fit.need))
        XCTAssertFalse(result.unknowns.isEmpty)
        XCTAssertTrue(result.unknowns.allSatisfy(\.isEstimate), "past the budget, ask-next estimates")
        XCTAssertTrue(result.unknowns[0].impact.hasSuffix("(estimated from its points)"), result.unknowns[0].impact)
    }

    func testThreeHundredQuestionsAreRankedExactly() throws {
        let loaded = try load(questionnaire(questions: 300))
        let result = Scorer(questionnaire: loaded).score(["q0": .choice("c"), "q1": .choice("b")])
        XCTAssertEqual(result.answeredCount, 2)
        XCTAssertFalse(result.unknowns.contains(where: \.isEstimate), "within the budget every answer is tried")
    }

    func testTooManySignalsOrAreasAreRefused() {
        let errors = refusal(questionnaire(questions: 3, signals: 1001, areas: 1500))
        XCTAssertEqual(
            errors.map(\.message),
            [
                "the questionnaire has 1001 signals; at most 1000, so that reading and scoring stay quick",
                "the questionnaire has 1500 areas; at most 1000, so that reading and scoring stay quick",
            ])
    }

    func testMultipleChoicesWhoseCombinationsWouldTakeTooLongAreEstimated() throws {
        let loaded = try load(questionnaire(questions: 30, multipleOptions: 10))
        let started = Date()
        let result = Scorer(questionnaire: loaded).score([:])
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertTrue(result.unknowns.allSatisfy(\.isEstimate))
    }

    func testAWideConditionCountsTowardTheAskNextBudget() throws {
        let wide = "{any: [" + (0..<20_000).map { _ in "{question: q1, is: a}" }.joined(separator: ", ") + "]}"
        let loaded = try load(questionnaire(questions: 20, blocker: wide))
        let result = Scorer(questionnaire: loaded).score([:])
        XCTAssertTrue(result.unknowns.allSatisfy(\.isEstimate), "20,000 condition terms per trial put the ranking past the budget")
    }

    // MARK: - Nesting and loops

    /// A question's showIf nested `depth` levels of `not` deep.
    private func nested(_ depth: Int) -> String {
        var condition = "{question: q0, is: b}"
        for _ in 0..<depth { condition = "{not: \(condition)}" }
        return questionnaire(questions: 3).replacingOccurrences(of: "showIf: {question: q0, is: b}", with: "showIf: \(condition)")
            .replacingOccurrences(
                of: "      - id: q1\n        title: Question 1\n",
                with: "      - id: q1\n        title: Question 1\n        showIf: \(condition)\n")
    }

    func testConditionsNestThirtyOneLevelsAndNoDeeper() throws {
        XCTAssertNoThrow(try load(nested(31)))
        let errors = refusal(nested(32))
        XCTAssertEqual(errors.map(\.message), ["conditions are nested more than 32 levels deep"])
    }

    func testYAMLNestedAHundredThousandLevelsIsRefusedWithoutRecursing() {
        let deep = "id: deep\nsections: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let errors = refusal(deep)
        XCTAssertEqual(errors.map(\.message), ["the YAML is nested more than 200 levels deep"])
    }

    func testQuestionsShownOnEachOthersAnswersAreRefused() {
        let loop = questionnaire(questions: 3)
            .replacingOccurrences(
                of: "      - id: q0\n        title: Question 0\n",
                with: "      - id: q0\n        title: Question 0\n        showIf: {question: q1, is: b}\n"
            )
            .replacingOccurrences(
                of: "      - id: q1\n        title: Question 1\n",
                with: "      - id: q1\n        title: Question 1\n        showIf: {question: q0, is: b}\n")
        XCTAssertEqual(
            refusal(loop).map(\.message),
            [
                "the showIf of question 'q0' refers to question 'q1', which comes after it; a showIf can only use answers to earlier questions"
            ])
    }

    func testAreasRequiringEachOtherAroundALongLoopAreReportedOnce() {
        var yaml = questionnaire(questions: 3, areas: 0)
        for area in 0..<100 {
            yaml += "  - {id: area\(area), title: Area, owner: partner, phase: now, reason: Why., requires: [area\((area + 1) % 100)]}\n"
        }
        let errors = refusal(yaml)
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(
            errors.first?.message,
            "areas require each other in a loop: " + ((0..<100).map { "area\($0)" } + ["area0"]).joined(separator: " -> "))
        XCTAssertEqual(
            errors.first?.location.line, yaml.split(separator: "\n", omittingEmptySubsequences: false).count - 1,
            "at the last area, which closes the loop")
    }

    // MARK: - Text

    /// Wrapping a word a megabyte long once measured the rest of the word for every line cut from it:
    /// a report of an assessment whose organization was one such word ran for over ten minutes.
    func testAWordAMegabyteLongWrapsInOnePass() {
        let word = String(repeating: "ab東", count: 100_000)
        let started = Date()
        let lines = TextWrap.lines(word, width: 78)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(lines.joined(), word)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 78 })
        XCTAssertTrue(lines.dropLast().allSatisfy { DisplayWidth.of($0) >= 77 }, "every line but the last is full")
    }
}
