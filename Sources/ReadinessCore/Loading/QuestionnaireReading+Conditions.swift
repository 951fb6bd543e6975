extension QuestionnaireReading {
    /// Where a condition is written, which decides what it may refer to.
    enum ConditionPlace {
        /// A `showIf`: only answers to questions before `before` (a position in question order).
        /// `question` is the question it belongs to (nil for a section's).
        case showIf(owner: String, question: String?, before: Int)
        /// A prerequisite of the rating: answers, signals and need, but not the rating it decides.
        case prerequisite
        /// A blocker or an area rule of the first form: answers, scores and the rating.
        case rule
        /// A row of a first-match table (an area's exceptions or the split policy): also `addresses`.
        case splitRow
        /// A next step: also the decided split (`area`).
        case nextStep
        /// A named condition: anything; each use is checked against where it is used.
        case named

        var allowsScores: Bool {
            if case .showIf = self { return false }
            return true
        }

        var allowsRating: Bool {
            switch self {
            case .showIf, .prerequisite: false
            case .rule, .splitRow, .nextStep, .named: true
            }
        }

        var allowsAddresses: Bool {
            switch self {
            case .splitRow, .named: true
            default: false
            }
        }

        var allowsSplit: Bool {
            switch self {
            case .nextStep, .named: true
            default: false
            }
        }
    }

    /// Reads and checks a condition; nil (after recording diagnostics) when it cannot be used.
    func condition(_ value: SourceValue, in place: ConditionPlace, depth: Int = 0) -> Condition? {
        guard depth < Self.maximumConditionDepth else {
            reader.error("conditions are nested more than \(Self.maximumConditionDepth) levels deep", at: value.location)
            return nil
        }
        guard var map = reader.map(value, what: "a condition") else { return nil }
        let headKeys = ["all", "any", "not", "question", "signal", "need", "rating", "use", "strongest", "addresses", "area"]
        let heads = headKeys.filter(map.has)
        guard heads.count == 1, let head = heads.first else {
            if heads.isEmpty {
                let before = reader.log.diagnostics.count
                map.finish(
                    known: headKeys + ["is", "includes", "atLeast", "atMost", "state", "levelAtLeast", "rankAtMost", "owner", "phase"])
                if reader.log.diagnostics.count == before {
                    reader.error(
                        "a condition needs one of 'question', 'signal', 'need', 'rating', 'all', 'any', 'not', 'use', 'strongest', 'addresses' or 'area'",
                        at: map.location)
                }
            } else {
                reader.error(
                    "a condition takes one of \(heads.map { "'\($0)'" }.joined(separator: ", ")); combine them with 'all' or 'any'",
                    at: map.keyLocation(heads[1]) ?? map.location)
            }
            return nil
        }
        switch head {
        case "all", "any":
            let items = map.required(head).flatMap { reader.list($0, what: "the conditions of '\(head)'") }
            map.finish()
            guard let items else { return nil }
            if items.isEmpty { reader.error("'\(head)' needs at least one condition", at: map.location) }
            let conditions = items.compactMap { condition($0, in: place, depth: depth + 1) }
            guard conditions.count == items.count else { return nil }
            return head == "all" ? .all(conditions) : .any(conditions)
        case "not":
            let inner = map.required("not").flatMap { condition($0, in: place, depth: depth + 1) }
            map.finish()
            return inner.map(Condition.not)
        case "question":
            return answerCondition(&map, in: place)
        case "signal":
            return signalCondition(&map, in: place)
        case "use":
            return namedConditionUse(&map, in: place)
        case "strongest":
            return strongestCondition(&map, in: place)
        case "addresses":
            return addressesCondition(&map, in: place)
        case "area":
            return splitCondition(&map, in: place)
        case "need":
            guard let needValue = map.required("need") else { return nil }
            map.finish()
            guard refuseScores(in: place, at: map.location, what: "the need") else { return nil }
            guard var bounds = reader.map(needValue, what: "the need test") else { return nil }
            let atLeast = bounds.optional("atLeast").flatMap { reader.integer($0, what: "atLeast", in: 0...100) }
            let atMost = bounds.optional("atMost").flatMap { reader.integer($0, what: "atMost", in: 0...100) }
            bounds.finish()
            if atLeast == nil && atMost == nil {
                reader.error("a need test needs 'atLeast' or 'atMost'", at: needValue.location)
                return nil
            }
            if let atLeast, let atMost, atLeast > atMost {
                reader.error("'atLeast' \(atLeast) is more than 'atMost' \(atMost): this test can never hold", at: needValue.location)
                return nil
            }
            return .need(atLeast: atLeast, atMost: atMost)
        default:  // rating
            guard let ratingValue = map.required("rating") else { return nil }
            map.finish()
            guard place.allowsRating else {
                let reason =
                    place.allowsScores
                    ? "a prerequisite decides the rating, so it cannot depend on it" : "a showIf can only use answers to earlier questions"
                reader.error("'rating' cannot be used here: \(reason)", at: map.location)
                return nil
            }
            let ratings: [Rating]
            if case .list(let items, _) = ratingValue {
                ratings = items.compactMap { reader.word($0, what: "a rating", as: Rating.self) }
            } else {
                ratings = [reader.word(ratingValue, what: "a rating", as: Rating.self)].compactMap { $0 }
            }
            return ratings.isEmpty ? nil : .rating(ratings)
        }
    }

    /// Records that a score cannot be used in a showIf; returns whether it can be used here.
    private func refuseScores(in place: ConditionPlace, at location: SourceLocation, what: String) -> Bool {
        guard place.allowsScores else {
            reader.error("a showIf can only use answers to earlier questions, not \(what)", at: location)
            return false
        }
        return true
    }

    private func answerCondition(_ map: inout MapReader, in place: ConditionPlace) -> Condition? {
        let questionValue = map.required("question")!
        let isValue = map.optional("is")
        let includesValue = map.optional("includes")
        let atLeastValue = map.optional("atLeast")
        let atMostValue = map.optional("atMost")
        let stateValue = map.optional("state")
        let before = reader.log.diagnostics.count
        map.finish()
        let hadUnknownKeys = reader.log.diagnostics.count > before
        guard let questionID = reader.text(questionValue, what: "the question id") else { return nil }
        guard let entry = index.questions[questionID] else {
            reader.error(
                "unknown question '\(questionID)'\(Suggestions.hint(for: questionID, among: index.questionOrder))",
                at: questionValue.location)
            return nil
        }
        if case .showIf(let owner, let ownQuestion, let before) = place, entry.position >= before {
            let problem = questionID == ownQuestion ? "refers to itself" : "refers to question '\(questionID)', which comes after it"
            reader.error(
                "the showIf of \(owner) \(problem); a showIf can only use answers to earlier questions", at: questionValue.location)
            return nil
        }
        var tests: [AnswerTest] = []
        let kind = entry.kind ?? ""
        if let isValue {
            if kind == "single", let options = optionIDs(isValue, of: questionID, entry: entry) {
                tests.append(.isOneOf(options))
            } else if kind != "single" {
                reader.error(
                    "'is' tests a single choice question, and '\(questionID)' is \(kindPhrase(kind))\(kind == "multiple" ? "; use 'includes'" : "")",
                    at: isValue.location)
            }
        }
        if let includesValue {
            if kind == "multiple", let options = optionIDs(includesValue, of: questionID, entry: entry) {
                tests.append(.includesAny(options))
            } else if kind != "multiple" {
                reader.error(
                    "'includes' tests a multiple choice question, and '\(questionID)' is \(kindPhrase(kind))\(kind == "single" ? "; use 'is'" : "")",
                    at: includesValue.location)
            }
        }
        for (value, isLower) in [(atLeastValue, true), (atMostValue, false)] {
            guard let value else { continue }
            let key = isLower ? "atLeast" : "atMost"
            guard kind == "number" || kind == "scale" else {
                reader.error("'\(key)' tests a number or scale question, and '\(questionID)' is \(kindPhrase(kind))", at: value.location)
                continue
            }
            let bounds = kind == "scale" ? 1...5 : -1_000_000_000...1_000_000_000
            if let number = reader.integer(value, what: key, in: bounds) {
                let test: AnswerTest = isLower ? .atLeast(number) : .atMost(number)
                tests.append(test)
                if let accepted = entry.bounds, isLower ? number > accepted.upperBound : number < accepted.lowerBound {
                    neverHoldingAtoms.append(.answer(question: questionID, test: test))
                    reader.append(
                        Diagnostic(
                            .warning, at: value.location,
                            "'\(key): \(number)' can never hold: '\(questionID)' accepts \(accepted.lowerBound) to \(accepted.upperBound)"))
                }
            }
        }
        if case .atLeast(let lowest)? = tests.first(where: { if case .atLeast = $0 { true } else { false } }),
            case .atMost(let highest)? = tests.first(where: { if case .atMost = $0 { true } else { false } }),
            lowest > highest, let atLeastValue
        {
            reader.error("'atLeast' \(lowest) is more than 'atMost' \(highest): this test can never hold", at: atLeastValue.location)
        }
        if let stateValue, let state = reader.word(stateValue, what: "the answer state", as: AnswerState.self) {
            switch state {
            case .answered: tests.append(.answered)
            case .unknown: tests.append(.unknown)
            case .notApplicable: tests.append(.notApplicable)
            }
        }
        let given = [isValue, includesValue, atLeastValue, atMostValue, stateValue].compactMap { $0 }
        if given.isEmpty {
            if !hadUnknownKeys {
                reader.error("a question condition needs a test: 'is', 'includes', 'atLeast', 'atMost' or 'state'", at: map.location)
            }
            return nil
        }
        guard tests.count == given.count else { return nil }
        let atoms = tests.map { Condition.answer(question: questionID, test: $0) }
        return atoms.count == 1 ? atoms[0] : .all(atoms)
    }

    private func signalCondition(_ map: inout MapReader, in place: ConditionPlace) -> Condition? {
        let signalValue = map.required("signal")!
        let atLeastValue = map.optional("atLeast")
        let levelValue = map.optional("levelAtLeast")
        let rankValue = map.optional("rankAtMost")
        let before = reader.log.diagnostics.count
        map.finish()
        let hadUnknownKeys = reader.log.diagnostics.count > before
        guard refuseScores(in: place, at: map.location, what: "a signal") else { return nil }
        guard let signalID = reader.text(signalValue, what: "the signal id"),
            checkSignal(signalID, at: signalValue.location)
        else { return nil }
        var tests: [SignalTest] = []
        if let atLeastValue, let number = reader.integer(atLeastValue, what: "atLeast", in: 0...100) {
            tests.append(.atLeast(number))
        }
        if let levelValue, let level = reader.word(levelValue, what: "the level", as: SignalLevel.self) {
            tests.append(.levelAtLeast(level))
        }
        if let rankValue, let rank = reader.integer(rankValue, what: "rankAtMost", in: 1...50) {
            tests.append(.rankAtMost(rank))
        }
        if atLeastValue == nil && levelValue == nil && rankValue == nil {
            if hadUnknownKeys { return nil }
            reader.error(
                "a signal condition needs 'atLeast' (a score), 'levelAtLeast' (low, moderate, high, critical) or 'rankAtMost' (among the strongest N)",
                at: map.location)
            return nil
        }
        guard tests.count == [atLeastValue, levelValue, rankValue].compactMap({ $0 }).count else { return nil }
        let atoms = tests.map { Condition.signal(id: signalID, test: $0) }
        return atoms.count == 1 ? atoms[0] : .all(atoms)
    }

    /// Option ids named by a test, each checked against the question's options.
    private func optionIDs(_ value: SourceValue, of questionID: String, entry: QuestionnaireIndex.QuestionEntry) -> [String]? {
        let values: [SourceValue]
        if case .list(let items, _) = value { values = items } else { values = [value] }
        if values.isEmpty {
            reader.error("name at least one option of '\(questionID)'", at: value.location)
            return nil
        }
        // Options that could not be read were reported where they are written.
        guard !entry.options.isEmpty else { return nil }
        var ids: [String] = []
        for item in values {
            guard let id = reader.text(item, what: "an option id") else { return nil }
            guard entry.options.contains(id) else {
                let suggestion = Suggestions.closest(to: id, among: entry.options).map { " (did you mean '\($0)'?)" } ?? ""
                reader.error(
                    "question '\(questionID)' has no option '\(id)'\(suggestion); its options are \(entry.options.joined(separator: ", "))",
                    at: item.location)
                return nil
            }
            ids.append(id)
        }
        return ids
    }

    private func kindPhrase(_ kind: String) -> String {
        switch kind {
        case "single": "a single choice question"
        case "multiple": "a multiple choice question"
        case "scale": "a scale question"
        case "number": "a number question"
        case "text": "a text question"
        default: "of an unknown kind"
        }
    }

    /// The states a question condition can test.
    enum AnswerState: String, CaseIterable {
        case answered
        case unknown
        case notApplicable = "not-applicable"
    }
}
