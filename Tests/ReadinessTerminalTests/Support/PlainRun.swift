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

    /// Runs plain mode on `lines`; `resume` opens a saved assessment instead of starting one; `alsoOffered`
    /// are installed beside the questionnaire (a fuller one can be continued into, as `plain002`).
    static func run(
        _ lines: [String], interactive: Bool = false, resume: Assessment? = nil, services: MemoryServices = MemoryServices(),
        questionnaire: Questionnaire? = nil, alsoOffered: [Questionnaire] = [], rememberedAssessor: String? = nil
    ) throws -> PlainRun {
        let questionnaire = try questionnaire ?? shipped()
        var setup = InterviewSetup(
            questionnaires: [questionnaire] + alsoOffered, resume: resume, newID: "plain001", exportFormats: ["text", "markdown", "json"],
            now: { Date(timeIntervalSince1970: 1_800_000_000) })
        setup.continuationID = "plain002"
        let session = InterviewSession(model: InterviewModel(setup: setup, size: ScreenSize(width: 80, height: 24)), services: services)
        let input = MemoryLines(lines, interactive: interactive)
        let output = MemoryOutput()
        let frontEnd = PlainFrontEnd(
            session: session, input: input, output: output,
            options: PlainFrontEnd.Options(
                rememberedAssessor: rememberedAssessor, results: { current in "RESULT \(current.result.fit.rating.title)" }))
        return PlainRun(exit: frontEnd.run(), output: output, input: input, services: services, session: session)
    }

    /// The discovery call answered through plain mode, complete, as saved.
    static func finishedCall() throws -> Assessment {
        let run = try run(PlainConversationTests.start + PlainConversationTests.answers)
        guard let saved = run.services.saved["plain001"], saved.status == .complete else {
            throw PlainRunError.notFinished(run.output.text)
        }
        return saved
    }

    /// A shipped questionnaire (version 1 of the discovery call unless named), read from the repository
    /// with the shared files it includes.
    static func shipped(_ file: String = "discovery-quick") throws -> Questionnaire {
        let path = shippedPath.replacingOccurrences(of: "discovery-quick.yaml", with: "\(file).yaml")
        return try QuestionnaireLoader.load(
            SourceFile(path: path, text: String(contentsOfFile: path, encoding: .utf8)), includes: readInclude)
    }

    /// Reads what a shipped questionnaire includes, beside it.
    private static func readInclude(_ path: String, from including: SourceFile) throws -> SourceFile {
        let resolved = IncludePath.resolve(path, from: including.path)
        return SourceFile(path: resolved, text: try String(contentsOfFile: resolved, encoding: .utf8))
    }

    /// The same with eight more options on "leadership-intent", so it has eleven.
    static func withElevenOptions() throws -> Questionnaire {
        let anchor = "            label: \"Hand IT off entirely; nobody internal should have to own it\"\n"
        let text = try String(contentsOfFile: shippedPath, encoding: .utf8)
        let extra = (4...11).map { "          - id: extra-\($0)\n            label: \"Extra option \($0)\"\n" }.joined()
        return try QuestionnaireLoader.load(
            SourceFile(path: shippedPath, text: text.replacingOccurrences(of: anchor, with: anchor + extra)), includes: readInclude)
    }

    private static var shippedPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("questionnaires/discovery-quick.yaml").path
    }
}

/// Why a run a test builds on did not give what it needs.
enum PlainRunError: Error {
    /// The scripted call did not finish; the conversation says where it stopped.
    case notFinished(String)
}
