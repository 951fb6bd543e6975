extension QuestionnaireReading {
    func readSignals(_ value: SourceValue) -> [Signal] {
        let signals: [Signal] = eachItem(value, what: "signal") { map in
            let idValue = map.required("id")
            let id = idValue.flatMap { reader.identifier($0, what: "the signal id") }
            if let id, let idValue { define(id, kind: "signal", at: idValue.location) }
            let title = map.required("title").flatMap { reader.text($0, what: "the signal title") }
            let summary = map.optional("summary").flatMap { reader.text($0, what: "the signal summary") }
            let weight = map.required("weight").flatMap { reader.integer($0, what: "the weight", in: Signal.weights) }
            let criticalAt = map.optional("criticalAt").flatMap { reader.integer($0, what: "criticalAt", in: 1...100) }
            let talkingPoints = map.optional("talkingPoints").flatMap { reader.texts($0, what: "talkingPoints") } ?? []
            map.finish()
            guard let id, let title, let weight else { return nil }
            return Signal(id: id, title: title, summary: summary, weight: weight, criticalAt: criticalAt, talkingPoints: talkingPoints)
        }
        if case .list(let items, let location) = value, items.isEmpty {
            reader.error("a questionnaire needs at least one signal", at: location)
        }
        return signals
    }

    func readScoring(_ value: SourceValue) -> ScoringSettings {
        let defaults = ScoringSettings()
        guard var map = reader.map(value, what: "the scoring settings") else { return defaults }
        let moderate = map.optional("moderateAt").flatMap { reader.integer($0, what: "moderateAt", in: 1...100) } ?? defaults.moderateAt
        let highValue = map.optional("highAt")
        let high = highValue.flatMap { reader.integer($0, what: "highAt", in: 1...100) } ?? defaults.highAt
        let floor =
            map.optional("criticalFloor").flatMap { reader.integer($0, what: "criticalFloor", in: 0...100) } ?? defaults.criticalFloor
        var highWidth = defaults.highConfidenceWidth
        var mediumWidth = defaults.mediumConfidenceWidth
        if let confidence = map.optional("confidence"), var widths = reader.map(confidence, what: "the confidence widths") {
            highWidth = widths.optional("high").flatMap { reader.integer($0, what: "the high confidence width", in: 0...100) } ?? highWidth
            let mediumValue = widths.optional("medium")
            mediumWidth = mediumValue.flatMap { reader.integer($0, what: "the medium confidence width", in: 0...100) } ?? mediumWidth
            widths.finish()
            if mediumWidth < highWidth {
                reader.error(
                    "the medium confidence width (\(mediumWidth)) is narrower than the high one (\(highWidth))",
                    at: mediumValue?.location ?? confidence.location)
            }
        }
        let semantics = readSemantics(&map)
        map.finish()
        if high <= moderate {
            reader.error("highAt (\(high)) must be above moderateAt (\(moderate))", at: highValue?.location ?? value.location)
        }
        return ScoringSettings(
            moderateAt: moderate, highAt: high, criticalFloor: floor, highConfidenceWidth: highWidth, mediumConfidenceWidth: mediumWidth,
            semantics: semantics)
    }

    /// The opt-in scoring rules (`choices`, `seriousAnswers`, `criticalFrom`); absent keys keep version 1's.
    private func readSemantics(_ map: inout MapReader) -> ScoringSemantics {
        let defaults = ScoringSemantics()
        let choices =
            map.optional("choices").flatMap { reader.word($0, what: "choices", as: ScoringSemantics.Choices.self) } ?? defaults.choices
        let serious = map.optional("seriousAnswers").flatMap {
            reader.word($0, what: "seriousAnswers", as: ScoringSemantics.SeriousAnswers.self)
        }
        var primary: [String: String] = [:]
        if let value = map.optional("criticalFrom"), var pairs = reader.map(value, what: "criticalFrom (signal: its primary question)") {
            for entry in pairs.allEntries() {
                let signal = entry.key.text
                guard index.signals.contains(signal) else {
                    reader.error("unknown signal '\(signal)'\(Suggestions.hint(for: signal, among: index.signals))", at: entry.key.location)
                    continue
                }
                guard let question = reader.identifier(entry.value, what: "the primary question of '\(signal)'") else { continue }
                guard index.questions[question] != nil else {
                    reader.error(
                        "unknown question '\(question)'\(Suggestions.hint(for: question, among: index.questionOrder))",
                        at: entry.value.location)
                    continue
                }
                primary[signal] = question
            }
        }
        return ScoringSemantics(choices: choices, seriousAnswers: serious ?? defaults.seriousAnswers, criticalFrom: primary)
    }

    func readRating(_ value: SourceValue) -> RatingRules? {
        guard var map = reader.map(value, what: "the rating rules") else { return nil }
        let prerequisites: [Prerequisite] =
            map.optional("prerequisites").map { list in
                eachItem(list, what: "prerequisite") { item in
                    let idValue = item.required("id")
                    let id = idValue.flatMap { reader.identifier($0, what: "the prerequisite id") }
                    if let id, let idValue { define(id, kind: "prerequisite", at: idValue.location) }
                    let when = item.required("when").flatMap { condition($0, in: .prerequisite) }
                    let rating = item.required("rating").flatMap { reader.word($0, what: "the rating", as: Rating.self) }
                    let reason = item.required("reason").flatMap { reader.text($0, what: "the reason") }
                    item.finish()
                    guard let id, let when, let rating, let reason else { return nil }
                    return Prerequisite(id: id, when: when, rating: rating, reason: reason)
                }
            } ?? []
        var located: [(band: RatingBand, location: SourceLocation)] = []
        if let bandsValue = map.required("bands") {
            located = eachItem(bandsValue, what: "rating band") { item in
                let rating = item.required("rating").flatMap { reader.word($0, what: "the rating", as: Rating.self) }
                let minimumValue = item.required("min")
                let minimum = minimumValue.flatMap { reader.integer($0, what: "min", in: 0...100) }
                let maximum = item.required("max").flatMap { reader.integer($0, what: "max", in: 0...100) }
                let reason = item.required("reason").flatMap { reader.text($0, what: "the reason") }
                item.finish()
                guard let rating, let minimum, let maximum, let reason else { return nil }
                if minimum > maximum {
                    reader.error(
                        "the \(rating.rawValue) band starts at \(minimum), after its end at \(maximum)", at: minimumValue!.location)
                    return nil
                }
                return (RatingBand(rating: rating, minimum: minimum, maximum: maximum, reason: reason), item.location)
            }
            checkCoverage(of: located, listAt: bandsValue.location)
        }
        map.finish()
        return RatingRules(prerequisites: prerequisites, bands: located.map(\.band).sorted { $0.minimum < $1.minimum })
    }

    /// Bands must cover need 0 to 100 exactly once: every gap and overlap is an error at the band concerned.
    private func checkCoverage(of bands: [(band: RatingBand, location: SourceLocation)], listAt location: SourceLocation) {
        guard !bands.isEmpty else {
            reader.error("the rating needs at least one band", at: location)
            return
        }
        let sorted = bands.sorted { ($0.band.minimum, $0.location) < ($1.band.minimum, $1.location) }
        if sorted[0].band.minimum > 0 {
            reader.error("no band covers need 0 to \(sorted[0].band.minimum - 1)", at: sorted[0].location)
        }
        var reach = sorted[0].band
        for entry in sorted.dropFirst() {
            let band = entry.band
            if band.minimum <= reach.maximum {
                reader.error(
                    "the \(band.rating.rawValue) band (\(band.minimum)-\(band.maximum)) overlaps the \(reach.rating.rawValue) band (\(reach.minimum)-\(reach.maximum)) at \(band.minimum)-\(min(band.maximum, reach.maximum))",
                    at: entry.location)
            } else if band.minimum > reach.maximum + 1 {
                reader.error("no band covers need \(reach.maximum + 1) to \(band.minimum - 1)", at: entry.location)
            }
            if band.maximum > reach.maximum { reach = band }
        }
        if reach.maximum < 100 {
            reader.error("no band covers need \(reach.maximum + 1) to 100", at: sorted.last!.location)
        }
    }

    func readBlockers(_ value: SourceValue) -> [Blocker] {
        eachItem(value, what: "blocker") { map in
            let idValue = map.required("id")
            let id = idValue.flatMap { reader.identifier($0, what: "the blocker id") }
            if let id, let idValue { define(id, kind: "blocker", at: idValue.location) }
            let when = map.required("when").flatMap { condition($0, in: .rule) }
            let title = map.required("title").flatMap { reader.text($0, what: "the blocker title") }
            let explanation = map.required("explain").flatMap { reader.text($0, what: "the explanation") }
            let step = map.optional("step").flatMap { reader.text($0, what: "the step") }
            map.finish()
            guard let id, let when, let title, let explanation else { return nil }
            return Blocker(id: id, when: when, title: title, explanation: explanation, step: step)
        }
    }

    func readAreas(_ value: SourceValue) -> [Area] {
        var requirements: [(id: String, requires: [(String, SourceLocation)], location: SourceLocation)] = []
        let areas: [Area] = eachItem(value, what: "area") { map in
            let idValue = map.required("id")
            let id = idValue.flatMap { reader.identifier($0, what: "the area id") }
            if let id, let idValue { define(id, kind: "area", at: idValue.location) }
            let title = map.required("title").flatMap { reader.text($0, what: "the area title") }
            let owner = map.required("owner").flatMap { reader.word($0, what: "the owner", as: Owner.self) }
            let leadValue = map.optional("lead")
            let lead = leadValue.flatMap { reader.word($0, what: "the lead", as: Lead.self) }
            let phase = map.required("phase").flatMap { reader.word($0, what: "the phase", as: Phase.self) }
            let reason = map.required("reason").flatMap { reader.text($0, what: "the reason") }
            var requires: [(String, SourceLocation)] = []
            if let requiresValue = map.optional("requires") {
                let items: [SourceValue]
                if case .list(let list, _) = requiresValue { items = list } else { items = [requiresValue] }
                for item in items {
                    guard let required = reader.text(item, what: "a required area id") else { continue }
                    if !index.areas.contains(required) {
                        reader.error("unknown area '\(required)'\(Suggestions.hint(for: required, among: index.areas))", at: item.location)
                    } else if required == id {
                        reader.error("area '\(required)' requires itself", at: item.location)
                    } else {
                        requires.append((required, item.location))
                    }
                }
            }
            let rules: [SplitRule] =
                map.optional("rules").map { rulesValue in
                    eachItem(rulesValue, what: "rule") { readAreaRule(&$0, areaLead: lead) }
                } ?? []
            let addresses = map.optional("addresses").map(readAddressedSignals) ?? []
            let exceptionsValue = map.optional("exceptions")
            let exceptions = exceptionsValue.map { readSplitTable($0, what: "exception") } ?? []
            if let exceptionsValue, map.has("rules") {
                reader.error(
                    "an area has either 'rules' (the first form) or 'exceptions' (a first-match table), not both; see \"Converting rules to exceptions\" in questionnaires/README.md",
                    at: exceptionsValue.location)
            }
            map.finish()
            if owner == .shared, lead == nil {
                reader.error("a shared area needs 'lead': internal or partner", at: map.location)
            } else if let owner, owner != .shared, lead != nil, !rules.contains(where: { $0.owner == .shared }),
                !exceptions.contains(where: { $0.owner == .shared }), let leadValue
            {
                reader.error("'lead' applies only to a shared area, and this one is \(owner.rawValue)", at: leadValue.location)
            }
            guard let id, let title, let owner, let phase, let reason else { return nil }
            requirements.append((id, requires, map.location))
            return Area(
                id: id, title: title, owner: owner, lead: lead, phase: phase, reason: reason, requires: requires.map(\.0),
                rules: rules, addresses: addresses, exceptions: exceptions)
        }
        checkRequirementLoops(requirements)
        if case .list(let items, let location) = value, items.isEmpty {
            reader.error("a questionnaire needs at least one area", at: location)
        }
        return areas
    }

    /// `addresses: [signal, ...]`: the signals an area's policy rows read.
    private func readAddressedSignals(_ value: SourceValue) -> [String] {
        let items: [SourceValue]
        if case .list(let list, _) = value { items = list } else { items = [value] }
        return items.compactMap { item in
            guard let id = reader.text(item, what: "a signal id"), checkSignal(id, at: item.location) else { return nil }
            return id
        }
    }

    private func readAreaRule(_ map: inout MapReader, areaLead: Lead?) -> SplitRule? {
        let when = map.required("when").flatMap { condition($0, in: .rule) }
        let owner = map.optional("owner").flatMap { reader.word($0, what: "the owner", as: Owner.self) }
        let lead = map.optional("lead").flatMap { reader.word($0, what: "the lead", as: Lead.self) }
        let phase = map.optional("phase").flatMap { reader.word($0, what: "the phase", as: Phase.self) }
        let reason = map.required("reason").flatMap { reader.text($0, what: "the reason") }
        let changes = ["owner", "lead", "phase"].filter(map.has)
        map.finish()
        if changes.isEmpty {
            reader.error("a rule must change 'owner', 'lead' or 'phase'", at: map.location)
        }
        if owner == .shared, lead == nil, areaLead == nil {
            reader.error("a rule that makes an area shared needs 'lead': internal or partner", at: map.location)
        }
        guard let when, let reason, !changes.isEmpty else { return nil }
        return SplitRule(when: when, owner: owner, lead: lead, phase: phase, reason: reason, location: map.location)
    }

    /// Areas that require each other in a loop are reported once, at the area that closes the loop.
    /// Depth first with a stack of its own, not recursion: a chain of thousands of areas overflowed the
    /// stack, and copying the path at every step made it quadratic.
    private func checkRequirementLoops(_ requirements: [(id: String, requires: [(String, SourceLocation)], location: SourceLocation)]) {
        let graph = Dictionary(requirements.map { ($0.id, $0.requires.map(\.0)) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Bool] = [:]  // false: on the current path, true: done
        for requirement in requirements where state[requirement.id] == nil {
            // The current path, each area with the position of the next requirement to follow.
            var path: [(id: String, next: Int)] = [(requirement.id, 0)]
            state[requirement.id] = false
            while let top = path.last {
                let required = graph[top.id] ?? []
                guard top.next < required.count else {
                    state[top.id] = true
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let id = required[top.next]
                switch state[id] {
                case true?:
                    continue
                case false?:
                    let loop = path.map(\.id).drop { $0 != id } + [id]
                    let location = requirements.first { $0.id == top.id }?.requires.first { $0.0 == id }?.1 ?? .start
                    reader.error("areas require each other in a loop: \(loop.joined(separator: " -> "))", at: location)
                    return
                case nil:
                    state[id] = false
                    path.append((id, 0))
                }
            }
        }
    }

    func readNextSteps(_ value: SourceValue) -> [(step: NextStep, location: SourceLocation)] {
        eachItem(value, what: "next step") { map in
            let idValue = map.required("id")
            let id = idValue.flatMap { reader.identifier($0, what: "the next step id") }
            if let id, let idValue { define(id, kind: "next step", at: idValue.location) }
            let when = map.optional("when").flatMap { condition($0, in: .nextStep) }
            let text = map.required("text").flatMap { reader.text($0, what: "the step text") }
            let audience = map.optional("audience").flatMap { reader.word($0, what: "the step's audience", as: Audience.self) } ?? .client
            let hadCondition = map.has("when")
            map.finish()
            guard let id, let text, !hadCondition || when != nil else { return nil }
            return (NextStep(id: id, when: when, text: text, audience: audience), map.location)
        }
    }
}
