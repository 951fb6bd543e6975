import ArgumentParser
import ReadinessCore
import ReadinessReports
import ReadinessStore

/// `readiness compare ID ID`: what changed between two saved assessments of one questionnaire.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Show what changed between two saved assessments.",
        discussion: """
            Compares the first (before) with the second (after): the rating, the need, every signal's score \
            with the difference, the split rows whose owner or phase changed, blockers, and the answers that \
            changed. Both must use the same questionnaire (else exit 64); assessments of different \
            organizations are compared with a note. Each is read under the questionnaire version it was \
            answered under (not installed: exit 65); when the two versions differ, both are scored under \
            the newest installed version, and the output says so.
            """)

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions

    @Argument(help: ArgumentHelp("The earlier assessment's id, or a unique start of it.", valueName: "before"))
    var before: String

    @Argument(help: ArgumentHelp("The later assessment's id, or a unique start of it.", valueName: "after"))
    var after: String

    @Flag(help: "Print one JSON object, for other programs.")
    var json = false

    func run() throws {
        try reportingStoreFailures {
            let catalog = try questionnaires.catalog()
            let store = try data.store(questionnaires: catalog)
            let firstID = try store.resolve(before)
            let secondID = try store.resolve(after)
            var first = try store.read(firstID)
            var second = try store.read(secondID)
            guard first.questionnaire.id == second.questionnaire.id else {
                throw CommandFailure(
                    message:
                        "cannot compare \(firstID) (questionnaire '\(first.questionnaire.id)') with \(secondID) (questionnaire '\(second.questionnaire.id)'): compare two assessments of the same questionnaire",
                    code: ExitStatus.usage)
            }
            if first.questionnaire.version != second.questionnaire.version, let newest = catalog.newest(id: first.questionnaire.id) {
                first = try AssessmentDocument.reread(first.assessment, with: newest, path: store.path(of: firstID))
                second = try AssessmentDocument.reread(second.assessment, with: newest, path: store.path(of: secondID))
            }
            let comparison = AssessmentComparison(
                before: first.assessment, after: second.assessment, scorer: Scorer(questionnaire: first.questionnaire))
            try StandardOutput.write(json ? ComparisonRenderer.json(comparison).rendered() : ComparisonRenderer.text(comparison))
        }
    }
}
