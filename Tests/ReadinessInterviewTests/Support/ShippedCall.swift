import Foundation
import ReadinessStore

@testable import ReadinessCore
@testable import ReadinessInterview

/// A finished discovery call on a shipped questionnaire, for tests that need a results document as long
/// as a real one (the small test questionnaire's fits on one screen). Only lengths are asserted on it,
/// so retuning the shipped questionnaires does not move these tests.
enum ShippedCall {
    /// The shipped questionnaire with this id, read from the repository.
    static func questionnaire(_ id: String = "discovery-quick") throws -> Questionnaire {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = repository.appendingPathComponent("questionnaires/\(id).yaml").path
        return try QuestionnaireCatalog.load(path: path)
    }

    /// A harness opened on the results of a call where every question has an answer: the second option
    /// of each choice (a mixed organization with signals and talking points), 4 on scales, the least
    /// number, a line of text. `alsoLoaded` names more shipped questionnaires to load (the full assessment,
    /// so the call can go on into it).
    static func onResults(size: ScreenSize, alsoLoaded: [String] = []) throws -> InterviewHarness {
        let questionnaire = try questionnaire()
        var assessment = Assessment(
            id: "call-1", questionnaire: questionnaire, organization: "Acme Dental", assessor: "Sam", mode: .call,
            now: TestQuestionnaire.earlier)
        for question in questionnaire.questions {
            let response: Response
            switch question.kind {
            case .single(let options): response = .choice(options[min(1, options.count - 1)].id)
            case .multiple(let options): response = .choices([options[0].id])
            case .scale: response = .scale(4)
            case .number(let spec): response = .number(spec.minimum)
            case .text: response = .text("Two sites")
            }
            assessment.answers[question.id] = AnswerRecord(response: response)
        }
        var setup = InterviewSetup(
            questionnaires: try [questionnaire] + alsoLoaded.map { try ShippedCall.questionnaire($0) }, resume: assessment, newID: "new",
            now: { TestQuestionnaire.now })
        if !alsoLoaded.isEmpty { setup.continuationID = "full-1" }
        return InterviewHarness(setup: setup, size: size)
    }
}

/// The whole results document at a width, read from a frame tall enough to hold all of it.
enum ResultsDocumentProbe {
    /// The document's lines, trimmed, as a 400-row screen of this width shows them.
    static func lines(_ session: InterviewModel.OpenAssessment, width: Int) -> [String] {
        var model = InterviewModel(
            setup: InterviewSetup(
                questionnaires: [session.questionnaire], resume: session.assessment, newID: "probe", now: { TestQuestionnaire.now }),
            size: ScreenSize(width: width, height: 400))
        _ = model.handle(.resize(ScreenSize(width: width, height: 400)))
        let rows = InterviewLayout().render(model).text.components(separatedBy: "\n").dropFirst(2).dropLast(2)
        return rows.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
