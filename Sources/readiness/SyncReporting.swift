import ArgumentParser
import ReadinessCore
import ReadinessStore
import ReadinessSync

/// What `sync`, `share` and `history` print, and how their failures end the program.
enum SyncReporting {
    /// The report as lines a person reads at the end of a sync.
    static func text(_ report: SyncReport) -> String {
        var lines: [String] = []
        for repair in report.repaired { lines.append("Repaired: \(repair).") }
        for change in report.committed {
            lines.append("Committed \(change.id) (\(organization(change.organization))): \(change.kind.rawValue).")
        }
        for (id, holder) in report.open {
            lines.append(
                "Not synced: \(StoreError.locked(id: id, holder: holder).description); it goes with the next sync once it is closed.")
        }
        for problem in report.unreadable {
            lines.append("Not synced: \(problem.description) (a file that cannot be read is never shared).")
        }
        if !report.privateDrafts.isEmpty {
            let count = report.privateDrafts.count
            lines.append(
                "Kept on this machine: \(count) \(count == 1 ? "draft" : "drafts") (\(report.privateDrafts.joined(separator: ", "))); share one with 'readiness share ID'."
            )
        }
        if report.received > 0 {
            lines.append("Brought in \(report.received) \(report.received == 1 ? "assessment" : "assessments") changed by the team.")
        }
        for conflict in report.conflicts {
            lines.append(
                "Conflict: you and \(TerminalText.sanitizedLine(conflict.other)) both changed \(conflict.id) (\(organization(conflict.organization))). Both versions are kept: yours as \(conflict.id), theirs as \(conflict.copyID). See the differences: readiness compare \(conflict.id) \(conflict.copyID)"
            )
        }
        if let why = report.postponed { lines.append("Not brought in yet: \(TerminalText.sanitizedLine(why)).") }
        if report.pushed { lines.append("Sent this store's commits to \(TeamRepository.remote).") }
        lines.append(standing(report))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the store stands against the remote, in one line.
    static func standing(_ report: SyncReport) -> String {
        guard report.hasRemote else {
            return report.ahead == 0
                ? "No remote yet; add one with 'readiness sync --init REMOTE'."
                : "No remote yet: \(commits(report.ahead)) kept here; add one with 'readiness sync --init REMOTE'."
        }
        switch (report.ahead, report.behind) {
        case (0, 0): return "Up to date with \(TeamRepository.remote)."
        case (let ahead, 0): return "Ahead of \(TeamRepository.remote) by \(commits(ahead)) (not sent yet)."
        case (0, let behind): return "Behind \(TeamRepository.remote) by \(commits(behind))."
        case (let ahead, let behind): return "Ahead of \(TeamRepository.remote) by \(commits(ahead)) and behind by \(commits(behind))."
        }
    }

    private static func commits(_ count: Int) -> String { "\(count) \(count == 1 ? "commit" : "commits")" }

    private static func organization(_ name: String) -> String {
        name.isEmpty ? "unnamed organization" : TerminalText.sanitizedLine(name)
    }
}

extension ExitStatus {
    /// The sync could not reach the remote, or the remote refused (sysexits' EX_UNAVAILABLE, as for PDFs).
    static let remoteUnavailable: Int32 = 69
}

/// Runs a sync-related command body like `reportingStoreFailures`, with sync errors reported too: a remote
/// that cannot be reached or refuses is 69 (after printing what was done here), another sync running 75.
func reportingSyncFailures(_ body: () throws -> Void) throws {
    try reportingStoreFailures {
        do {
            try body()
        } catch let error as SyncError {
            switch error {
            case .remote(let message, let report):
                try StandardOutput.write(SyncReporting.text(report))
                throw CommandFailure(
                    message:
                        "\(message). Nothing here was lost: the changes are committed in this store; run 'readiness sync' again when \(TeamRepository.remote) can be reached",
                    code: ExitStatus.remoteUnavailable)
            case .store(let inner):
                throw inner
            case .file(let path, let reason):
                throw CommandFailure(message: "\(path): \(reason)", code: ExitStatus.fileSystem)
            case .usage:
                throw CommandFailure(message: error.description, code: ExitStatus.usage)
            case .busy:
                throw CommandFailure(message: error.description, code: ExitStatus.locked)
            case .git(let inner):
                if case .unavailable = inner { throw CommandFailure(message: inner.description, code: ExitStatus.remoteUnavailable) }
                throw CommandFailure(message: inner.description, code: ExitStatus.fileSystem)
            }
        }
    }
}
