import ArgumentParser
import ReadinessCore
import ReadinessReports
import ReadinessStore

/// `readiness report FILE`: scores an assessment and prints the summary in a format.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Score an assessment and write its summary.",
        discussion: "FILE is an assessment file (see 'readiness template').")

    /// The formats the report can be written in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @OptionGroup var questionnaires: QuestionnaireOptions

    @Argument(help: ArgumentHelp("The assessment file.", valueName: "file"))
    var source: String

    @Option(help: "The format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Flag(help: "Leave out the organization, the people and the notes.")
    var redact = false

    @Flag(name: .customLong("talking-points"), help: "Include the talking points for the sales engineer.")
    var talkingPoints = false

    @Flag(help: "Use ASCII characters only in the text format.")
    var ascii = false

    func run() throws {
        try reportingFailures {
            let catalog = try questionnaires.catalog()
            let loaded = try AssessmentFileLoader.load(path: source, catalog: catalog)
            let result = Scorer(questionnaire: loaded.questionnaire).score(loaded.assessment)
            let report = Report(
                assessment: loaded.assessment, questionnaire: loaded.questionnaire, result: result,
                options: Report.Options(redact: redact, includeTalkingPoints: talkingPoints))
            let text = switch format {
            case .text: TextReportRenderer.render(report, ascii: ascii)
            case .json: JSONReportRenderer.render(report)
            }
            if let output {
                try AtomicFile.write(Array(text.utf8), to: output, permissions: 0o644, replace: force)
            } else {
                print(text, terminator: "")
            }
        }
    }
}
