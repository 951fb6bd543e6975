import Foundation
import XCTest

@testable import ReadinessCore

/// Carrying a finished assessment into another questionnaire: what counts as the same question, what is
/// left behind and why, and what is refused.
final class ContinuationTests: XCTestCase {
    /// A questionnaire around these questions (YAML list items, indented for `questions:`).
    private func questionnaire(id: String, version: String = "1", title: String, questions: String) throws -> Questionnaire {
        let yaml = """
            id: \(id)
            version: "\(version)"
            title: \(title)
            signals:
              - {id: load, title: Load, weight: 1}
            sections:
              - id: main
                title: Main
                questions:
            \(questions)
            rating:
              bands:
                - {rating: not-yet, min: 0, max: 49, reason: "Low."}
                - {rating: good-fit, min: 50, max: 100, reason: "High."}
            areas:
              - {id: monitoring, title: Monitoring, owner: partner, phase: next, reason: "Watched."}
            nextSteps:
              - {id: agree, text: "Agree the split."}
            """
        return try QuestionnaireLoader.load(SourceFile(path: "\(id).yaml", text: yaml))
    }

    private static let team = """
              - id: team
                title: Team
                kind: single
                call: {ask: "Who?"}
                self: {ask: "Who?", why: "Ownership."}
                options:
                  - {id: solo, label: One person, signals: {load: 10}}
                  - {id: group, label: A group, signals: {load: 2}}
        """
    private static let sites = """
              - id: sites
                title: Sites
                kind: number
                number: {min: 1, max: 20, unit: sites, bands: [{atLeast: 1, signals: {load: 1}}]}
                call: {ask: "How many?"}
                self: {ask: "How many?", why: "Coverage."}
        """
    private static let mood = """
              - id: mood
                title: Mood
                kind: scale
                allowUnknown: true
                scale: {low: Calm, high: Frantic, signals: {load: [0, 2, 5, 8, 10]}}
                call: {ask: "How is it?"}
                self: {ask: "How is it?", why: "Pressure."}
        """
    private static let chat = """
              - id: chat
                title: Chat
                kind: text
                call: {ask: "Anything else?"}
                self: {ask: "Anything else?", why: "Context."}
        """

    /// A single-choice question whose options add nothing.
    private static func single(_ id: String, _ title: String, options: [String]) -> String {
        """
              - id: \(id)
                title: \(title)
                kind: single
                call: {ask: "\(title)?"}
                self: {ask: "\(title)?", why: "Context."}
                options:

        """ + options.map { "              - {id: \($0), label: \($0)}" }.joined(separator: "\n")
    }

    private func source() throws -> Questionnaire {
        try questionnaire(
            id: "quick", title: "Quick call", questions: [Self.team, Self.sites, Self.mood, Self.chat].joined(separator: "\n"))
    }

    private func finished(_ questionnaire: Questionnaire) -> Assessment {
        var assessment = Assessment(
            id: "call-1", questionnaire: questionnaire, organization: "Acme Dental", assessor: "Sam", mode: .call,
            now: Date(timeIntervalSince1970: 0))
        assessment.contact = Assessment.Contact(name: "Pat", role: "Office manager")
        assessment.answers = [
            "team": AnswerRecord(response: .choice("solo"), note: "Does everything", flagged: true, shareNote: true),
            "sites": AnswerRecord(response: .number(3)),
            "mood": AnswerRecord(response: .unknown),
            "chat": AnswerRecord(response: .text("Opening a second clinic"), note: "Ask about budget"),
        ]
        assessment.status = .complete
        return assessment
    }

    func testEverySharedQuestionIsCarriedWithItsNoteAndFlagAndTheRecordKeepsWhoAndWhere() throws {
        let source = try source()
        let extra = Self.single("budget", "Budget", options: ["set", "open"])
        // The same questions in another order, and one more.
        let target = try questionnaire(
            id: "full", title: "Full assessment", questions: [extra, Self.chat, Self.mood, Self.sites, Self.team].joined(separator: "\n"))
        let earlier = finished(source)
        let now = Date(timeIntervalSince1970: 86_400)
        let continuation = Continuation(from: earlier, answeredUnder: source, into: target, id: "full-1", now: now)

        let new = continuation.assessment
        XCTAssertEqual(new.id, "full-1")
        XCTAssertEqual(new.questionnaireID, "full")
        XCTAssertEqual(new.questionnaireVersion, "1")
        XCTAssertEqual(new.continuedFrom, "call-1")
        XCTAssertEqual(new.organization, "Acme Dental")
        XCTAssertEqual(new.assessor, "Sam")
        XCTAssertEqual(new.mode, .call)
        XCTAssertEqual(new.contact, Assessment.Contact(name: "Pat", role: "Office manager"))
        XCTAssertEqual(new.status, .draft)
        XCTAssertEqual(new.created, now)
        XCTAssertEqual(new.updated, now)
        XCTAssertNil(new.conflictOf)
        XCTAssertEqual(new.answers, earlier.answers, "every record, notes, flags and shared-note marks included")
        XCTAssertEqual(continuation.carried, ["chat", "mood", "sites", "team"], "in the target's order")
        XCTAssertEqual(continuation.leftBehind, [])
        XCTAssertEqual(
            continuation.announcement(from: source, into: target),
            "Continued in Full assessment as assessment full-1: 4 answers carried over from assessment call-1 (Quick call), which stays as it is."
        )
        XCTAssertEqual(Continuation.fullerQuestionnaires(than: source, among: [source, target]).map(\.id), ["full"])
        XCTAssertEqual(Continuation.fullerQuestionnaires(than: target, among: [source, target]).map(\.id), [], "never into a shorter one")
    }

