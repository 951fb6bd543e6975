import XCTest

@testable import ReadinessCore

/// `Assessment.responses` is every record's response by question id, whether each record has one (mapped
/// in place) or some hold only a note (picked out).
final class AssessmentResponsesTests: XCTestCase {
    private func assessment(_ answers: [String: AnswerRecord]) -> Assessment {
        Assessment(
            id: "resp2222", questionnaireID: "tiny-check", questionnaireVersion: "1", organization: "Acme", assessor: "Sam",
            mode: .call, created: Date(timeIntervalSince1970: 0), updated: Date(timeIntervalSince1970: 0), status: .complete,
            answers: answers)
    }

    func testEveryRecordWithAResponse() {
        let answers = Dictionary(uniqueKeysWithValues: (0..<40).map { ("q\($0)", AnswerRecord(response: .scale($0 % 5 + 1))) })
        XCTAssertEqual(assessment(answers).responses, answers.compactMapValues(\.response))
    }

    func testSomeRecordsHoldOnlyANote() {
        var answers = Dictionary(uniqueKeysWithValues: (0..<40).map { ("q\($0)", AnswerRecord(response: .unknown)) })
        answers["q7"] = AnswerRecord(note: "Ask the office manager")
        let responses = assessment(answers).responses
        XCTAssertEqual(responses, answers.compactMapValues(\.response))
        XCTAssertEqual(responses.count, 39)
        XCTAssertNil(responses["q7"])
    }
}
