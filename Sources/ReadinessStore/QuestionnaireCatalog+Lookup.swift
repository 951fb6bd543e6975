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

extension QuestionnaireCatalog {
    /// One questionnaire that can be offered, as its newest file's header gives it.
    public struct Title: Sendable, Equatable {
        /// The questionnaire's id.
        public let id: String
        /// The title of its newest version.
        public let title: String
    }

    /// The newest version of each questionnaire id, in id order, by id and title as the files' headers
    /// give them: what the start screen can list before any file is read whole. Only when a header is
    /// unsure (the scan could not find its id and version) are files read to find out, as
    /// `newestVersions` does. Unlike `newestVersions`, an id is listed before its newest file is known
    /// to load: `newest(id:)` says whether it does, when it is asked for.
    public var newestTitles: [Title] {
        var newestHeader: [String: Header] = [:]
        for header in headers {
            guard let id = header.id, let version = header.version else { continue }
            if let kept = newestHeader[id]?.version, !QuestionnaireVersion.isOlder(kept, than: version) { continue }
            newestHeader[id] = header
        }
        let unsure = headers.indices.filter { !headers[$0].isKnown }
        guard unsure.isEmpty else { return newestVersions.map { Title(id: $0.id, title: $0.title) } }
        return newestHeader.keys.sorted().map { id in
            // A header without a title (an unusual file): its full read says what the title is, if it loads.
            Title(id: id, title: newestHeader[id]?.title ?? newest(id: id)?.title ?? id)
        }
    }
}

extension QuestionnaireCatalog {
    /// The id and title of the questionnaire `reference` (`id`, or `id@version`) names, from the files'
    /// headers alone, or nil when the headers cannot say for sure (none names it, or some file's header
    /// is unsure): then only `questionnaire(id:)` can tell, by reading. A questionnaire named here may
    /// still turn out not to load when it is read.
    public func headerTitle(of reference: String) -> Title? {
        guard headers.allSatisfy(\.isKnown) else { return nil }
        let (id, version) = Self.split(reference)
        if let version {
            return headers.first { $0.id == id && $0.version == version }.map { Title(id: id, title: $0.title ?? id) }
        }
        return newestTitles.first { $0.id == id }
    }
}
