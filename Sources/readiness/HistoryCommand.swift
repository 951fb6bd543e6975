import ArgumentParser
import ReadinessCore
import ReadinessReports
import ReadinessStore
import ReadinessSync

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `readiness history ID`: each saved change of an assessment, from the team repository.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Each synced change of an assessment, newest first.",
        discussion:
            "When, who, the status, how much was answered, and the rating and need once complete, from the team repository's history.")

    @OptionGroup var questionnaires: QuestionnaireOptions
    @OptionGroup var data: StoreOptions

    @Argument(help: ArgumentHelp("The assessment's id, or a unique start of it (a deleted one by its full id).", valueName: "id"))
    var id: String

    func run() throws {
        try reportingSyncFailures {
            let catalog = try questionnaires.catalog()
            let store = try data.store(questionnaires: catalog)
            // A deleted assessment has a history too, found by its full id.
            let stored = try store.ids()
            let full = stored.contains { $0.hasPrefix(id) } || !AssessmentID.isValid(id) ? try store.resolve(id) : id
            let history = try AssessmentHistory.of(full, store: store, questionnaires: catalog)
            guard !history.entries.isEmpty else {
                throw CommandFailure(
                    message: "\(full) has no synced history yet; 'readiness sync' records its changes (drafts once shared)",
                    code: ExitStatus.usage)
            }
            try StandardOutput.write(Self.table(history, id: full))
        }
    }

    static func table(_ history: AssessmentHistory, id: String) -> String {
        let zone = TimeZone.current  // local time, as in list
        let name = history.entries.lazy.compactMap(\.assessment).first?.organization ?? ""
        var out = "History of \(id) (\(name.isEmpty ? "unnamed organization" : TableCell.name(name))):\n"
        if history.hasUnsyncedChanges { out += "Changes here that are not synced yet come first, with the next sync.\n" }
        var rows = [["WHEN", "WHO", "STATUS", "ANSWERED", "RATING", "NEED", "COMMIT"]]
        for entry in history.entries {
            let status = entry.assessment?.status.rawValue ?? (entry.problem == nil ? "deleted" : "unreadable")
            rows.append([
                Timestamp.minute(entry.date, in: zone), TableCell.name(entry.author), status,
                entry.assessment == nil ? "-" : "\(entry.answered)/\(entry.shown)",
                entry.fit?.rating.rawValue ?? "-", entry.fit.map { TableCell.need($0.need, low: $0.low, high: $0.high) } ?? "-",
                String(entry.commit.prefix(8)),
            ])
        }
        return out + TextTable.render(rows)
    }
}
