extension QuestionnaireReading {
    /// Records the `conditions` mapping: each name with where it is written. They are read when first used,
    /// so they may be written in any order and refer to each other.
    func collectNamedConditions(_ value: SourceValue) {
        guard var map = reader.map(value, what: "the named conditions") else { return }
        for entry in map.allEntries() {
            guard reader.identifier(.scalar(entry.key), what: "a condition name") != nil else { continue }
            namedSources[entry.key.text] = (entry.value, entry.key.location)
        }
    }

    /// The condition a name stands for, read on first use; nil (after an error) for a loop or a bad condition.
    func namedCondition(_ name: String, at location: SourceLocation) -> Condition? {
        if let resolved = namedResolved[name] { return resolved }
        guard let source = namedSources[name] else {
            reader.error("unknown condition '\(name)'\(Suggestions.hint(for: name, among: namedSources.keys.sorted()))", at: location)
            return nil
        }
        guard !namedResolving.contains(name) else {
            reader.error("condition '\(name)' refers to itself through 'use'", at: location)
            return nil
        }
        namedResolving.insert(name)
        defer { namedResolving.remove(name) }
        guard let inner = condition(source.value, in: .named) else { return nil }
        let resolved = Condition.named(name, inner)
        namedResolved[name] = resolved
        return resolved
    }

    /// `{use: name}`: a named condition, checked against what this place may read.
    func namedConditionUse(_ map: inout MapReader, in place: ConditionPlace) -> Condition? {
        guard let nameValue = map.required("use") else { return nil }
        map.finish()
        guard let name = reader.text(nameValue, what: "a condition name") else { return nil }
        namedUsed.insert(name)
        if case .showIf = place {
            reader.error("a showIf cannot use a named condition; write the answer test in the showIf", at: nameValue.location)
            return nil
        }
        guard let resolved = namedCondition(name, at: nameValue.location) else { return nil }
        let problem: String? =
            if !place.allowsRating, resolved.contains(where: Self.readsRating) {
                "it reads the rating, which a prerequisite decides"
            } else if !place.allowsAddresses, resolved.contains(where: { if case .addresses = $0 { true } else { false } }) {
                "it reads 'addresses', which only a row of an area's exceptions or the split policy can use"
            } else if !place.allowsSplit, resolved.contains(where: { if case .split = $0 { true } else { false } }) {
                "it reads the split ('area'), which only a next step can use"
            } else { nil }
        if let problem {
            reader.error("condition '\(name)' cannot be used here: \(problem)", at: nameValue.location)
            return nil
        }
        return resolved
    }

    private static func readsRating(_ condition: Condition) -> Bool {
        switch condition {
        case .rating, .strongest, .addresses: true
        default: false
        }
    }

    /// `{strongest: signal}`: the signal is among the strongest as the split policy counts them.
    func strongestCondition(_ map: inout MapReader, in place: ConditionPlace) -> Condition? {
        guard let signalValue = map.required("strongest") else { return nil }
        map.finish()
        guard place.allowsRating else {
            reader.error(
                "'strongest' cannot be used here: it depends on the rating (fewer signals count on a possible fit)", at: map.location)
            return nil
        }
        guard let id = reader.text(signalValue, what: "the signal id"), checkSignal(id, at: signalValue.location) else { return nil }
        return .strongest(signal: id)
    }

    /// `{addresses: strongest}` or `{addresses: {levelAtLeast: high}}`: a signal the area addresses.
    func addressesCondition(_ map: inout MapReader, in place: ConditionPlace) -> Condition? {
        guard let testValue = map.required("addresses") else { return nil }
        map.finish()
        guard place.allowsAddresses else {
            reader.error(
                "'addresses' reads the area being decided, so only a row of an area's exceptions or the split policy can use it",
                at: map.location)
            return nil
        }
        if case .scalar(let scalar) = testValue, scalar.text == "strongest" { return .addresses(nil) }
        guard var test = reader.map(testValue, what: "the addresses test") else { return nil }
        let atLeast = test.optional("atLeast").flatMap { reader.integer($0, what: "atLeast", in: 0...100) }
        let level = test.optional("levelAtLeast").flatMap { reader.word($0, what: "the level", as: SignalLevel.self) }
        test.finish()
        switch (atLeast, level) {
        case (let score?, nil): return .addresses(.atLeast(score))
        case (nil, let level?): return .addresses(.levelAtLeast(level))
        default:
            reader.error(
                "'addresses' takes 'strongest', or one of 'atLeast' (a score) and 'levelAtLeast' (a level)", at: testValue.location)
            return nil
        }
    }

