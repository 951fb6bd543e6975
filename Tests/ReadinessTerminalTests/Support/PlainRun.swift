import Foundation

@testable import ReadinessCore
@testable import ReadinessInterview
@testable import ReadinessTerminal

/// One plain-mode run over the shipped discovery-call questionnaire, in memory.
struct PlainRun {
    let exit: PlainExit
    let output: MemoryOutput
    let input: MemoryLines
    let services: MemoryServices
    let session: InterviewSession

    /// The assessment as the run left it.
    var assessment: Assessment? { session.model.session?.assessment }

    /// Runs plain mode on `lines`; `resume` opens a saved assessment instead of starting one.
    static func run(
        _ lines: [String], interactive: Bool = false, resume: Assessment? = nil, services: MemoryServices = MemoryServices(),
        questionnaire: Questionnaire? = nil
    ) throws -> PlainRun {
        let questionnaire = try questionnaire ?? shipped()
        let setup = InterviewSetup(
            questionnaires: [questionnaire], resume: resume, newID: "plain001", exportFormats: ["text", "markdown", "json"],
            now: { Date(timeIntervalSince1970: 1_800_000_000) })
        let session = InterviewSession(model: InterviewModel(setup: setup, size: ScreenSize(width: 80, height: 24)), services: services)
        let input = MemoryLines(lines, interactive: interactive)
        let output = MemoryOutput()
        let frontEnd = PlainFrontEnd(
            session: session, input: input, output: output,
            options: PlainFrontEnd.Options(results: { current in "RESULT \(current.result.fit.rating.title)" }))
        return PlainRun(exit: frontEnd.run(), output: output, input: input, services: services, session: session)
    }

    /// The shipped discovery-call questionnaire, read from the repository.
    static func shipped() throws -> Questionnaire {
        try QuestionnaireLoader.load(SourceFile(path: shippedPath, text: String(contentsOfFile: shippedPath, encoding: .utf8)))
    }

    /// The same with eight more options on "leadership-intent", so it has eleven.
    static func withElevenOptions() throws -> Questionnaire {
        let anchor = "            label: \"Hand IT off entirely; nobody internal should have to own it\"\n"
        let text = try String(contentsOfFile: shippedPath, encoding: .utf8)
        let extra = (4...11).map { "          - id: extra-\($0)\n            label: \"Extra option \($0)\"\n" }.joined()
        return try QuestionnaireLoader.load(
            SourceFile(path: shippedPath, text: text.replacingOccurrences(of: anchor, with: anchor + extra)))
    }

    private static var shippedPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("questionnaires/discovery-quick.yaml").path
    }
}
