import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessInterview
import ReadinessReports
import ReadinessStore
import ReadinessTerminal
#if canImport(Glibc)
import Glibc
#endif

/// Options of the interview, shared by `readiness` with no command and `readiness resume`.
struct InterviewOptions: ParsableArguments {
    @Option(name: .customLong("questionnaire"), help: ArgumentHelp("The questionnaire for a new assessment.", valueName: "id"))
    var questionnaireID: String?

    @Option(help: ArgumentHelp("The mode offered first: call (discovery call) or self (self-assessment).", valueName: "mode"))
    var mode: Assessment.Mode?

    @Flag(name: .customLong("no-color"), help: "No colour at all (also with NO_COLOR set).")
    var noColor = false

    @Flag(help: "ASCII lines and glyphs only (also with a non-UTF-8 locale).")
    var ascii = false

    @Flag(help: "The interview line by line, for screen readers and scripts (also with TERM=dumb or when standard input is not a terminal).")
    var plain = false

    @Option(help: ArgumentHelp("Pre-fill answers from an assessment file and ask only what is missing (plain mode).", valueName: "file"))
    var answers: String?

    @Option(help: ArgumentHelp("The organization, instead of asking (plain mode).", valueName: "name"))
    var organization: String?

    @Option(help: ArgumentHelp("The assessor, instead of asking (plain mode).", valueName: "name"))
    var assessor: String?

    @Option(help: ArgumentHelp("What plain mode prints at the end: text or json.", valueName: "format"))
    var format: PlainResultFormat = .text

    /// Whether to run line by line: asked for, pre-filled answers, a dumb terminal, or no terminal on
    /// standard input or output (a redirected output gets the report alone, never screen drawing).
    var usePlainMode: Bool {
        plain || answers != nil || ProcessInfo.processInfo.environment["TERM"] == "dumb" || isatty(0) != 1 || isatty(1) != 1
    }

    /// Whether colour is wanted: not with `--no-color`, and not when `NO_COLOR` is set to anything.
    var useColor: Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) != false
    }
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

    func run() throws {
        try reportingStoreFailures {
            try InterviewLauncher(questionnaires: questionnaires, data: data, options: options).run(resume: nil)
        }
    }
}

/// `readiness resume [ID]`: the interview at the first unanswered question of a saved assessment, or its results.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Resume a saved assessment at its first unanswered question, or on its results when all are answered (no ID: the most recent draft).")

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions
    @OptionGroup var options: InterviewOptions

    @Argument(help: ArgumentHelp("The assessment's id, or a unique start of it.", valueName: "id"))
    var id: String?

    func run() throws {
        try reportingStoreFailures {
            try InterviewLauncher(questionnaires: questionnaires, data: data, options: options).run(resume: .some(id))
        }
    }
}

/// Wires the interview: questionnaires, the store, drafts, locks, then the terminal front end.
struct InterviewLauncher {
    let questionnaires: QuestionnaireOptions
    let data: StoreOptions
    let options: InterviewOptions

    /// How many recent drafts the start screen offers.
    static let draftsOffered = 5

