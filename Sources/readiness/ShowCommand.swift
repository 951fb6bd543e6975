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
            assessment is scored under exactly the questionnaire version it was answered under; when that \
            version is not installed it says so and exits 65. --rescore scores it under the newest version \
            instead, and the report says so; the saved file is not changed.
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
            // Re-scoring reads the file straight under the newest version, so one whose own version is gone
            // can still be shown when asked.
            let newestStore = FileAssessmentStore(directory: store.directory, questionnaires: NewestVersionSource(catalog))
            let read: AssessmentDocument.Read
            if rescore {
                read = try newestStore.read(id)
            } else {
                read = try Self.read(id, from: store, orRescoringFrom: newestStore)
                if let newest = catalog.newest(id: read.questionnaire.id), newest.version != read.questionnaire.version {
                    writeStandardError(
                        "readiness: note: version \(newest.version) of '\(newest.id)' is available; 'readiness show \(id) --rescore' scores under it\n"
                    )
                }
            }
            let result = Scorer(questionnaire: read.questionnaire).score(read.assessment)
            // The assessor reads this in the terminal: the internal copy, as `report --format text` makes it.
            let report = Report(
                assessment: read.assessment, questionnaire: read.questionnaire, result: result,
                options: Report.Options(audience: ReportCommand.defaultAudience(for: .text)))
            try StandardOutput.write(TextReportRenderer.render(report, ascii: ascii))
            if rescore { Self.noteQuestionsToAnswer(read, result: result, id: id) }
        }
    }

    /// After a re-score under a newer version: the questions that version asks which this assessment has no
    /// answer to, and how to move the assessment to that version to answer them.
    private static func noteQuestionsToAnswer(_ read: AssessmentDocument.Read, result: ScoreResult, id: String) {
        let questionnaire = read.questionnaire
        guard read.assessment.questionnaireVersion != questionnaire.version else { return }
        let open = result.visibleQuestionIDs.filter { read.assessment.answers[$0]?.response == nil }
        guard !open.isEmpty else { return }
        let titles = open.compactMap { questionnaire.question($0)?.title }.joined(separator: "; ")
        let count = open.count == 1 ? "1 question" : "\(open.count) questions"
        writeStandardError(
            "readiness: note: version \(questionnaire.version) asks \(count) this assessment has no answer to: \(titles); "
                + "'readiness resume \(id) --questionnaire \(questionnaire.id)@\(questionnaire.version)' carries its answers "
                + "into a new assessment under version \(questionnaire.version) to answer them\n")
    }

    /// Reads an assessment under its own version; when only that version is missing, the error says how
    /// to see it under the newest one instead.
    private static func read(_ id: String, from store: FileAssessmentStore, orRescoringFrom newestStore: FileAssessmentStore) throws
        -> AssessmentDocument.Read
    {
        do {
            return try store.read(id)
        } catch {
            guard case .invalid(var problem) = error, let details = problem.details, (try? newestStore.read(id)) != nil else { throw error }
            problem.details = details + "readiness: note: 'readiness show \(id) --rescore' scores it under the newest installed version\n"
            throw StoreError.invalid(problem)
        }
    }
}
