import ArgumentParser
import ReadinessCore

/// Options of the interview, shared by `readiness` with no command and `readiness resume`.
struct InterviewOptions: ParsableArguments {
    @Option(
        name: .customLong("questionnaire"),
        help: ArgumentHelp(
            "The questionnaire for a new assessment: its newest version, or ID@VERSION for another. With 'resume ID': the questionnaire to continue that finished assessment in, as a new assessment with its shared answers.",
            valueName: "id"))
    var questionnaireID: String?

    @Option(help: ArgumentHelp("The mode offered first: call (discovery call) or self (self-assessment).", valueName: "mode"))
    var mode: Assessment.Mode?

    @Flag(name: .customLong("no-color"), help: "No colour at all (also with NO_COLOR set).")
    var noColor = false

    @Flag(help: "ASCII lines and glyphs only (also with a non-UTF-8 locale).")
    var ascii = false

    @Flag(
        help:
            "The interview line by line, for screen readers and scripts (also with TERM=dumb, a terminal type this system cannot use, or when standard input is not a terminal)."
    )
    var plain = false

    @Option(
        help: ArgumentHelp(
            "Pre-fill answers from an assessment file ('readiness template' prints one) and ask only what is missing (plain mode). For scripts: answers by question id, which cannot go out of step the way one piped line per question can when an answer shows or hides questions.",
            valueName: "file"))
    var answers: String?

    @Option(help: ArgumentHelp("The organization: fills the start screen (full screen), or is not asked (plain mode).", valueName: "name"))
    var organization: String?

    @Option(
        help: ArgumentHelp(
            "The assessor: fills the start screen (full screen; else the one used last time), or is not asked (plain mode).",
            valueName: "name"))
    var assessor: String?

    @Option(help: ArgumentHelp("What plain mode prints at the end: text or json.", valueName: "format"))
    var format: PlainResultFormat = .text
}

extension Assessment.Mode: ExpressibleByArgument {}

/// What plain mode prints when the interview is finished.
enum PlainResultFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// `readiness`: the interview, from the start screen to the results.
struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Run the interview (the default when no command is given).")

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions
    @OptionGroup var options: InterviewOptions

    /// What was asked for, as plain values.
    var request: InterviewRequest { InterviewRequest(questionnaires: questionnaires, data: data, options: options, resume: nil) }

    func run() throws {
        try InterviewLauncher.run(request)
    }
}

/// `readiness resume [ID]`: the interview at the first unanswered question of a saved assessment, or its results.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract:
            "Resume a saved assessment at its first unanswered question, or on its results when all are answered (no ID: the most recent draft)."
    )

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions
    @OptionGroup var options: InterviewOptions

    @Argument(help: ArgumentHelp("The assessment's id, or a unique start of it.", valueName: "id"))
    var id: String?

    /// What was asked for, as plain values.
    var request: InterviewRequest { InterviewRequest(questionnaires: questionnaires, data: data, options: options, resume: .some(id)) }

    func run() throws {
        try InterviewLauncher.run(request)
    }
}
