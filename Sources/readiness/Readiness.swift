import ArgumentParser
import ReadinessReports

/// `readiness`: decide whether co-managed IT fits an organization, and how to split the work.
@main
struct Readiness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "Decide whether co-managed IT fits an organization, and how to split the work.",
        discussion: """
            With no command, starts the interview. Exit codes: 0 done, 64 usage error, 65 invalid \
            questionnaire or assessment file, 69 no PDF renderer or the sync remote unreachable, 74 file-system error, 75 assessment open in \
            another process, 76 plain-mode \
            input ended (draft saved), 129 terminal hung up, 130 interrupted, 131 quit (Ctrl-\\), 143 terminated (all \
            four after saving).
            """,
        version: ProgramIdentity.version,
        subcommands: [
            InterviewCommand.self,
            ResumeCommand.self,
            ValidateCommand.self,
            QuestionnairesCommand.self,
            TemplateCommand.self,
            ReportCommand.self,
            ListCommand.self,
            ShowCommand.self,
            CompareCommand.self,
            DeleteCommand.self,
            ImportCommand.self,
            ExportFileCommand.self,
            SyncCommand.self,
            ShareCommand.self,
            HistoryCommand.self,
        ],
        defaultSubcommand: InterviewCommand.self
    )

    /// Prepares the standard streams, then parses the arguments and runs the command. The interview's
    /// usual command lines skip ArgumentParser's start-up cost (see `InterviewArguments`); their failures
    /// end the program the way ArgumentParser ends it.
    static func main() {
        StandardOutput.prepare()
        if let request = InterviewArguments.request(from: Array(CommandLine.arguments.dropFirst())) {
            do {
                try InterviewLauncher.run(request)
            } catch {
                exit(withError: error)
            }
            return
        }
        main(nil)
    }
}
