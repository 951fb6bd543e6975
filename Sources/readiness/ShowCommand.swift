import ArgumentParser
import ReadinessCore
import ReadinessReports
import ReadinessStore

/// `readiness show ID`: a saved assessment's results as text, like the results screen.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a saved assessment's results as text.",
        discussion: """
            ID is a saved assessment's id or a unique start of it ('readiness list' shows them). The \
            assessment is scored under the questionnaire version it was answered under when that one is \
            available, else under the newest, and the report says so. --rescore scores it under the newest \
            version even when the old one is available; the saved file is not changed.
            """)

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions

    @Argument(help: ArgumentHelp("The assessment's id, or a unique start of it.", valueName: "id"))
    var id: String

    @Flag(help: "Score under the newest version of the questionnaire.")
    var rescore = false

    @Flag(help: "Use ASCII characters only.")
    var ascii = false

    func run() throws {
        try reportingStoreFailures {
            let catalog = try questionnaires.catalog()
            let store = try data.store(questionnaires: catalog)
            let id = try store.resolve(id)
            var read = try store.read(id)
            if let newest = catalog.newest(id: read.questionnaire.id), newest.version != read.questionnaire.version {
                if rescore {
                    read = try AssessmentDocument.reread(read.assessment, with: newest, path: store.path(of: id))
                } else {
                    writeStandardError("readiness: note: version \(newest.version) of '\(newest.id)' is available; 'readiness show \(id) --rescore' scores under it\n")
                }
            }
            let result = Scorer(questionnaire: read.questionnaire).score(read.assessment)
            let report = Report(assessment: read.assessment, questionnaire: read.questionnaire, result: result)
            try StandardOutput.write(TextReportRenderer.render(report, ascii: ascii))
        }
    }
}
