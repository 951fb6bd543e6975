import ReadinessCore
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Each saved change of one assessment, from the team repository's history, newest first.
public struct AssessmentHistory: Sendable {
    /// One committed version of the assessment.
    public struct Entry: Sendable {
        /// The commit.
        public var commit: String
        /// Who committed the change (the assessor, for changes sync committed).
        public var author: String
        /// When it was committed.
        public var date: Date
        /// The version in that commit; nil when the commit deleted it.
        public var assessment: Assessment?
        /// Its fit and need when complete (a draft's would be premature).
        public var fit: Fit?
        /// How many shown questions were answered, of how many.
        public var answered: Int
        /// See `answered`.
        public var shown: Int
        /// Why this version could not be read, when it could not.
        public var problem: String?
    }

    /// The committed versions, newest first.
    public var entries: [Entry]
    /// Whether the file here differs from the last committed version (changes not yet synced).
    public var hasUnsyncedChanges: Bool

    /// The history of assessment `id` in the team store at `store`'s folder.
    public static func of(_ id: String, store: FileAssessmentStore, questionnaires: QuestionnaireSource) throws(SyncError)
        -> AssessmentHistory
    {
        let repository = TeamRepository(directory: store.directory)
        guard repository.exists else {
            throw .usage("\(store.directory) is not a team store, so it has no history; set it up with 'readiness sync --init REMOTE'")
        }
        guard try repository.head() != nil else { return AssessmentHistory(entries: [], hasUnsyncedChanges: true) }
        let name = "\(id).json"
        let log = try repository.run(["log", "--full-history", "--no-merges", "--format=%H%x1f%an%x1f%at", "-z", "HEAD", "--", name]).bytes
        var entries: [Entry] = []
        for record in log.split(separator: 0) {
            let fields = record.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 3 else { continue }
            let commit = fields[0].trimmingWhitespace()
            var entry = Entry(
                commit: commit, author: fields[1], date: Date(timeIntervalSince1970: TimeInterval(fields[2]) ?? 0),
                assessment: nil, fit: nil, answered: 0, shown: 0, problem: nil)
            if let bytes = try? repository.git.run(["cat-file", "blob", "\(commit):\(name)"]).bytes {
                do throws(StoreError) {
                    let read = try AssessmentDocument.read(
                        bytes, path: "\(commit.prefix(8)):\(name)", id: id, questionnaires: questionnaires)
                    let scorer = Scorer(questionnaire: read.questionnaire)
                    entry.assessment = read.assessment
                    (entry.answered, entry.shown) = scorer.answeredCount(read.assessment)
                    if read.assessment.status == .complete { entry.fit = scorer.score(read.assessment).fit }
                } catch {
                    entry.problem = error.description
                }
            }
            entries.append(entry)
        }
        let here = try? FileReader.bytes(atPath: store.path(of: id))
        let last = try? repository.git.run(["cat-file", "blob", "HEAD:\(name)"]).bytes
        return AssessmentHistory(entries: entries, hasUnsyncedChanges: here != last)
    }
}
