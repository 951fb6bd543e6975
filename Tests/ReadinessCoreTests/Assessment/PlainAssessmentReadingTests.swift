import Foundation
import ReproducibleRandom
import XCTest

@testable import ReadinessCore

/// `AssessmentFile.decodePlain` (the fast road `list` takes) must accept only files the located reader
/// accepts, and give exactly the same assessment for them: checked over generated files of every shipped
/// questionnaire and thousands of damaged copies of them.
final class PlainAssessmentReadingTests: XCTestCase {
    private static let versions = [
        ("discovery-quick", "1"), ("discovery-quick", "2"), ("co-managed-readiness", "1"), ("co-managed-readiness", "2"),
    ]

    private func questionnaires() throws -> [Questionnaire] {
        try Self.versions.map { try EngineFixtures.shipped($0.0, version: $0.1) }
    }

    /// The located reader's answer, nil when it refuses the file.
    private func located(_ bytes: [UInt8], _ questionnaires: [Questionnaire]) -> (Assessment, Questionnaire)? {
        guard let file = try? SourceFile.decoding(path: "a.json", bytes: bytes) else { return nil }
        return try? AssessmentFile.decode(file) { header in
            questionnaires.first { $0.id == header.questionnaireID && $0.version == header.questionnaireVersion }
        }
    }

    private func plain(_ bytes: [UInt8], _ questionnaires: [Questionnaire]) -> (Assessment, Questionnaire)? {
        AssessmentFile.decodePlain(bytes) { id, version in questionnaires.first { $0.id == id && $0.version == version } }
    }

    func testWrittenFilesReadTheSameBothWays() throws {
        let questionnaires = try questionnaires()
        var random = SeededGenerator(seed: 0x91A1)
        for index in 0..<400 {
            let questionnaire = questionnaires[index % questionnaires.count]
            let assessment = Self.assessment(index, for: questionnaire, using: &random)
            let bytes = Array(AssessmentFile.encode(assessment, questionnaire: questionnaire).utf8)
            let fast = try XCTUnwrap(
                plain(bytes, questionnaires),
                "the plain reader refused a file this program wrote:\n\(String(decoding: bytes, as: UTF8.self))")
            let slow = try XCTUnwrap(located(bytes, questionnaires))
            XCTAssertEqual(fast.0, slow.0)
            XCTAssertEqual(fast.0, assessment)
            XCTAssertEqual(fast.1.version, slow.1.version)
        }
    }

