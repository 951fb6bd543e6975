import ReadinessCore
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Synchronizer {
    /// Brings the team's fetched commits into the branch and the folder: a fast-forward when this machine
    /// has nothing new, else a merge decided file by file (`TreeMerge`).
    func integrate(into report: inout SyncReport) throws(SyncError) {
        guard let theirs = try repository.remoteHead() else { return }
        let ours = try repository.head()
        var target = theirs
        var conflicts: [SyncReport.Conflict] = []
        if let ours {
            if try contains(theirs, in: ours) { return }
            if try !contains(ours, in: theirs) {
                (target, conflicts) = try merge(ours: ours, theirs: theirs)
            }
        }
        switch try moveWorkingTree(from: ours, to: target, resuming: false) {
        case .postponed(let why):
            report.postponed = why
        case .moved(let count):
            report.received += count
            report.conflicts += conflicts
        }
    }

    /// A merge commit of `ours` and `theirs` whose tree keeps every version of every assessment.
    private func merge(ours: String, theirs: String) throws(SyncError) -> (String, [SyncReport.Conflict]) {
        let base = (try? git.run(["merge-base", ours, theirs]))?.text
        let baseTree = try base.map(tree(of:)) ?? [:]
        let ourTree = try tree(of: ours)
        let theirTree = try tree(of: theirs)
        var merged: [String: String] = [:]
        var conflicts: [SyncReport.Conflict] = []
        var taken = Set(ourTree.keys.compactMap(Self.assessmentID(ofPath:)) + theirTree.keys.compactMap(Self.assessmentID(ofPath:)))
        taken.formUnion((try? store.ids()) ?? [])
        for path in Set(ourTree.keys).union(theirTree.keys).sorted() {
            let (o, t) = (ourTree[path], theirTree[path])
            switch TreeMerge.decide(base: baseTree[path], ours: o, theirs: t) {
            case .ours: merged[path] = o
            case .theirs: merged[path] = t
            case .keepBoth:
                merged[path] = o
                guard let id = Self.assessmentID(ofPath: path), let t else { continue }
                var copyID = AssessmentID.make()
                while taken.contains(copyID) { copyID = AssessmentID.make() }
                taken.insert(copyID)
                let (blob, conflict) = try conflictCopy(of: t, id: id, copyID: copyID, theirs: theirs)
                merged["\(copyID).json"] = blob
                conflicts.append(conflict)
            }
        }
        let tree = try writeTree(merged)
        var message = "Sync with the team\n"
        if !conflicts.isEmpty {
            message += "\nChanged on both sides; both versions kept:\n"
            for conflict in conflicts {
                message +=
                    "- \(ChangeMessage.name(conflict.organization)) (\(conflict.id)): the version by \(ChangeMessage.line(conflict.other)) is \(conflict.copyID)\n"
            }
        }
        let commit = try run(["commit-tree", tree, "-p", ours, "-p", theirs, "-m", message], environment: identity.environment(author: ""))
            .text
        return (commit, conflicts)
    }

    /// The team's version of assessment `id` as a new assessment `copyID`, linked back to `id` and named
    /// so in its organization. A version this program cannot read is kept byte for byte under the new name.
    private func conflictCopy(of blob: String, id: String, copyID: String, theirs: String) throws(SyncError) -> (
        String, SyncReport.Conflict
    ) {
        let author = (try? run(["log", "-1", "--format=%an", theirs, "--", "\(id).json"]))?.text ?? ""
        guard var copy = try? read(blob, id: id) else {
            let organization = (try? store.load(id))?.organization ?? ""
            return (
                blob, SyncReport.Conflict(id: id, copyID: copyID, organization: organization, other: author.isEmpty ? "a teammate" : author)
            )
        }
        let other = copy.assessor.trimmingSpaces().isEmpty ? (author.isEmpty ? "a teammate" : author) : copy.assessor
        let organization = copy.organization
        copy.id = copyID
        copy.conflictOf = id
        copy.organization = "\(organization.isEmpty ? "Unnamed organization" : organization) (conflicting copy by \(other))"
        let questionnaire = questionnaires.questionnaire(id: copy.questionnaireID, version: copy.questionnaireVersion)
        let bytes = Array(AssessmentFile.encode(copy, questionnaire: questionnaire).utf8)
        let hash = try run(["hash-object", "-w", "--stdin"], input: bytes).text
        return (hash, SyncReport.Conflict(id: id, copyID: copyID, organization: organization, other: other))
    }

    /// Every file of a commit: path to blob.
    func tree(of commit: String) throws(SyncError) -> [String: String] {
        var files: [String: String] = [:]
        for entry in try run(["ls-tree", "-r", "-z", commit]).bytes.split(separator: 0) {
            guard let tab = entry.firstIndex(of: 9) else { continue }
            let fields = entry[..<tab].split(separator: 32)
            guard fields.count == 3, fields[1].elementsEqual("blob".utf8) else { continue }
            files[String(decoding: entry[(tab + 1)...], as: UTF8.self)] = String(decoding: fields[2], as: UTF8.self)
        }
        return files
    }

    /// A tree object holding exactly these files, built in a private index so the real one is untouched.
    private func writeTree(_ files: [String: String]) throws(SyncError) -> String {
        let index = "\(repository.gitFolder)/readiness-merge-index"
        unlink(index)
        defer { unlink(index) }
        let environment = ["GIT_INDEX_FILE": index]
        var input: [UInt8] = []
        for (path, blob) in files.sorted(by: { $0.key < $1.key }) {
            input += Array("100644 \(blob)\t\(path)".utf8) + [0]
        }
        try run(["read-tree", "--empty"], environment: environment)
        try run(["update-index", "-z", "--index-info"], input: input, environment: environment)
        return try run(["write-tree"], environment: environment).text
    }
}
