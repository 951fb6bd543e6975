extension QuestionnaireReading {
    func readSections(_ value: SourceValue) -> [Section] {
        var sectionPosition = 0
        let sections: [Section] = eachItem(value, what: "section") { map in
            defer { sectionPosition += 1 }
            let idValue = map.required("id")
            let id = idValue.flatMap { reader.identifier($0, what: "the section id") }
            if let id, let idValue { define(id, kind: "section", at: idValue.location) }
            let title = map.required("title").flatMap { reader.text($0, what: "the section title") }
            let intro = map.optional("intro").flatMap { reader.text($0, what: "the section intro") }
            let firstQuestion = sectionPosition < index.sectionFirstQuestion.count ? index.sectionFirstQuestion[sectionPosition] : 0
            let showIf = map.optional("showIf").flatMap {
                condition($0, in: .showIf(owner: "section '\(id ?? "?")'", question: nil, before: firstQuestion))
            }
            let questions: [Question] =
                map.required("questions").map { questionsValue in
                    let read = eachItem(questionsValue, what: "question") { readQuestion(&$0, sectionID: id ?? "") }
                    if case .list(let items, _) = questionsValue, items.isEmpty {
                        reader.error("a section needs at least one question", at: questionsValue.location)
                    }
                    return read
                } ?? []
            map.finish()
            guard let id, let title else { return nil }
            return Section(id: id, title: title, intro: intro, showIf: showIf, questions: questions)
        }
        if case .list(let items, let location) = value, items.isEmpty {
            reader.error("a questionnaire needs at least one section", at: location)
        }
        return sections
    }

    func readQuestion(_ map: inout MapReader, sectionID: String) -> Question? {
        let idValue = map.required("id")
        let id = idValue.flatMap { reader.identifier($0, what: "the question id") }
        var isFirstDefinition = true
        if let id, let idValue { isFirstDefinition = define(id, kind: "question", at: idValue.location) }
        let title = map.required("title").flatMap { reader.text($0, what: "the question title") }
        let kindValue = map.required("kind")
        let kindName = kindValue.flatMap { reader.word($0, what: "the answer kind", as: KindName.self) }
        let call = map.required("call").flatMap(readCallVoice)
        let selfVoice = map.required("self").flatMap(readSelfVoice)
        let allowsUnknown = map.optional("allowUnknown").flatMap { reader.boolean($0, what: "allowUnknown") } ?? true
        let allowsNotApplicable = map.optional("allowNotApplicable").flatMap { reader.boolean($0, what: "allowNotApplicable") } ?? false
        let position = (id.flatMap { isFirstDefinition ? index.questions[$0]?.position : nil }) ?? Int.max
        let showIf = map.optional("showIf").flatMap {
            condition($0, in: .showIf(owner: "question '\(id ?? "?")'", question: id, before: position))
        }
        let optionsValue = map.optional("options")
        let scaleValue = map.optional("scale")
        let numberValue = map.optional("number")
        map.finish()

        let kind: AnswerKind?
        switch kindName {
        case .single, .multiple:
            let options = optionsValue.map { readOptions($0, multiple: kindName == .multiple) }
            if optionsValue == nil { reader.error("a \(kindName!.rawValue) choice question needs 'options'", at: map.location) }
            rejectDetail(scaleValue, key: "scale", for: kindName!)
            rejectDetail(numberValue, key: "number", for: kindName!)
            kind = options.map { kindName == .single ? .single($0) : .multiple($0) }
        case .scale:
            rejectDetail(optionsValue, key: "options", for: .scale)
            rejectDetail(numberValue, key: "number", for: .scale)
            if scaleValue == nil { reader.error("a scale question needs 'scale' with its 'low' and 'high' labels", at: map.location) }
            kind = scaleValue.flatMap(readScale).map(AnswerKind.scale)
        case .number:
            rejectDetail(optionsValue, key: "options", for: .number)
            rejectDetail(scaleValue, key: "scale", for: .number)
            let spec = numberValue.map(readNumber) ?? NumberSpec(minimum: 0, maximum: 1_000_000, unit: nil, bands: [])
            kind = spec.map(AnswerKind.number)
        case .text:
            rejectDetail(optionsValue, key: "options", for: .text)
            rejectDetail(scaleValue, key: "scale", for: .text)
            rejectDetail(numberValue, key: "number", for: .text)
            kind = .text
        case nil:
            kind = nil
        }
        guard let id, let title, let kind, let call, let selfVoice else { return nil }
        return Question(
            id: id, sectionID: sectionID, title: title, kind: kind, call: call, selfVoice: selfVoice,
            allowsUnknown: allowsUnknown, allowsNotApplicable: allowsNotApplicable, showIf: showIf)
    }

    private func rejectDetail(_ value: SourceValue?, key: String, for kind: KindName) {
        guard let value else { return }
        reader.error("'\(key)' does not apply to a \(kind.rawValue) question", at: value.location)
    }

    private func readCallVoice(_ value: SourceValue) -> CallVoice? {
        guard var map = reader.map(value, what: "the call voice") else { return nil }
        let ask = map.required("ask").flatMap { reader.text($0, what: "the interviewer's question") }
        let listenFor = map.optional("listenFor").flatMap { reader.texts($0, what: "listenFor") } ?? []
        map.finish()
        return ask.map { CallVoice(ask: $0, listenFor: listenFor) }
    }

    private func readSelfVoice(_ value: SourceValue) -> SelfVoice? {
        guard var map = reader.map(value, what: "the self voice") else { return nil }
        let ask = map.required("ask").flatMap { reader.text($0, what: "the first-person question") }
        let why = map.required("why").flatMap { reader.text($0, what: "why this matters") }
        map.finish()
        guard let ask, let why else { return nil }
        return SelfVoice(ask: ask, why: why)
    }

    private func readOptions(_ value: SourceValue, multiple: Bool) -> [AnswerOption] {
        var seen: [String: SourceLocation] = [:]
        let options: [AnswerOption] = eachItem(value, what: "option") { map in
            let idValue = map.required("id")
            let id = idValue.flatMap { reader.identifier($0, what: "the option id") }
            if let id, let idValue {
                if let first = seen[id] {
                    reader.error(
                        "duplicate option id '\(id)'", at: idValue.location, notes: [.note("'\(id)' is first defined here", at: first)])
                } else {
                    seen[id] = idValue.location
                }
            }
            let label = map.required("label").flatMap { reader.text($0, what: "the option label") }
            let points = map.optional("signals").map { readPoints($0, what: "the option's signals") } ?? [:]
            let exclusiveValue = map.optional("exclusive")
            let exclusive = exclusiveValue.flatMap { reader.boolean($0, what: "exclusive") } ?? false
            if exclusive, !multiple, let exclusiveValue {
                reader.error("'exclusive' only applies to options of a multiple choice question", at: exclusiveValue.location)
            }
            map.finish()
            guard let id, let label else { return nil }
            return AnswerOption(id: id, label: label, points: points, exclusive: exclusive)
        }
        if case .list(let items, let location) = value {
            if items.count < 2 {
                reader.error("a choice question needs at least two options", at: location)
            } else if items.count > Self.maximumOptions {
                reader.error("a choice question may have at most \(Self.maximumOptions) options, found \(items.count)", at: location)
            }
        }
        return options
    }

    private func readScale(_ value: SourceValue) -> Scale? {
        guard var map = reader.map(value, what: "the scale") else { return nil }
        let low = map.required("low").flatMap { reader.text($0, what: "the label of 1") }
        let high = map.required("high").flatMap { reader.text($0, what: "the label of 5") }
        var points: [String: [Int]] = [:]
        if let signals = map.optional("signals") {
            if case .map(let entries, _) = signals {
                for entry in entries where checkSignal(entry.key.text, at: entry.key.location) {
                    guard points[entry.key.text] == nil else {
                        reader.error("signal '\(entry.key.text)' is given points twice in the scale", at: entry.key.location)
                        continue
                    }
                    guard let items = reader.list(entry.value, what: "the points for '\(entry.key.text)' (five numbers, for 1 to 5)") else {
                        continue
                    }
                    guard items.count == Scale.values.count else {
                        reader.error(
                            "expected five points for '\(entry.key.text)' (for 1 to 5), found \(items.count)", at: entry.value.location)
                        continue
                    }
                    let values = items.compactMap { reader.integer($0, what: "a point value", in: 0...Signal.maximumPoints) }
                    if values.count == Scale.values.count { points[entry.key.text] = values }
                }
            } else {
                reader.error(
                    "expected the scale's signals as a mapping of signal ids to five points each, found \(signals.shape)",
                    at: signals.location)
            }
        }
        map.finish()
        guard let low, let high else { return nil }
        return Scale(lowLabel: low, highLabel: high, points: points)
    }

    private func readNumber(_ value: SourceValue) -> NumberSpec? {
        guard var map = reader.map(value, what: "the number settings") else { return nil }
        let range = -1_000_000_000...1_000_000_000
        let minimum = map.optional("min").flatMap { reader.integer($0, what: "min", in: range) } ?? 0
        let maximumValue = map.optional("max")
        let maximum = maximumValue.flatMap { reader.integer($0, what: "max", in: range) } ?? 1_000_000
        let unit = map.optional("unit").flatMap { reader.text($0, what: "the unit") }
        let unitOneValue = map.optional("unitOne")
        let unitOne = unitOneValue.flatMap { reader.text($0, what: "the unit for 1") }
        if let unitOneValue, unit == nil {
            reader.error("'unitOne' needs 'unit' beside it", at: unitOneValue.location)
        }
        if minimum > maximum {
            reader.error("min (\(minimum)) is larger than max (\(maximum))", at: maximumValue?.location ?? map.location)
        }
        var previous: Int?
        let bands: [NumberBand] =
            map.optional("bands").map { bandsValue in
                eachItem(bandsValue, what: "band") { band in
                    let atLeastValue = band.required("atLeast")
                    let atLeast = atLeastValue.flatMap { reader.integer($0, what: "atLeast", in: range) }
                    let points = band.optional("signals").map { readPoints($0, what: "the band's signals") } ?? [:]
                    band.finish()
                    guard let atLeast, let atLeastValue else { return nil }
                    if let previous, atLeast <= previous {
                        reader.error("bands must go up: atLeast \(atLeast) does not follow \(previous)", at: atLeastValue.location)
                    }
                    previous = atLeast
                    return NumberBand(atLeast: atLeast, points: points)
                }
            } ?? []
        map.finish()
        return NumberSpec(minimum: minimum, maximum: maximum, unit: unit, unitOne: unitOne, bands: bands)
    }

    /// The answer kinds as written in YAML.
    enum KindName: String, CaseIterable {
        case single, multiple, scale, number, text
    }
}