    func testDamagedFilesAreNeverReadDifferently() throws {
        let questionnaires = try questionnaires()
        var random = SeededGenerator(seed: 0xDA3A)
        let insertions = [
            "null", "\"\"", "\" \"", "{}", "[]", "1.5", "-1", "0", "99999", "true", "false", ",", ":", "\"x\"", "\\u0041", "\\n",
            "\u{0}", "\u{1}", "\u{FEFF}", "é", "\u{301}", "\"note\": \"n\",", "\"value\": 3,", "\"dontKnow\": true,",
            "\"notApplicable\": true,", "\"flagged\": false,", "\"extra\": 1,", "\"id\": \"x\",", "\"status\": \"complete\",",
            "\"mode\": \"x\",", "\"created\": \"2026-13-01T00:00:00Z\",", "\"contact\": {\"name\": \" \"},",
        ].map { Array($0.utf8) }
        var accepted = 0
        for index in 0..<240 {
            let questionnaire = questionnaires[index % questionnaires.count]
            let original = Array(
                AssessmentFile.encode(Self.assessment(index, for: questionnaire, using: &random), questionnaire: questionnaire).utf8)
            for _ in 0..<25 {
                var bytes = original
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: insertions.randomElement(using: &random)!, at: at)
                default: bytes.replaceSubrange(at..<min(bytes.count, at + 4), with: insertions.randomElement(using: &random)!)
                }
                guard let fast = plain(bytes, questionnaires) else { continue }
                accepted += 1
                let text = String(decoding: bytes, as: UTF8.self)
                let slow = try XCTUnwrap(
                    located(bytes, questionnaires), "the plain reader accepted a file the located reader refuses:\n\(text)")
                XCTAssertEqual(fast.0, slow.0, text)
                XCTAssertEqual(fast.1.version, slow.1.version, text)
            }
        }
        // Some damage leaves a valid file (a changed digit, a dropped space): the comparison did run.
        XCTAssertGreaterThan(accepted, 100)
    }

    func testEveryQuestionAcceptsAndRefusesTheSameAnswers() throws {
        let questionnaires = try questionnaires()
        var checked = 0
        for questionnaire in questionnaires {
            for question in questionnaire.questions {
                var values = ["1", "3", "5", "6", "0", "-2", "12", "100000", "2.0", "\"3\"", "[]", "\"x\"", "true", "null", "\" \""]
                if case .single(let options) = question.kind { values += options.map { "\"\($0.id)\"" } }
                if case .multiple(let options) = question.kind {
                    values += options.map { "[\"\($0.id)\"]" } + ["[" + options.map { "\"\($0.id)\"" }.joined(separator: ", ") + "]"]
                    values += options.first.map { ["[\"\($0.id)\", \"\($0.id)\"]"] } ?? []
                }
                var answers = values.map { "{\"value\": \($0)}" }
                answers += [
                    "{\"dontKnow\": true}", "{\"notApplicable\": true}", "{\"dontKnow\": false}", "{}", "{\"note\": \"n\"}",
                    "{\"flagged\": true, \"shareNote\": true}", "{\"dontKnow\": true, \"notApplicable\": true}", "{\"note\": 5}",
                    "{\"note\": \"\(String(repeating: "é", count: 4001))\"}", "{\"value\": 1, \"dontKnow\": true}", "\"plain\"",
                ]
                for answer in answers {
                    let text = """
                        {"format": "readiness-assessment", "formatVersion": 1, "id": "abcdefgh",
                         "questionnaire": {"id": "\(questionnaire.id)", "version": "\(questionnaire.version)"},
                         "status": "complete", "created": "2026-11-29T14:03:00Z", "answers": {"\(question.id)": \(answer)}}
                        """
                    let bytes = Array(text.utf8)
                    let fast = plain(bytes, questionnaires)
                    let slow = located(bytes, questionnaires)
                    if let fast {
                        XCTAssertEqual(fast.0, slow?.0, text)
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 500)
    }

    func testUnusualButValidFilesTakeTheLocatedRoad() throws {
        let questionnaires = try questionnaires()
        var random = SeededGenerator(seed: 7)
        let questionnaire = questionnaires[0]
        let text = AssessmentFile.encode(Self.assessment(1, for: questionnaire, using: &random), questionnaire: questionnaire)
        for variant in [
            "\u{FEFF}" + text,  // a byte-order mark
            text.replacingOccurrences(of: "\"assessor\": \"", with: "\"assessor\": \"\\u0041"),  // a \u escape
            text.replacingOccurrences(of: "\"organization\":", with: "\"conflictOf\": null, \"organization\":"),  // a null
        ] {
            let bytes = Array(variant.utf8)
            XCTAssertNil(plain(bytes, questionnaires), variant)
            XCTAssertNotNil(located(bytes, questionnaires), variant)
        }
    }

    /// An assessment with every kind of answer, notes with escapes and other scripts, and sometimes a
    /// contact, a continuation and a conflict.
    private static func assessment(_ index: Int, for questionnaire: Questionnaire, using random: inout SeededGenerator) -> Assessment {
        let date = Date(timeIntervalSince1970: 1_795_000_000 + Double(Int.random(in: 0..<10_000_000, using: &random)))
        let names = ["Acme", "Müller \"&\" Söhne\tGmbH", "東京 Logistics", "Back\\slash / Ltd\n"]
        var assessment = Assessment(
            id: "a\(index)bcdefg", questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
            organization: names[index % names.count], assessor: index % 5 == 0 ? "" : "Assessor \(index)",
            mode: Bool.random(using: &random) ? .call : .self, created: date, updated: date.addingTimeInterval(60),
            status: Bool.random(using: &random) ? .draft : .complete,
            conflictOf: index % 7 == 0 ? "zzzz2222" : nil,
            contact: index % 3 == 0 ? Assessment.Contact(name: "Ana", role: index % 2 == 0 ? "IT lead" : nil) : nil,
            continuedFrom: index % 4 == 0 ? "yyyy3333" : nil)
        for question in questionnaire.questions where Int.random(in: 0..<5, using: &random) > 0 {
            var response: Response?
            switch Int.random(in: 0..<10, using: &random) {
            case 0 where question.allowsUnknown: response = .unknown
            case 1 where question.allowsNotApplicable: response = .notApplicable
            case 2: response = nil
            default: response = Self.response(to: question, using: &random)
            }
            let note = Int.random(in: 0..<4, using: &random) == 0 ? names[Int.random(in: 0..<names.count, using: &random)] : nil
            let record = AnswerRecord(
                response: response, note: note, flagged: Int.random(in: 0..<6, using: &random) == 0,
                shareNote: note != nil && Bool.random(using: &random))
            if !record.isEmpty { assessment.answers[question.id] = record }
        }
        return assessment
    }

    private static func response(to question: Question, using random: inout SeededGenerator) -> Response {
        switch question.kind {
        case .single(let options):
            return .choice(options.randomElement(using: &random)!.id)
        case .multiple(let options):
            let combinable = options.filter { !$0.exclusive }
            let chosen = combinable.filter { _ in Bool.random(using: &random) }.map(\.id)
            return .choices(chosen.isEmpty ? [options[0].id] : chosen)
        case .scale:
            return .scale(Int.random(in: Scale.values, using: &random))
        case .number(let spec):
            return .number(Int.random(in: spec.minimum...min(spec.maximum, spec.minimum + 500), using: &random))
        case .text:
            return .text(["Typed \"answer\"", "Zeile\neins", "plain"].randomElement(using: &random)!)
        }
    }
}
