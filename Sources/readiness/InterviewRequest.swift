import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// What `readiness`, `readiness interview` and `readiness resume` were asked for, as plain values: read
/// by ArgumentParser (`InterviewCommand`, `ResumeCommand`) or by `InterviewArguments`, run by
/// `InterviewLauncher`.
struct InterviewRequest: Equatable {
    /// `--questionnaires`: the folder of questionnaires.
    var questionnairesFolder: String?
    /// `--data-dir`: the folder of saved assessments.
    var dataDirectory: String?
    /// `--questionnaire`: ID or ID@VERSION.
    var questionnaireID: String?
    /// `--mode`: the mode offered first.
    var mode: Assessment.Mode?
    /// `--no-color`.
    var noColor = false
    /// `--ascii`.
    var ascii = false
    /// `--plain`.
    var plain = false
    /// `--answers`: an assessment file to pre-fill from.
    var answers: String?
    /// `--organization`.
    var organization: String?
    /// `--assessor`.
    var assessor: String?
    /// `--format`: what plain mode prints at the end.
    var format: PlainResultFormat = .text
    /// nil for a new assessment; `resume` gives `.some(nil)` for the most recent draft, else `.some(ID)`.
    var resume: String?? = nil

    /// Whether to run line by line: asked for, pre-filled answers, a dumb terminal, or no terminal on
    /// standard input or output (a redirected output gets the report alone, never screen drawing).
    var usePlainMode: Bool {
        plain || answers != nil || ProgramEnvironment.variables["TERM"] == "dumb" || isatty(0) != 1 || isatty(1) != 1
    }

    /// Whether colour is wanted: not with `--no-color`, and not when `NO_COLOR` is set to anything.
    var useColor: Bool {
        !noColor && ProgramEnvironment.variables["NO_COLOR"].map(\.isEmpty) != false
    }
}

extension InterviewRequest {
    /// The request ArgumentParser's reading of the options gives.
    init(questionnaires: QuestionnaireOptions, data: StoreOptions, options: InterviewOptions, resume: String??) {
        self.init(
            questionnairesFolder: questionnaires.folder, dataDirectory: data.dataDirectory,
            questionnaireID: options.questionnaireID, mode: options.mode, noColor: options.noColor, ascii: options.ascii,
            plain: options.plain, answers: options.answers, organization: options.organization, assessor: options.assessor,
            format: options.format, resume: resume)
    }
}
