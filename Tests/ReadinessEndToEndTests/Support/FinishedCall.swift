import Foundation
import ReadinessCore
import XCTest

/// A discovery call (shipped, newest version) for "Acme Dental" saved as the data folder holds it.
enum FinishedCall {
    /// Every question answered (the second option of each choice, 4 on scales, a little over the least
    /// number, a line of text), "After-hours coverage" noted and flagged, a contact recorded; `notes` adds
    /// flagged notes by question id. A draft leaves "mfa" unanswered. Returns the assessment and the
    /// file's bytes.
    @discardableResult
    static func write(
        into folder: TemporaryFolder, id: String = "call0001", status: Assessment.Status = .complete, organization: String = "Acme Dental",
        notes: [String: String] = [:]
    ) throws -> (assessment: Assessment, bytes: Data) {
        let questionnaire = try InterviewDriver.shippedQuestionnaire("discovery-quick")
        var call = Assessment(
            id: id, questionnaire: questionnaire, organization: organization, assessor: "Sam Ortiz", mode: .call,
            now: Timestamp.parse("2026-11-02T15:00:00Z")!)
        call.contact = Assessment.Contact(name: "Pat Lee", role: "Office manager")
        for question in questionnaire.questions {
            let response: Response
            switch question.kind {
            case .single(let options): response = .choice(options[min(1, options.count - 1)].id)
            case .multiple(let options): response = .choices([options[0].id])
            case .scale: response = .scale(4)
            case .number(let spec): response = .number(spec.minimum + 2)
            case .text: response = .text("A second clinic opens in spring")
            }
            call.answers[question.id] = AnswerRecord(response: response)
        }
        call.answers["after-hours"]?.note = "The owner carries the pager"
        call.answers["after-hours"]?.flagged = true
        for (questionID, note) in notes {
            call.answers[questionID]?.note = note
            call.answers[questionID]?.flagged = true
        }
        if status == .draft { call.answers["mfa"] = nil }
        call.status = status
        let path = try folder.write("\(id).json", AssessmentFile.encode(call, questionnaire: questionnaire))
        return (call, try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
