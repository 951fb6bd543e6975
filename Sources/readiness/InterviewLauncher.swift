import ArgumentParser
import ReadinessCore
import ReadinessInterview
import ReadinessReports
import ReadinessStore
import ReadinessTerminal

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Wires the interview: questionnaires, the store, drafts, locks, then the terminal front end.
struct InterviewLauncher {
    /// What was asked for on the command line.
    let request: InterviewRequest

    /// How many recent drafts the start screen offers.
    static let draftsOffered = 5

    /// Runs the interview `request` asks for, its failures reported as every command's are.
    static func run(_ request: InterviewRequest) throws {
        try reportingStoreFailures { try InterviewLauncher(request: request).run() }
    }

    /// Runs the interview: a new one, or the saved assessment the request resumes.
    func run() throws {
        let resume = request.resume
        // Before anything is read or locked: the restart (to keep a crash from waiting for keys on the
        // terminal) starts from scratch, and from here on a signal ends the interview through its exit path.
        if !request.usePlainMode { CrashReportSettings.makeNonInteractive() }
        SignalWatch.install()
        let catalog = try QuestionnaireOptions.catalog(explicit: request.questionnairesFolder)
        // The full screen's first frame needs none of the offered questionnaires whole: the start screen
        // lists them by title, and a resumed assessment needs only its own. Plain mode starts by saying
        // how long the first one is.
        let offered = try offeredQuestionnaires(catalog, readingNow: resume == nil && request.usePlainMode)
        if resume == nil, !request.usePlainMode {
            // Read on the other core while the start screen is drawn and filled in, so Start does not wait.
            OwnThreads.detached { _ = offered.questionnaire(at: 0) }
        }
        let store = try StoreOptions.store(explicit: request.dataDirectory, questionnaires: catalog)
        let services = StoreInterviewServices(
            store: store, questionnaires: catalog,
            rendering: ReportRendering(ascii: request.ascii, pdfRenderer: ChromiumOnDemand(environment: ProgramEnvironment.variables)))
        defer { services.releaseLocks() }
        var resumed: Assessment?
        var openingMessage: String?
        if let resume, let wanted = request.questionnaireID {
            // `resume ID --questionnaire OTHER`: a new assessment continuing that one, saved before it opens.
            guard let prefix = resume else {
                throw CommandFailure(
                    message:
                        "--questionnaire with resume continues a finished assessment in another questionnaire: name it ('readiness resume ID --questionnaire \(wanted)')",
                    code: ExitStatus.usage)
            }
            guard request.answers == nil else {
                throw CommandFailure(
                    message:
                        "--answers starts a new assessment from a file; it cannot be combined with continuing one ('resume ID --questionnaire')",
                    code: ExitStatus.usage)
            }
            let continuation = try continuation(of: try store.resolve(prefix), into: wanted, catalog: catalog, store: store)
            try services.save(continuation.assessment)
            resumed = continuation.assessment
            openingMessage = continuation.message
        } else if let resume {
            let id: String
            if let prefix = resume {
                id = try store.resolve(prefix)
            } else {
                guard let latest = store.mostRecentDraft() else {
                    throw CommandFailure(message: "there is no draft to resume; start one with 'readiness'", code: ExitStatus.usage)
                }
                id = latest.id
            }
            do {
                // Locked first, then read: no other interview can save between the read and ours.
                resumed = try services.openForEditing(id)
            } catch StoreError.locked {
                // Edited elsewhere: read as it is; taking the lock again refuses, and it opens read-only.
                resumed = try store.load(id)
            }
        }
        if let path = request.answers {
            // A pre-filled file starts a new assessment in the store, under the questionnaire version it was
            // answered under; only what it leaves open is asked.
            var prefilled = try AssessmentFileLoader.load(path: path, catalog: catalog).assessment
            prefilled.id = try store.newID()
            prefilled.status = .draft
            resumed = prefilled
        }
        let newID = try store.newID()
        // The id a continuation started from the results gets (`f`): free, and not the new assessment's.
        var continuationID = try store.newID()
        while continuationID == newID || continuationID == resumed?.id { continuationID = try store.newID() }
        /// A session over these services; only the full screen offers recent drafts to pick from (a
        /// snapshot for the start screen: a draft picked there is locked and read again), the contact's
        /// rows and what was remembered from the last run.
        func session(fullScreen: Bool, preferences: InterviewPreferences = InterviewPreferences()) -> InterviewSession {
            let drafts =
                fullScreen && resume == nil
                ? store.listing().summaries.filter { $0.status == .draft }.prefix(Self.draftsOffered).compactMap { try? store.load($0.id) }
                : []
            var setup = InterviewSetup(
                offered: offered, installed: Self.installed(for: Array(drafts) + [resumed].compactMap { $0 }, catalog: catalog),
                drafts: Array(drafts), resume: resumed, newID: newID,
                defaultMode: request.mode ?? .call, exportFormats: ReportFormat.allCases.map(\.rawValue), now: { Date() })
            setup.continuationID = continuationID
            setup.existingContinuation = { id, questionnaireID in store.continuation(of: id, into: questionnaireID)?.id }
            setup.openingMessage = openingMessage
            if fullScreen {
                setup.prefill = StartPrefill(organization: request.organization, assessor: request.assessor ?? preferences.assessor)
                setup.offersContact = true
                setup.hidesLivePane = preferences.hidesLivePane
            }
            return InterviewSession(model: InterviewModel(setup: setup, size: ScreenSize(width: 80, height: 24)), services: services)
        }
        // Read once for both front ends, so a problem in the file is reported once when curses gives way.
        let preferencesPath = InterviewPreferences.path()
        let (preferences, problems) = preferencesPath.map(InterviewPreferences.read) ?? (InterviewPreferences(), [])
        for problem in problems { writeStandardError("readiness: \(TerminalText.sanitizedLine(problem)); ignored.\n") }
        if !request.usePlainMode {
            let fullScreen = session(fullScreen: true, preferences: preferences)
            switch Result(catching: {
                try CursesFrontEnd.run(fullScreen, options: TerminalOptions(useColor: request.useColor, ascii: request.ascii))
            }) {
            case .success(let ending):
                if let preferencesPath { remember(fullScreen.model, in: preferencesPath, was: preferences, livePane: true) }
                announceSaved(fullScreen)
                if ending != .finished { throw ExitCode(ending.exitCode) }
                // Quit with answers the store never took (the user chose to leave without them, or wrote a copy).
                if !fullScreen.isSaved { throw ExitCode(ExitStatus.fileSystem) }
                return
            case .failure(let error):
                // Nothing was shown or changed: on to plain mode, which starts afresh as `--plain` does.
                writeStandardError("readiness: \(error); continuing line by line.\n")
            }
        }
        try runPlain(session(fullScreen: false), services: services, preferences: preferences, preferencesPath: preferencesPath)
    }

