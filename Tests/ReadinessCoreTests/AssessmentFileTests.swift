import Foundation
import XCTest

@testable import ReadinessCore

final class AssessmentFileTests: XCTestCase {
    // MARK: - Helpers

    /// The worked example from questionnaires/README.md.
    static func tiny() throws -> Questionnaire {
        try QuestionnaireLoader.load(QuestionnaireDiagnosticsTests.fixture("tiny", in: "valid"))
    }

    /// The worked example with a multiple choice question (that allows "not applicable") and a text question
    /// (that refuses "don't know") added after its three questions, so every answer kind can be written.
    static func rich() throws -> Questionnaire {
        let tiny = try QuestionnaireDiagnosticsTests.fixture("tiny", in: "valid").text
        let extra = """

                  - id: tools
                    title: Tools in use
                    kind: multiple
                    allowNotApplicable: true
                    options:
                      - {id: rmm, label: Remote monitoring}
                      - {id: psa, label: Ticketing}
                      - {id: none, label: None of these, exclusive: true}
                    call: {ask: "Which tools does the team use?"}
                    self: {ask: "Which tools do we use?", why: "Shared tools make a split easier."}
                  - id: notes
                    title: Anything else
                    kind: text
                    allowUnknown: false
                    call: {ask: "Anything else we should know?"}
                    self: {ask: "Anything else?", why: "Context the questions miss."}
            """
        XCTAssertEqual(tiny.components(separatedBy: "\n\nrating:\n").count, 2)
        let text = tiny.replacingOccurrences(of: "\n\nrating:\n", with: extra + "\n\nrating:\n")
        return try QuestionnaireLoader.load(SourceFile(path: "rich.yaml", text: text))
    }

    /// A small valid assessment file for the tiny questionnaire; tests change one line of it.
    static let base = """
        {
          "format": "readiness-assessment",
          "formatVersion": 1,
          "id": "acme",
          "questionnaire": {"id": "tiny-check", "version": "1"},
          "answers": {
            "sites": {"value": 3}
          }
        }

        """

    static func file(replacing old: String, with new: String) -> SourceFile {
        XCTAssertEqual(base.components(separatedBy: old).count, 2, "'\(old)' should occur once")
        return SourceFile(path: "assessments/acme.json", text: base.replacingOccurrences(of: old, with: new))
    }

