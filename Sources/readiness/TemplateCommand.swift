import ArgumentParser
import ReadinessCore
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `readiness template`: a blank assessment file to fill in by hand or by a script.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print a blank assessment file listing every question with its allowed values.",
        discussion: "Fill in each \"value\" (or set \"dontKnow\": true) and score it with 'readiness report FILE'.")

    @OptionGroup var questionnaires: QuestionnaireOptions

    @Option(
        name: .customLong("questionnaire"), help: ArgumentHelp("The questionnaire id (its newest version), or ID@VERSION.", valueName: "id")
    )
    var questionnaireID: String = QuestionnaireCatalog.defaultID

    func run() throws {
        try reportingFailures {
            let questionnaire = try questionnaires.catalog().questionnaire(id: questionnaireID)
            try StandardOutput.write(AssessmentTemplate.render(for: questionnaire, createdAt: Timestamp.format(Date())))
        }
    }
}
