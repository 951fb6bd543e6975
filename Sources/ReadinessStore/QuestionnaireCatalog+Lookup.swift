import ReadinessCore

/// Finding a questionnaire by reading as few files as the answer allows. Each lookup gives what reading
/// every file first would give: the first file in name order wins among those with the same id and
/// version, the newest version among those that load, and a file that does not load is never used.
extension QuestionnaireCatalog {
    /// The files that may hold `id` (and `version` when given), in name order: those whose header says so,
    /// and those whose header the scan was not sure of.
    private func candidates(id: String, version: String? = nil) -> [Int] {
        headers.indices.filter { index in
            let header = headers[index]
            return !header.isKnown || (header.id == id && (version == nil || header.version == version))
        }
    }

    /// The questionnaire of the file at `index`, read if need be, when it loads and is `id` (and `version`).
    private func loaded(_ index: Int, id: String, version: String? = nil) -> Questionnaire? {
        guard case .success(let questionnaire) = entry(index).result, questionnaire.id == id,
            version == nil || questionnaire.version == version
        else { return nil }
        return questionnaire
    }

    /// The file the catalog uses for `id` at exactly `version`: the first in name order that loads as it.
    func index(id: String, version: String) -> Int? {
        candidates(id: id, version: version).first { loaded($0, id: id, version: version) != nil }
    }

    /// The questionnaire with this id and exactly this version, reading only the files that may hold it.
    public func questionnaire(id: String, version: String) -> Questionnaire? {
        index(id: id, version: version).flatMap { loaded($0, id: id, version: version) }
    }

    /// The newest version of `id` that loads (see `QuestionnaireVersion`): the files are read newest
    /// version first, by their headers, until one loads, so a broken newest file still leaves the one
    /// before it in use, as when every file is read.
    public func newest(id: String) -> Questionnaire? {
        let versioned: [(index: Int, version: String)] = candidates(id: id).compactMap { index in
            let header = headers[index]
            if header.isKnown, let version = header.version { return (index, version) }
            return loaded(index, id: id).map { (index, $0.version) }
        }
        let newestFirst = versioned.sorted { lhs, rhs in
            lhs.version != rhs.version ? QuestionnaireVersion.isOlder(rhs.version, than: lhs.version) : lhs.index < rhs.index
        }
        for candidate in newestFirst {
            if let questionnaire = loaded(candidate.index, id: id, version: candidate.version) { return questionnaire }
        }
        return nil
    }

    /// The newest version of each questionnaire id, in id order: what a new assessment can be started with.
    /// Only the newest file of each id is read (and an older one where the newest does not load).
    public var newestVersions: [Questionnaire] {
        var ids = Set(headers.compactMap { $0.isKnown ? $0.id : nil })
        for index in headers.indices where !headers[index].isKnown {
            if case .success(let questionnaire) = entry(index).result { ids.insert(questionnaire.id) }
        }
        return ids.sorted().compactMap(newest(id:))
    }
}
