/// A questionnaire as data, for the compiled copy a program keeps of each questionnaire file so that the
/// next start need not read and check the YAML again. What is encoded is what the loader built; the
/// indexes are made again on decoding, by the same initializer.
extension Questionnaire: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, version, title, summary, sections, signals, scoring, rating, blockers, areas, nextSteps, splitPolicy
    }

    /// Reads a questionnaire written by `encode(to:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), version: try container.decode(String.self, forKey: .version),
            title: try container.decode(String.self, forKey: .title), summary: try container.decodeIfPresent(String.self, forKey: .summary),
            sections: try container.decode([Section].self, forKey: .sections),
            signals: try container.decode([Signal].self, forKey: .signals),
            scoring: try container.decode(ScoringSettings.self, forKey: .scoring),
            rating: try container.decode(RatingRules.self, forKey: .rating),
            blockers: try container.decode([Blocker].self, forKey: .blockers), areas: try container.decode([Area].self, forKey: .areas),
            nextSteps: try container.decode([NextStep].self, forKey: .nextSteps),
            splitPolicy: try container.decode(SplitPolicy.self, forKey: .splitPolicy))
    }

    /// Writes the questionnaire's parts; the question list and the indexes follow from them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(version, forKey: .version)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encode(sections, forKey: .sections)
        try container.encode(signals, forKey: .signals)
        try container.encode(scoring, forKey: .scoring)
        try container.encode(rating, forKey: .rating)
        try container.encode(blockers, forKey: .blockers)
        try container.encode(areas, forKey: .areas)
        try container.encode(nextSteps, forKey: .nextSteps)
        try container.encode(splitPolicy, forKey: .splitPolicy)
    }
}