    /// Remembers the assessor of an assessment started in this run and, from the full screen
    /// (`livePane`), whether a call's live pane was left hidden; the file is written only when that changed.
    private func remember(_ model: InterviewModel, in path: String, was old: InterviewPreferences, livePane: Bool) {
        var preferences = old
        if let assessment = model.session?.assessment {
            if assessment.id == model.setup.newID, !assessment.assessor.isEmpty { preferences.assessor = assessment.assessor }
            if livePane, assessment.mode == .call { preferences.hidesLivePane = !model.showsLivePane }
        }
        guard preferences != old else { return }
        if let problem = preferences.write(path: path) { writeStandardError("readiness: could not remember the settings: \(problem)\n") }
    }

    /// What a new assessment can be started with: the newest version of each questionnaire, the one asked
    /// for (`--questionnaire ID` or `ID@VERSION`) or else the default first, listed by the files' headers
    /// and each read whole when it is needed. With `readingNow` (plain mode, which says the first one's
    /// length at once) the first is read now: the one asked for, or the first that loads (choices found
    /// broken on the way are left out, and none loading is an error). The one asked for is also read now
    /// when the headers cannot name it for sure, so a wrong id or version is said before the screen opens;
    /// otherwise a broken file is said when its questionnaire is started.
    private func offeredQuestionnaires(_ catalog: QuestionnaireCatalog, readingNow: Bool) throws -> OfferedQuestionnaires {
        let wanted = request.questionnaireID
        let listed = readingNow ? nil : wanted.flatMap(catalog.headerTitle(of:))
        let asked = listed == nil ? try wanted.map { wanted in try catalog.questionnaire(id: wanted) } : nil
        var choices = catalog.newestTitles.map { OfferedQuestionnaires.Choice(id: $0.id, title: $0.title) }
        if let first = listed.map({ OfferedQuestionnaires.Choice(id: $0.id, title: $0.title) })
            ?? asked.map({ OfferedQuestionnaires.Choice(id: $0.id, title: $0.title) })
        {
            choices.removeAll { $0.id == first.id }
            choices.insert(first, at: 0)
        } else {
            if let first = choices.firstIndex(where: { $0.id == QuestionnaireCatalog.defaultID }) {
                choices.insert(choices.remove(at: first), at: 0)
            }
            if readingNow {
                while let first = choices.first, catalog.newest(id: first.id) == nil { choices.removeFirst() }
            }
        }
        guard !choices.isEmpty else {
            throw CommandFailure(
                message: "no valid questionnaire in \(catalog.directory); run 'readiness validate'", code: ExitStatus.invalidData)
        }
        let ids = choices.map(\.id)
        return OfferedQuestionnaires(
            choices: choices,
            // The catalog keeps each file it reads, so asking again reads nothing.
            read: { index in
                guard index == 0, let wanted else { return catalog.newest(id: ids[index]) }
                return asked ?? (try? catalog.questionnaire(id: wanted))
            })
    }

