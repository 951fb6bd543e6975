/// How big a questionnaire may be: bounds that keep reading and scoring to seconds at most. (How long "ask
/// next" may take after each answer is bounded separately, by `AskNext.budget`: past it the ranking is
/// estimated rather than tried answer by answer.)
extension QuestionnaireReading {
    /// The most questions a questionnaire may have.
    static let maximumQuestions = 10_000
    /// The most signals and the most areas (the shipped full questionnaire has 10 and 18); the split
    /// settles areas in time that grows with their square.
    static let maximumSignals = 1_000
    static let maximumAreas = 1_000

    /// Reports too many questions, signals or areas, counted in the file before anything is read (reading
    /// thousands of areas is itself slow); returns whether the questionnaire is within the limits.
    func checkCounts(_ map: MapReader) -> Bool {
        func items(_ value: SourceValue?) -> [SourceValue] {
            if case .list(let items, _)? = value { return items }
            return []
        }
        func value(_ key: String, in value: SourceValue) -> SourceValue? {
            guard case .map(let entries, _) = value else { return nil }
            return entries.first { $0.key.text == key }?.value
        }
        let questions = items(value("sections", in: root)).reduce(0) { $0 + items(value("questions", in: $1)).count }
        let limits = [
            (questions, Self.maximumQuestions, "questions", "sections"),
            (items(value("signals", in: root)).count, Self.maximumSignals, "signals", "signals"),
            (items(value("areas", in: root)).count, Self.maximumAreas, "areas", "areas"),
        ]
        var within = true
        for (found, maximum, what, key) in limits where found > maximum {
            reader.error(
                "the questionnaire has \(found) \(what); at most \(maximum), so that reading and scoring stay quick",
                at: map.keyLocation(key) ?? map.location)
            within = false
        }
        return within
    }
}
