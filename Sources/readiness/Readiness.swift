import ArgumentParser

/// `readiness`: decide whether co-managed IT fits an organization, and how to split the work.
@main
struct Readiness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "Decide whether co-managed IT fits an organization, and how to split the work.",
        discussion: """
            With no command, starts the interview. Exit codes: 0 done, 64 usage error, 65 invalid \
            questionnaire or assessment file, 74 file-system error, 75 assessment being edited elsewhere, 130 interrupted (after saving).
            """,
        version: "0.1.0",
        subcommands: [
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
        ]
    )
}
