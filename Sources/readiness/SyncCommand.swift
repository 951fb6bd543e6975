import ArgumentParser
import ReadinessCore
import ReadinessStore
import ReadinessSync

/// `readiness sync`: shares the store with a team through a git repository.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share saved assessments with a team through a git repository.",
        discussion: """
            --init REMOTE makes the data folder a clone of the team's repository (--init alone: a local \
            repository, to add a remote later). Then each sync commits every changed assessment (one \
            commit each; drafts only once shared), brings in the team's changes and pushes. An \
            assessment open in an interview is left for the next sync. When two people changed the same \
            assessment, both versions are kept. Exit 69 when the remote cannot be reached or refuses \
            (nothing is lost: the changes wait here), 75 while another sync of the store runs.
            """)

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions

    @Flag(name: .customLong("init"), help: "Make the data folder a team store, following REMOTE when given.")
    var initialize = false

    @Argument(help: ArgumentHelp("With --init: the team repository's URL or path.", valueName: "remote"))
    var remote: String?

    func validate() throws {
        if remote != nil && !initialize {
            throw ValidationError("a remote is given only with --init: 'readiness sync --init \(remote ?? "")'")
        }
    }

    func run() throws {
        try reportingSyncFailures {
            let catalog = try questionnaires.catalog()
            let store = try data.store(questionnaires: catalog)
            if initialize {
                try TeamRepository(directory: store.directory).initialize(remote: remote)
                try StandardOutput.write(
                    TerminalText.sanitizedLine("\(store.directory) is a team store\(remote.map { " following \($0)" } ?? "").") + "\n")
            }
            let report = try Synchronizer(store: store, questionnaires: catalog).sync()
            try StandardOutput.write(SyncReporting.text(report))
        }
    }
}