    /// The installed questionnaires the interview may open saved assessments with: the exact version of
    /// each assessment it can open (the one resumed, the drafts on the start screen). Only those files are
    /// read; an assessment whose version is not installed brings every installed version of its
    /// questionnaire, which the interview lists when it refuses to open it.
    private static func installed(for assessments: [Assessment], catalog: QuestionnaireCatalog) -> [Questionnaire] {
        var installed: [Questionnaire] = []
        func add(_ questionnaire: Questionnaire) {
            if !installed.contains(where: { $0.id == questionnaire.id && $0.version == questionnaire.version }) {
                installed.append(questionnaire)
            }
        }
        for assessment in assessments {
            if let exact = catalog.questionnaire(id: assessment.questionnaireID, version: assessment.questionnaireVersion) {
                add(exact)
            } else {
                catalog.questionnaires.filter { $0.id == assessment.questionnaireID }.forEach(add)
            }
        }
        return installed
    }

    /// The line-by-line interview; its endings map to the documented exit codes. Every way into plain
    /// mode (`--plain`, `--answers`, TERM=dumb, no terminal, a terminal curses cannot use) comes here.
    private func runPlain(
        _ session: InterviewSession, services: StoreInterviewServices, preferences: InterviewPreferences, preferencesPath: String?
    ) throws {
        let format = request.format
        let ascii = request.ascii
        let input = StandardInputLines()
        defer { input.restoreTerminal() }
        let frontEnd = PlainFrontEnd(
            session: session, input: input, output: StandardStreams(),
            options: PlainFrontEnd.Options(
                // The assessor remembered by the full screen is offered here too, and a new one remembered.
                organization: request.organization, assessor: request.assessor, rememberedAssessor: preferences.assessor,
                mode: request.mode,
                skipAnswered: request.answers != nil,
                results: { current in
                    // Words and numbers for a screen reader, never bars or glyphs: the text report is `readiness report`.
                    guard format == .text else {
                        return JSONReportRenderer.render(
                            Report(assessment: current.assessment, questionnaire: current.questionnaire, result: current.result))
                    }
                    // Said to the assessor, as the full screen's results show it: their own notes and flags too.
                    let report = Report(
                        assessment: current.assessment, questionnaire: current.questionnaire, result: current.result,
                        options: Report.Options(audience: .internal))
                    return SpokenReportRenderer.render(report, ascii: ascii)
                },
                writeCopy: { text, path in
                    do {
                        try OutputFile.write(Array(text.utf8), to: expandingHome(path), permissions: 0o600, replace: false)
                        return nil
                    } catch {
                        return String(describing: error)
                    }
                }))
        let ending = frontEnd.run()
        if let preferencesPath { remember(session.model, in: preferencesPath, was: preferences, livePane: false) }
        switch ending {
        case .editingRefused(let reason):
            // The lock's own error says who holds it (75) or what the file system refused (74).
            if let refusal = services.refusal { throw CommandFailure(refusal, nothingChanged: true) }
            throw CommandFailure(message: "\(reason); nothing was changed", code: ExitStatus.fileSystem)
        case .notSaved(let message):
            printError(message)
            throw ExitCode(ExitStatus.fileSystem)
        default:
            break
        }
        announceSaved(session, plain: true)
        switch ending {
        case .finished, .quit, .editingRefused, .notSaved:
            return
        case .inputEnded:
            throw ExitCode(ExitStatus.inputEnded)
        case .invalidAnswer(let message):
            printError(message)
            throw ExitCode(ExitStatus.invalidData)
        case .signal(let number):
            throw ExitCode(128 + number)
        }
    }

    /// Tells where the assessment went, on standard error so redirected output stays clean.
    /// Says plainly what a way out that was not chosen did with typed text, and names a copy written
    /// elsewhere while saving failed.
    private func announceSaved(_ session: InterviewSession, plain: Bool = false) {
        for note in session.model.exitNotes { writeStandardError("readiness: \(TerminalText.sanitizedLine(note))\n") }
        guard let assessment = session.model.session?.assessment, session.lastSaved == assessment else {
            if let failure = session.model.saveFailure {
                writeStandardError("readiness: the last changes were not saved: \(failure)\n")
                if let copy = session.model.writtenCopy {
                    let current = copy.assessment == session.model.session?.assessment ? "" : " (without the changes made after it)"
                    writeStandardError(
                        "readiness: the answers were written to \(TerminalText.sanitizedLine(copy.path))\(current); add them back with 'readiness import'.\n"
                    )
                }
            }
            return
        }
        let status = assessment.status == .complete ? "complete" : "draft"
        let earlier = assessment.continuedFrom.map { ", continuing \($0)" } ?? ""
        writeStandardError(
            "Saved assessment \(assessment.id) (\(status)\(earlier)). Resume with 'readiness resume \(assessment.id)\(plain ? " --plain" : "")'; report with 'readiness report \(assessment.id)'.\n"
        )
    }
}
