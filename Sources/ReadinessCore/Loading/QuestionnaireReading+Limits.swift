/// How big a questionnaire may be. After every answer the engine re-scores the questionnaire once for
/// each possible answer of each open question (to rank "ask next"), and each scoring walks every question,
/// signal and condition: the time an answer takes grows with the possible answers times the questions,
/// signals and condition terms. Past these limits the interview would freeze for seconds or minutes on
/// every answer (and the split settles areas in time that grows with their square).
extension QuestionnaireReading {
    /// The most questions a questionnaire may have.
    static let maximumQuestions = 300
    /// The most signals and the most areas (the shipped full questionnaire has 10 and 18).
    static let maximumSignals = 100
    static let maximumAreas = 100
    /// The most "possible answers times (questions + signals + condition terms)". A multiple choice allows
    /// each combination of its options (1,023 for ten that combine); a condition term is each `all`,
    /// `any`, `not` and test in a `showIf`, a prerequisite or a blocker. Measured in a release build on a
    /// busy two-core machine, this much takes 0.4 s (single choices) to 0.9 s (multiple choices of ten
    /// options) per answer; the shipped full questionnaire needs about 13,000.
    static let maximumScoringWork = 500_000

    /// Reports too many questions, signals or areas, counted in the file before anything is read (reading
    /// thousands of areas is itself slow); returns whether the questionnaire is within the limits.
    func checkCounts(_ map: MapReader) -> Bool {
        func items(_ value: SourceValue?) -> [SourceValue] {
            if case let .list(items, _)? = value { return items }
            return []
        }
        func value(_ key: String, in value: SourceValue) -> SourceValue? {
            guard case let .map(entries, _) = value else { return nil }
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
            reader.error("the questionnaire has \(found) \(what); at most \(maximum), so that scoring after each answer stays quick", at: map.keyLocation(key) ?? map.location)
            within = false
        }
        return within
    }

    /// Reports a questionnaire whose scoring would take too long, at its `sections`, saying what to change.
    func checkScoringWork(_ questionnaire: Questionnaire, at location: SourceLocation) {
        let count = questionnaire.questions.count
        let answers = questionnaire.questions.map { (question: $0, count: AskNext.possibleResponses(for: $0, in: questionnaire).count) }
        let total = answers.reduce(0) { $0 + $1.count }
        let terms = Self.conditions(of: questionnaire).reduce(0) { $0 + Self.terms(in: $1) }
        let work = total * (count + questionnaire.signals.count + terms)
        guard work > Self.maximumScoringWork, let largest = answers.max(by: { $0.count < $1.count }) else { return }
        let note = firstDefinitions["question"]?[largest.question.id].map {
            [Diagnostic.note("'\(largest.question.id)' allows the most answers: \(largest.count)", at: $0)]
        } ?? []
        reader.error(
            "the questionnaire is too big to score after each answer: \(total) possible answers (each combination of a multiple "
                + "choice's options counts) times \(count) questions, \(questionnaire.signals.count) signals and \(terms) condition "
                + "terms is \(work), at most \(Self.maximumScoringWork); use fewer questions, fewer options that combine in a "
                + "multiple choice, or simpler conditions",
            at: location, notes: note)
    }

    /// The conditions every trial scoring evaluates (area rules and next steps are evaluated once per
    /// answer, not once per trial).
    private static func conditions(of questionnaire: Questionnaire) -> [Condition] {
        questionnaire.questions.compactMap(\.showIf) + questionnaire.sections.compactMap(\.showIf)
            + questionnaire.rating.prerequisites.map(\.when) + questionnaire.blockers.map(\.when)
    }

    /// The terms of a condition: each combination and each test.
    private static func terms(in condition: Condition) -> Int {
        switch condition {
        case let .all(items), let .any(items): 1 + items.reduce(0) { $0 + terms(in: $1) }
        case let .not(inner): 1 + terms(in: inner)
        case .answer, .signal, .need, .rating: 1
        }
    }
}
