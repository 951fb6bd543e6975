import ArgumentParser
import ReadinessCore
import ReadinessReports
import ReadinessStore

/// `readiness questionnaires`: lists what can be used.
struct QuestionnairesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaires",
        abstract: "List the available questionnaires with id, version, title and question count, newest version first.")

    @OptionGroup var questionnaires: QuestionnaireOptions

    func run() throws {
        try reportingFailures {
            let catalog = try questionnaires.catalog()
            var listed: [Questionnaire] = []
            var broken: [String] = []
            let shadowed = catalog.shadowed
            for entry in catalog.entries {
                switch entry.result {
                case .success(let questionnaire):
                    guard !shadowed.contains(where: { $0.path == entry.path }) else { continue }
                    listed.append(questionnaire)
                case .failure:
                    broken.append(entry.path)
                }
            }
            // By id, newest version first (what new work uses), whatever the files are called.
            listed.sort { $0.id != $1.id ? $0.id < $1.id : QuestionnaireVersion.isOlder($1.version, than: $0.version) }
            let rows =
                [["ID", "VERSION", "QUESTIONS", "TITLE"]]
                + listed.map { [$0.id, $0.version, String($0.questions.count), $0.title] }
            try StandardOutput.write(TextTable.render(rows))
            for path in broken {
                writeStandardError("readiness: warning: \(path) is not a valid questionnaire; run 'readiness validate \(path)'\n")
            }
            for file in shadowed {
                writeStandardError("readiness: warning: \(file.shadowingWarning)\n")
            }
        }
    }
}

extension QuestionnaireCatalog.Shadowed {
    /// "B holds the same questionnaire as A (id v1); only A is used ...": for `questionnaires` and `validate`.
    var shadowingWarning: String {
        TerminalText.sanitizedLine(
            "\(path) holds the same questionnaire as \(usedPath) (\(id) v\(version)); only \(usedPath) is used. Give one of them another version, or remove it."
        )
    }
}
