import ArgumentParser
import ReadinessCore
import ReadinessStore
import ReadinessSync

/// `readiness share ID`: lets a draft go to the team with the next sync.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Share a draft with the team at the next sync.",
        discussion: """
            Complete assessments are always shared; drafts only once shared, so half-finished calls stay \
            on this machine. Sharing commits the draft now; every later change goes with each sync. \
            --every-draft on shares all drafts from now on (off: only those shared by id).
            """)

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions

    @Argument(help: ArgumentHelp("The draft's id, or a unique start of it.", valueName: "id"))
    var id: String?

    @Option(
        name: .customLong("every-draft"),
        help: ArgumentHelp("Share every draft (on) or only those shared by id (off).", valueName: "on|off"))
    var everyDraft: Setting?

    enum Setting: String, ExpressibleByArgument { case on, off }

    func validate() throws {
        if (id == nil) == (everyDraft == nil) {
            throw ValidationError("give either an assessment id or --every-draft on|off")
        }
    }

    func run() throws {
        try reportingSyncFailures {
            let catalog = try questionnaires.catalog()
            let store = try data.store(questionnaires: catalog)
            let synchronizer = try Synchronizer(store: store, questionnaires: catalog)
            if let everyDraft {
                try synchronizer.repository.setSharesEveryDraft(everyDraft == .on)
                try StandardOutput.write(
                    everyDraft == .on
                        ? "Every draft is shared from the next sync on.\n" : "Drafts are shared only with 'readiness share ID'.\n")
                return
            }
            let id = try store.resolve(id ?? "")
            let change = try synchronizer.share(id)
            try StandardOutput.write(
                TerminalText.sanitizedLine(
                    "Shared \(change.id) (\(change.organization.isEmpty ? "unnamed organization" : change.organization)); it goes to the team with the next 'readiness sync'."
                ) + "\n")
        }
    }
}