    /// Asserts that decoding fails with exactly these rendered diagnostics (plus the final newline).
    func assertDecodeFails(
        _ file: SourceFile, against questionnaire: Questionnaire, _ expected: String,
        sourceFile: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            let assessment = try AssessmentFile.decode(file, questionnaire: questionnaire)
            XCTFail("decode should throw, got \(assessment)", file: sourceFile, line: line)
        } catch {
            XCTAssertEqual(error.description, expected + "\n", file: sourceFile, line: line)
        }
    }

    // MARK: - Round trips

    func testBaseFileDecodes() throws {
        let assessment = try AssessmentFile.decode(
            Self.file(replacing: "\"id\": \"acme\"", with: "\"id\": \"acme\""), questionnaire: Self.tiny())
        XCTAssertEqual(assessment.id, "acme")
        XCTAssertEqual(assessment.answers, ["sites": AnswerRecord(response: .number(3))])
    }

    func testEncodeThenDecodeGivesTheSameAssessment() throws {
        let questionnaire = try Self.rich()
        let created = try XCTUnwrap(Timestamp.parse("2026-11-29T14:03:00Z"))
        var assessment = Assessment(
            id: "acme-2026", questionnaire: questionnaire, organization: "Acme \"Widgets\"\nLtd", assessor: "Dana Ö",
            mode: .self, now: created)
        assessment.updated = created.addingTimeInterval(3_600)
        assessment.status = .complete
        assessment.answers = [
            "after-hours": AnswerRecord(response: .choice("nobody"), note: "Phone on the nightstand", flagged: true),
            "sites": AnswerRecord(response: .number(3)),
            "site-travel": AnswerRecord(response: .unknown, note: "ask the ops lead"),
            "tools": AnswerRecord(response: .choices(["rmm", "psa"])),
            "notes": AnswerRecord(response: .text("Two sites share one \\ admin\t(\"Sam\")")),
        ]
        let text = AssessmentFile.encode(assessment, questionnaire: questionnaire)
        let decoded = try AssessmentFile.decode(SourceFile(path: "acme.json", text: text), questionnaire: questionnaire)
        XCTAssertEqual(decoded, assessment)
        XCTAssertEqual(AssessmentFile.encode(decoded, questionnaire: questionnaire), text)
        // Answers are written in questionnaire order, whatever the dictionary order.
        let keys = ["\"after-hours\":", "\"sites\":", "\"site-travel\":", "\"tools\":", "\"notes\":"]
        let offsets = try keys.map { key in try XCTUnwrap(text.range(of: key), key).lowerBound }
        XCTAssertEqual(offsets, offsets.sorted())
        XCTAssertTrue(text.contains("\"updated\": \"2026-11-29T15:03:00Z\""), text)
    }

    func testNotApplicableAndScaleRoundTrip() throws {
        let questionnaire = try Self.rich()
        var assessment = Assessment(
            id: "b", questionnaire: questionnaire, organization: "", assessor: "", mode: .call,
            now: Date(timeIntervalSince1970: 1_700_000_000))
        assessment.answers = [
            "site-travel": AnswerRecord(response: .scale(5)),
            "tools": AnswerRecord(response: .notApplicable),
        ]
        let text = AssessmentFile.encode(assessment, questionnaire: questionnaire)
        XCTAssertEqual(try AssessmentFile.decode(SourceFile(path: "b.json", text: text), questionnaire: questionnaire), assessment)
    }

    func testTemplateDecodesAsAnEmptyDraft() throws {
        let questionnaire = try Self.rich()
        let template = AssessmentTemplate.render(for: questionnaire, createdAt: "2026-11-29T14:03:00Z")
        let assessment = try AssessmentFile.decode(SourceFile(path: "template.json", text: template), questionnaire: questionnaire)
        XCTAssertEqual(assessment.id, "template")
        XCTAssertEqual(assessment.questionnaireID, "tiny-check")
        XCTAssertEqual(assessment.questionnaireVersion, "1")
        XCTAssertEqual(assessment.status, .draft)
        XCTAssertEqual(assessment.mode, .call)
        XCTAssertEqual(assessment.organization, "")
        XCTAssertEqual(assessment.created, Timestamp.parse("2026-11-29T14:03:00Z"))
        XCTAssertTrue(assessment.answers.values.allSatisfy(\.isEmpty), "\(assessment.answers)")
        XCTAssertEqual(assessment.answers.values.compactMap(\.response), [])
        // The template lists every question with what it allows.
        for id in ["after-hours", "sites", "site-travel", "tools", "notes"] {
            XCTAssertTrue(template.contains("\"\(id)\": {"), id)
        }
        XCTAssertTrue(template.contains("\"oneOf\": [\n"), template)
    }

    func testHeaderIsReadWithoutTheQuestionnaire() throws {
        let header = try AssessmentFile.header(
            of: Self.file(
                replacing: "{\"id\": \"tiny-check\", \"version\": \"1\"}", with: "{\"id\": \"other-check\", \"version\": \"2.1\"}"))
        XCTAssertEqual(header.questionnaireID, "other-check")
        XCTAssertEqual(header.questionnaireVersion, "2.1")
        XCTAssertEqual(header.location, SourceLocation(line: 5, column: 20))
    }

    // MARK: - Errors

    func testInvalidJSONNamesLineAndColumn() throws {
        assertDecodeFails(
            Self.file(replacing: "\"id\": \"acme\",", with: "\"id\": \"acme\""), against: try Self.tiny(),
            """
            assessments/acme.json:5:3: error: JSON syntax: expected ',' or '}' after a value in an object
              "questionnaire": {"id": "tiny-check", "version": "1"},
              ^
            """)
    }

    func testUnknownQuestionSuggestsTheClosest() throws {
        assertDecodeFails(
            Self.file(replacing: "\"sites\": {", with: "\"site\": {"), against: try Self.tiny(),
            """
            assessments/acme.json:7:5: error: unknown question 'site' in questionnaire 'tiny-check'; did you mean 'sites'?
                "site": {"value": 3}
                ^
            """)
    }

    func testChoiceNotAmongTheOptions() throws {
        assertDecodeFails(
            Self.file(replacing: "\"sites\": {\"value\": 3}", with: "\"after-hours\": {\"value\": \"someone\"}"), against: try Self.tiny(),
            """
            assessments/acme.json:7:30: error: the answer to 'after-hours' is not allowed: found 'someone'; it takes one of covered, one-person, nobody; or "don't know"; written {"value": "covered"} or {"dontKnow": true}
                "after-hours": {"value": "someone"}
                                         ^
            """)
    }

    func testScaleValueSeven() throws {
        assertDecodeFails(
            Self.file(replacing: "\"sites\": {\"value\": 3}", with: "\"site-travel\": {\"value\": 7}"), against: try Self.tiny(),
            """
            assessments/acme.json:7:30: error: the answer to 'site-travel' is not allowed: found 7; it takes a whole number from 1 (Never an issue) to 5 (Eats my week); or "don't know"; written {"value": 3} or {"dontKnow": true}
                "site-travel": {"value": 7}
                                         ^
            """)
    }

    func testNumberOutOfRange() throws {
        assertDecodeFails(
            Self.file(replacing: "{\"value\": 3}", with: "{\"value\": 501}"), against: try Self.tiny(),
            """
            assessments/acme.json:7:24: error: the answer to 'sites' is not allowed: found 501; it takes a whole number from 0 to 500; or "don't know"; written {"value": 0} or {"dontKnow": true}
                "sites": {"value": 501}
                                   ^
            """)
    }

    func testABareValueIsRefusedWithTheObjectItShouldBe() throws {
        assertDecodeFails(
            Self.file(replacing: "{\"value\": 3}", with: "3"), against: try Self.tiny(),
            """
            assessments/acme.json:7:14: error: expected the answer to 'sites' as an object, found the number 3; it takes a whole number from 0 to 500; or "don't know"; written {"value": 0} or {"dontKnow": true}
                "sites": 3
                         ^
            """)
    }

    func testDontKnowOnAQuestionThatRefusesIt() throws {
        assertDecodeFails(
            Self.file(replacing: "\"sites\": {\"value\": 3}", with: "\"notes\": {\"dontKnow\": true}"), against: try Self.rich(),
            """
            assessments/acme.json:7:27: error: question 'notes' does not allow "don't know"; it takes text; written {"value": "..."}
                "notes": {"dontKnow": true}
                                      ^
            """)
    }

    func testNewerFormatVersion() throws {
        assertDecodeFails(
            Self.file(replacing: "\"formatVersion\": 1", with: "\"formatVersion\": 2"), against: try Self.tiny(),
            """
            assessments/acme.json:3:20: error: this file was written by a newer version of readiness (format 2); this one reads format 1
              "formatVersion": 2,
                               ^
            """)
    }

    func testAFractionalFormatVersionIsNamedAsANumber() throws {
        assertDecodeFails(
            Self.file(replacing: "\"formatVersion\": 1", with: "\"formatVersion\": 1e300"), against: try Self.tiny(),
            """
            assessments/acme.json:3:20: error: expected the format version as a whole number, found the number 1e300
              "formatVersion": 1e300,
                               ^
            """)
    }

    func testFileForAnotherQuestionnaire() throws {
        assertDecodeFails(
            Self.file(replacing: "{\"id\": \"tiny-check\", \"version\": \"1\"}", with: "{\"id\": \"other-check\", \"version\": \"1\"}"),
            against: try Self.tiny(),
            """
            assessments/acme.json:5:20: error: this assessment is for questionnaire 'other-check', not 'tiny-check'
              "questionnaire": {"id": "other-check", "version": "1"},
                               ^
            """)
    }

    func testMissingID() throws {
        assertDecodeFails(
            Self.file(replacing: "  \"id\": \"acme\",\n", with: ""), against: try Self.tiny(),
            """
            assessments/acme.json:1:1: error: missing required key 'id' in the assessment file
            {
            ^
            """)
    }

    // MARK: - A reader bug this test found, fixed and kept as a regression

    /// The root mapping is opened twice (once for the header, once for the rest), so today a duplicate key at
    /// the top level is reported twice, note and all. It should be reported once.
    func testDuplicateTopLevelKeyIsReportedOnce() throws {
        assertDecodeFails(
            Self.file(replacing: "  \"id\": \"acme\",\n", with: "  \"id\": \"acme\",\n  \"id\": \"acme-2\",\n"), against: try Self.tiny(),
            """
            assessments/acme.json:5:3: error: duplicate key 'id' in the assessment file
              "id": "acme-2",
              ^
            assessments/acme.json:4:3: note: 'id' is first set here
              "id": "acme",
              ^
            """)
    }
}