    /// `{area: id, owner: partner}` or `{area: id, phase: now}`: the decided split, for next steps.
    func splitCondition(_ map: inout MapReader, in place: ConditionPlace) -> Condition? {
        guard let areaValue = map.required("area") else { return nil }
        let ownerValue = map.optional("owner")
        let phaseValue = map.optional("phase")
        map.finish()
        guard place.allowsSplit else {
            reader.error("'area' reads the decided split, so only a next step can use it", at: map.location)
            return nil
        }
        guard let id = reader.text(areaValue, what: "an area id") else { return nil }
        guard index.areas.contains(id) else {
            reader.error("unknown area '\(id)'\(Suggestions.hint(for: id, among: index.areas))", at: areaValue.location)
            return nil
        }
        switch (ownerValue, phaseValue) {
        case (let owner?, nil):
            let owners = words(owner, what: "an owner", as: Owner.self)
            return owners.isEmpty ? nil : .split(area: id, test: .owner(owners))
        case (nil, let phase?):
            let phases = words(phase, what: "a phase", as: Phase.self)
            return phases.isEmpty ? nil : .split(area: id, test: .phase(phases))
        default:
            reader.error("an area condition takes one of 'owner' or 'phase'", at: map.location)
            return nil
        }
    }

    /// One word or a list of them, each checked.
    private func words<Value: RawRepresentable & CaseIterable>(_ value: SourceValue, what: String, as type: Value.Type) -> [Value]
    where Value.RawValue == String {
        let items: [SourceValue]
        if case .list(let list, _) = value { items = list } else { items = [value] }
        let read = items.compactMap { reader.word($0, what: what, as: type) }
        return read.count == items.count ? read : []
    }

    /// `split: {strongest: {...}, policy: [...]}`: the questionnaire's rules of the split.
    func readSplitPolicy(_ value: SourceValue) -> SplitPolicy {
        let defaults = SplitPolicy()
        guard var map = reader.map(value, what: "the split policy") else { return defaults }
        var strongest = defaults.strongest
        if let strongestValue = map.optional("strongest"), var rule = reader.map(strongestValue, what: "the strongest signals") {
            let level =
                rule.optional("levelAtLeast").flatMap { reader.word($0, what: "the level", as: SignalLevel.self) } ?? strongest.level
            let count = rule.optional("count").flatMap { reader.integer($0, what: "count", in: 1...50) } ?? strongest.count
            let onPossibleFitValue = rule.optional("onPossibleFit")
            let onPossibleFit =
                onPossibleFitValue.flatMap { reader.integer($0, what: "onPossibleFit", in: 0...50) }
                ?? min(strongest.countOnPossibleFit, count)
            rule.finish()
            if onPossibleFit > count, let onPossibleFitValue {
                reader.error(
                    "'onPossibleFit' (\(onPossibleFit)) is more than 'count' (\(count)): a possible fit starts with fewer areas, not more",
                    at: onPossibleFitValue.location)
            }
            strongest = SplitPolicy.Strongest(level: level, count: count, countOnPossibleFit: onPossibleFit)
        }
        splitReasons = map.optional("reasons").flatMap { reader.word($0, what: "the reasons", as: SplitPolicy.Reasons.self) } ?? .deciding
        if let rowsValue = map.optional("rows") { readNamedRows(rowsValue) }
        let rules = map.optional("policy").map { readSplitTable($0, what: "policy row") } ?? []
        map.finish()
        if splitReasons == .deciding, let last = rules.last, last.owner == nil, last.lead == nil, last.phase == nil {
            reader.append(
                Diagnostic(
                    .warning, at: last.location,
                    "this policy row only restates each area's default, and no row follows that it could stop; remove it"))
        }
        return SplitPolicy(strongest: strongest, rules: rules, reasons: splitReasons)
    }

    /// `split.rows`: table rows written once by name, used in any table as `- use: name`.
    private func readNamedRows(_ value: SourceValue) {
        guard var map = reader.map(value, what: "the named rows") else { return }
        for entry in map.allEntries() {
            guard reader.identifier(.scalar(entry.key), what: "a row name") != nil,
                var row = reader.map(entry.value, what: "the row '\(entry.key.text)'"),
                let rule = readSplitRow(&row, reasonOptional: true)
            else { continue }
            namedRows[entry.key.text] = (rule, entry.key.location)
        }
        map.finish()
    }

    /// A first-match table: rows with `when`, what they decide and the reason, or `use: name` for a named row.
    func readSplitTable(_ value: SourceValue, what: String) -> [SplitRule] {
        let rules: [SplitRule] = eachItem(value, what: what) { map in
            map.has("use") ? readNamedRowUse(&map) : readSplitRow(&map)
        }
        // With agreeing reasons a row an earlier one shadows still gives its reason when it agrees.
        if splitReasons == .deciding { warnShadowedRows(rules) }
        return rules
    }

