import Foundation
import ReadinessCore

/// Where a store finds the questionnaire an assessment names, to check its answers and to score it.
public protocol QuestionnaireSource: Sendable {
    /// Every available questionnaire, in the source's order.
    var questionnaires: [Questionnaire] { get }
    /// A value that changes whenever the questionnaire's content does, so remembered list rows can be
    /// trusted; nil when there is none, which turns remembering off for its assessments.
    func fingerprint(of questionnaire: Questionnaire) -> String?
}

extension QuestionnaireSource {
    public func fingerprint(of questionnaire: Questionnaire) -> String? { nil }

    /// The questionnaire to read an assessment with: the exact version it was answered under when that
    /// one is available, else the newest version with the id.
    public func questionnaire(id: String, version: String) -> Questionnaire? {
        let candidates = questionnaires.filter { $0.id == id }
        return candidates.first { $0.version == version } ?? newest(candidates)
    }

    /// The newest version of a questionnaire (versions compared as numbers where they are numbers: "10" > "9").
    public func newest(id: String) -> Questionnaire? {
        newest(questionnaires.filter { $0.id == id })
    }

    /// The ids available, without repeats, in order.
    public var availableIDs: [String] {
        var seen = Set<String>()
        return questionnaires.map(\.id).filter { seen.insert($0).inserted }
    }

    private func newest(_ candidates: [Questionnaire]) -> Questionnaire? {
        candidates.max { $0.version.compare($1.version, options: .numeric) == .orderedAscending }
    }
}

extension QuestionnaireCatalog: QuestionnaireSource {
    /// A hash of the file the questionnaire was loaded from.
    public func fingerprint(of questionnaire: Questionnaire) -> String? {
        let entry = entries.first { entry in
            guard case let .success(loaded) = entry.result else { return false }
            return loaded.id == questionnaire.id && loaded.version == questionnaire.version
        }
        guard let entry, let bytes = try? FileReader.bytes(atPath: entry.path) else { return nil }
        return Fingerprint.of(bytes)
    }
}

/// A fixed set of questionnaires: for tests, and for a program that already holds them.
public struct QuestionnaireShelf: QuestionnaireSource {
    public let questionnaires: [Questionnaire]

    /// Creates a shelf holding these questionnaires.
    public init(_ questionnaires: [Questionnaire]) {
        self.questionnaires = questionnaires
    }
}
