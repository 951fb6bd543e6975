import ReadinessCore

/// Where a store finds the questionnaire an assessment names, to check its answers and to score it.
public protocol QuestionnaireSource: Sendable {
    /// Every available questionnaire, in the source's order.
    var questionnaires: [Questionnaire] { get }
    /// A value that changes whenever the questionnaire's content does, so remembered list rows can be
    /// trusted; nil when there is none, which turns remembering off for its assessments.
    func fingerprint(of questionnaire: Questionnaire) -> String?
    /// The questionnaire to read an assessment with: exactly the version it was answered under, nil when
    /// that version is not available (an answer checked against another version could be misread, and a
    /// save would then record answers under a version that does not have them).
    func questionnaire(id: String, version: String) -> Questionnaire?
    /// The newest version of a questionnaire (see `QuestionnaireVersion`: "10" is newer than "9"); a
    /// requirement so a source that reads lazily (the catalog) answers it without reading everything.
    func newest(id: String) -> Questionnaire?
}

extension QuestionnaireSource {
    /// No fingerprint: a source without files has nothing to compare.
    public func fingerprint(of questionnaire: Questionnaire) -> String? { nil }

    /// The questionnaire with this id and exactly this version, if held.
    public func questionnaire(id: String, version: String) -> Questionnaire? {
        questionnaires.first { $0.id == id && $0.version == version }
    }

    /// The newest version of a questionnaire (see `QuestionnaireVersion`: "10" is newer than "9").
    public func newest(id: String) -> Questionnaire? {
        QuestionnaireVersion.newest(questionnaires.filter { $0.id == id }, version: \.version)
    }

    /// The versions of a questionnaire that are available, newest first.
    func versions(of id: String) -> [String] {
        var seen = Set<String>()
        return questionnaires.filter { $0.id == id && seen.insert($0.version).inserted }.map(\.version)
            .sorted { QuestionnaireVersion.isOlder($1, than: $0) }
    }

    /// Why an assessment answered under `version` of `id` cannot be read here, naming what is available.
    func unavailableMessage(id: String, version: String) -> String {
        let installed = versions(of: id)
        guard !installed.isEmpty else {
            let available = availableIDs
            return
                "this assessment is for questionnaire '\(id)', which is not available (available: \(available.isEmpty ? "none" : available.joined(separator: ", ")))"
        }
        return
            "this assessment was answered under version \(version) of questionnaire '\(id)', which is not installed (installed: \(installed.map { "version \($0)" }.joined(separator: ", "))); put that version's file beside the others to read it"
    }

    /// The ids available, without repeats, in order.
    var availableIDs: [String] {
        var seen = Set<String>()
        return questionnaires.map(\.id).filter { seen.insert($0).inserted }
    }
}

extension QuestionnaireCatalog: QuestionnaireSource {
    /// A hash of the file the questionnaire was loaded from (the file its id and version are read from).
    public func fingerprint(of questionnaire: Questionnaire) -> String? {
        guard let index = index(id: questionnaire.id, version: questionnaire.version),
            let bytes = try? FileReader.bytes(atPath: headers[index].path)
        else { return nil }
        return Fingerprint.of(bytes)
    }
}

/// Reads every assessment with the newest available version of its questionnaire, whatever version it was
/// answered under: for re-scoring under a newer version when that is asked for (`show --rescore`,
/// `compare` across versions), never by default.
public struct NewestVersionSource: QuestionnaireSource {
    private let base: QuestionnaireSource

    /// Reads with the newest version among `base`'s questionnaires.
    public init(_ base: QuestionnaireSource) {
        self.base = base
    }

    /// Every questionnaire held.
    public var questionnaires: [Questionnaire] { base.questionnaires }

    /// The newest version held of this id, whatever version is asked for: the catalog reads every assessment with it.
    public func questionnaire(id: String, version: String) -> Questionnaire? {
        base.newest(id: id)
    }

    /// The newest version held of this id, as `base` finds it.
    public func newest(id: String) -> Questionnaire? {
        base.newest(id: id)
    }
}

/// A fixed set of questionnaires: for tests, and for a program that already holds them.
struct QuestionnaireShelf: QuestionnaireSource {
    /// Every questionnaire held.
    let questionnaires: [Questionnaire]

    /// Creates a shelf holding these questionnaires.
    init(_ questionnaires: [Questionnaire]) {
        self.questionnaires = questionnaires
    }
}