    /// `- use: name`: a named row, narrowed by this row's `when` (both must hold), with this row's `reason`
    /// and any of `owner`, `lead` and `phase` written here in place of the named row's.
    private func readNamedRowUse(_ map: inout MapReader) -> SplitRule? {
        guard let nameValue = map.required("use") else { return nil }
        let when = map.optional("when").flatMap { condition($0, in: .splitRow) }
        let owner = map.optional("owner").flatMap { reader.word($0, what: "the owner", as: Owner.self) }
        let lead = map.optional("lead").flatMap { reader.word($0, what: "the lead", as: Lead.self) }
        let phase = map.optional("phase").flatMap { reader.word($0, what: "the phase", as: Phase.self) }
        let reason = map.optional("reason").flatMap { reader.text($0, what: "the reason") }
        map.finish()
        guard let name = reader.text(nameValue, what: "a row name") else { return nil }
        namedRowsUsed.insert(name)
        guard let named = namedRows[name]?.rule else {
            let names = namedRows.keys.sorted()
            reader.error(
                "unknown row '\(name)'\(Suggestions.hint(for: name, among: names)); name it under split.rows", at: nameValue.location)
            return nil
        }
        let narrowed: Condition =
            switch when {
            case .all(let items)?: .all([named.when] + items)
            case let when?: .all([named.when, when])
            case nil: named.when
            }
        if named.reason == nil, reason == nil, splitReasons == .deciding {
            reader.error("row '\(name)' has no reason, so this use of it needs one", at: map.location)
            return nil
        }
        return SplitRule(
            when: narrowed, owner: owner ?? named.owner, lead: lead ?? named.lead, phase: phase ?? named.phase,
            reason: reason ?? named.reason, location: map.location)
    }

    /// One row: `when`, what it decides and its reason (which a named row may leave to each use).
    private func readSplitRow(_ map: inout MapReader, reasonOptional: Bool = false) -> SplitRule? {
        let when = map.required("when").flatMap { condition($0, in: .splitRow) }
        let owner = map.optional("owner").flatMap { reader.word($0, what: "the owner", as: Owner.self) }
        let lead = map.optional("lead").flatMap { reader.word($0, what: "the lead", as: Lead.self) }
        let phase = map.optional("phase").flatMap { reader.word($0, what: "the phase", as: Phase.self) }
        // With agreeing reasons a row may decide without words of its own: the rows that agree explain it.
        let reasonOptional = reasonOptional || splitReasons == .agreeing
        let reasonValue = reasonOptional ? map.optional("reason") : map.required("reason")
        let reason = reasonValue.flatMap { reader.text($0, what: "the reason") }
        map.finish()
        guard let when, reason != nil || (reasonValue == nil && reasonOptional) else { return nil }
        return SplitRule(when: when, owner: owner, lead: lead, phase: phase, reason: reason, location: map.location)
    }

    /// A row that holds only when an earlier row holds never decides anything.
    private func warnShadowedRows(_ rules: [SplitRule]) {
        for (position, rule) in rules.enumerated() {
            guard let earlier = rules[..<position].first(where: { ConditionLogic.implies(rule.when, $0.when) }) else { continue }
            reader.append(
                Diagnostic(
                    .warning, at: rule.location, "this row can never decide: whenever it holds, an earlier row holds and decides first",
                    notes: [.note("the earlier row is here", at: earlier.location)]))
        }
    }

    /// An exception that gives the area exactly its default changes nothing unless a policy row could
    /// otherwise apply; without policy rows it only restates the default.
    func warnRestatedDefaults(_ area: Area, policy: SplitPolicy) {
        // With agreeing reasons such a row still gives its reason beside the default's.
        guard policy.rules.isEmpty, policy.reasons == .deciding else { return }
        for rule in area.exceptions {
            let owner = rule.owner ?? area.owner
            let lead = owner == .shared ? (rule.lead ?? area.lead) : nil
            let defaultLead = area.owner == .shared ? area.lead : nil
            guard owner == area.owner, lead == defaultLead, (rule.phase ?? area.phase) == area.phase else { continue }
            reader.append(
                Diagnostic(
                    .warning, at: rule.location,
                    "this row only restates the area's default (\(owner.rawValue), \(area.phase.rawValue)); remove it"))
        }
    }

    /// Warnings once everything is read: named conditions never used (each read, so its problems show too),
    /// next steps that can never be offered.
    func warnDeadLogic(nextSteps: [NextStep], nextStepLocations: [SourceLocation]) {
        for (name, source) in namedSources.sorted(by: { $0.value.key < $1.value.key }) where !namedUsed.contains(name) {
            _ = namedCondition(name, at: source.key)
            reader.append(
                Diagnostic(.warning, at: source.key, "condition '\(name)' is never used; use it with {use: \(name)} or remove it"))
        }
        for (name, row) in namedRows.sorted(by: { $0.value.key < $1.value.key }) where !namedRowsUsed.contains(name) {
            reader.append(
                Diagnostic(.warning, at: row.key, "row '\(name)' is never used; use it in a table with '- use: \(name)' or remove it"))
        }
        for (step, location) in zip(nextSteps, nextStepLocations) {
            guard let when = step.when, ConditionLogic.neverHolds(when, impossible: neverHoldingAtoms) else { continue }
            reader.append(Diagnostic(.warning, at: location, "next step '\(step.id)' can never be offered: its condition can never hold"))
        }
    }
}