    func testAQuestionThatMeansSomethingElseThereKeepsItsNoteButNotItsAnswer() throws {
        let source = try source()
        // team: other options; sites: counts offices; mood: a single choice now and no "don't know";
        // chat: not asked at all.
        let changedTeam = Self.team.replacingOccurrences(of: "{id: group, label: A group", with: "{id: pair, label: Two people")
        let changedSites = Self.sites.replacingOccurrences(of: "unit: sites", with: "unit: offices")
        let changedMood = Self.single("mood", "Mood", options: ["calm", "busy"])
        let target = try questionnaire(
            id: "other", title: "Other", questions: [changedTeam, changedSites, changedMood].joined(separator: "\n"))
        let continuation = Continuation(from: finished(source), answeredUnder: source, into: target, id: "o-1", now: Date())

        XCTAssertEqual(
            continuation.leftBehind.map { "\($0.questionID): \($0.reason)" },
            [
                "team: its options differ there", "sites: it counts offices there", "mood: it is a single question there",
                "chat: not asked there",
            ])
        XCTAssertEqual(continuation.carried, [])
        XCTAssertEqual(
            continuation.assessment.answers, ["team": AnswerRecord(note: "Does everything", flagged: true, shareNote: true)],
            "the note and flag stay with the topic; nothing else is left")
        XCTAssertTrue(
            continuation.summary(from: source).hasSuffix(
                "not carried: Team (its options differ there); Sites (it counts offices there); Mood (it is a single question there); Chat (not asked there)"
            ))
    }

    func testAnAnswerTheSameQuestionDoesNotAcceptThereIsLeftBehindWithTheReason() throws {
        let source = try source()
        let narrowerSites = Self.sites.replacingOccurrences(of: "max: 20", with: "max: 2")
        let noUnknownMood = Self.mood.replacingOccurrences(of: "allowUnknown: true", with: "allowUnknown: false")
        let target = try questionnaire(
            id: "strict", title: "Strict",
            questions: [
                Self.team, narrowerSites, noUnknownMood, Self.chat, Self.chat.replacingOccurrences(of: "id: chat", with: "id: more"),
            ].joined(separator: "\n"))
        let continuation = Continuation(from: finished(source), answeredUnder: source, into: target, id: "s-1", now: Date())
        XCTAssertEqual(
            continuation.leftBehind.map { "\($0.questionID): \($0.reason)" },
            [
                "sites: the answer does not fit there: enter 2 or less",
                "mood: the answer does not fit there: this question does not allow \"don't know\"",
            ])
        XCTAssertEqual(continuation.carried, ["team", "chat"])
    }

    func testOnlyAFinishedAssessmentInAnotherQuestionnaireCanBeContinued() throws {
        let source = try source()
        let target = try questionnaire(
            id: "full", title: "Full",
            questions: [Self.team, Self.sites, Self.mood, Self.chat, Self.chat.replacingOccurrences(of: "id: chat", with: "id: more")]
                .joined(separator: "\n"))
        var assessment = finished(source)
        XCTAssertNil(Continuation.refusal(of: assessment, into: target))
        XCTAssertEqual(
            Continuation.refusal(of: assessment, into: source),
            "it already uses version 1 of the questionnaire 'quick'; it continues into another one or a newer version")
        assessment.status = .draft
        XCTAssertEqual(
            Continuation.refusal(of: assessment, into: target),
            "it is not finished yet: answer what is left (\"don't know\" counts), then continue it")
    }

    /// A newer version of the same questionnaire is where an old assessment moves to: its answers carry,
    /// also where the newer question offers more options (finer answers), but not where an option is gone.
    func testANewerVersionOfTheSameQuestionnaireTakesTheAnswersWhoseOptionsItKeeps() throws {
        let source = try source()
        let finerTeam = Self.team + "\n          - {id: pair, label: Two people, signals: {load: 6}}"
        let newer = try questionnaire(
            id: source.id, version: "2", title: source.title, questions: [finerTeam, Self.sites, Self.chat].joined(separator: "\n"))
        let assessment = finished(source)
        XCTAssertNil(Continuation.refusal(of: assessment, into: newer))
        let moved = Continuation(from: assessment, answeredUnder: source, into: newer, id: "q-2", now: Date())
        XCTAssertEqual(moved.assessment.questionnaireVersion, "2")
        XCTAssertEqual(moved.carried, ["team", "sites", "chat"])
        XCTAssertEqual(moved.leftBehind.map(\.questionID), ["mood"])
    }
}