    /// Runs the interview; `resume` is nil for a new one, `.some(nil)` for the most recent draft.
    func run(resume: String??) throws {
        // Before anything is read or locked: the restart (to keep a crash from waiting for keys on the
        // terminal) starts from scratch, and from here on a signal ends the interview through its exit path.
        if !options.usePlainMode { CrashReportSettings.makeNonInteractive() }
        SignalWatch.install()
        let catalog = try questionnaires.catalog()
        var available = catalog.questionnaires
        guard !available.isEmpty else {
            throw CommandFailure(message: "no valid questionnaire in \(catalog.directory); run 'readiness validate'", code: ExitStatus.invalidData)
        }
        if let wanted = options.questionnaireID {
            let chosen = try catalog.questionnaire(id: wanted)
            available.removeAll { $0.id == chosen.id }
            available.insert(chosen, at: 0)
        } else if let index = available.firstIndex(where: { $0.id == QuestionnaireCatalog.defaultID }) {
            available.insert(available.remove(at: index), at: 0)
        }
        let store = try data.store(questionnaires: catalog)
        var resumed: Assessment?
        if let resume {
            let id: String
            if let prefix = resume {
                id = try store.resolve(prefix)
            } else {
                guard let latest = store.mostRecentDraft() else {
                    throw CommandFailure(message: "there is no draft to resume; start one with 'readiness'", code: ExitStatus.usage)
                }
                id = latest.id
            }
            resumed = try store.load(id)
        }
        if let path = options.answers {
            // A pre-filled file starts a new assessment in the store; only what it leaves open is asked.
            var prefilled = try AssessmentFileLoader.load(path: path, catalog: catalog).assessment
            prefilled.id = try store.newID()
            prefilled.status = .draft
            resumed = prefilled
        }
        let plain = options.usePlainMode
        let drafts = resume == nil && !plain ? store.listing().summaries.filter { $0.status == .draft }.prefix(Self.draftsOffered)
            .compactMap { try? store.load($0.id) } : []
        let setup = InterviewSetup(
            questionnaires: available, drafts: Array(drafts), resume: resumed, newID: try store.newID(),
            defaultMode: options.mode ?? .call, exportFormats: ReportFormat.allCases.map(\.rawValue), now: { Date() })
        let services = StoreInterviewServices(
            store: store, questionnaires: available,
            rendering: ReportRendering(ascii: options.ascii, pdfRenderer: try? ChromiumPDFRenderer.locate()))
        defer { services.releaseLocks() }
        let session = InterviewSession(model: InterviewModel(setup: setup, size: ScreenSize(width: 80, height: 24)), services: services)
        if plain {
            try runPlain(session)
            return
        }
        let ending: InterviewExit
        do {
            ending = try CursesFrontEnd.run(session, options: TerminalOptions(useColor: options.useColor, ascii: options.ascii))
        } catch {
            writeStandardError("readiness: \(error); continuing line by line.\n")
            try runPlain(session)
            return
        }
        announceSaved(session)
        if ending != .finished { throw ExitCode(ending.exitCode) }
        // Quit with answers the store never took (the user chose to leave without them, or wrote a copy).
        if !session.isSaved { throw ExitCode(ExitStatus.fileSystem) }
    }

    /// The line-by-line interview; its endings map to the documented exit codes.
    private func runPlain(_ session: InterviewSession) throws {
        let format = options.format
        let ascii = options.ascii
        let frontEnd = PlainFrontEnd(
            session: session, input: StandardInputLines(), output: StandardStreams(),
            options: PlainFrontEnd.Options(
                organization: options.organization, assessor: options.assessor, mode: options.mode, skipAnswered: options.answers != nil,
                results: { current in
                    let report = Report(assessment: current.assessment, questionnaire: current.questionnaire, result: current.result)
                    return format == .json ? JSONReportRenderer.render(report) : TextReportRenderer.render(report, ascii: ascii)
                }))
        let ending = frontEnd.run()
        announceSaved(session)
        switch ending {
        case .finished, .quit:
            return
        case .inputEnded:
            throw ExitCode(ExitStatus.inputEnded)
        case let .invalidAnswer(message):
            printError(message)
            throw ExitCode(ExitStatus.invalidData)
        case let .saveFailed(message):
            printError("could not save: \(message)")
            throw ExitCode(ExitStatus.fileSystem)
        case let .signal(number):
            throw ExitCode(128 + number)
        }
    }

    /// Tells where the assessment went, on standard error so redirected output stays clean.
    /// Says plainly what a way out that was not chosen did with typed text, and names a copy written
    /// elsewhere while saving failed.
    private func announceSaved(_ session: InterviewSession) {
        for note in session.model.exitNotes { writeStandardError("readiness: \(TerminalText.sanitizedLine(note))\n") }
        guard let assessment = session.model.session?.assessment, session.lastSaved == assessment else {
            if let failure = session.model.saveFailure {
                writeStandardError("readiness: the last changes were not saved: \(failure)\n")
                if let copy = session.model.writtenCopy {
                    let current = copy.assessment == session.model.session?.assessment ? "" : " (without the changes made after it)"
                    writeStandardError("readiness: the answers were written to \(TerminalText.sanitizedLine(copy.path))\(current); add them back with 'readiness import'.\n")
                }
            }
            return
        }
        let status = assessment.status == .complete ? "complete" : "draft"
        writeStandardError("Saved assessment \(assessment.id) (\(status)). Resume with 'readiness resume \(assessment.id)'; report with 'readiness report \(assessment.id)'.\n")
    }
}
