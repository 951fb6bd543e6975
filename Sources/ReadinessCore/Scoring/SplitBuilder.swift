/// Builds the recommended starting split: each area decided by its exceptions, the policy or its default
/// (or, in the first form, its rules), then lane dependencies.
struct SplitBuilder {
    let questionnaire: Questionnaire
    let core: CoreEvaluation
    /// The core's evaluator, when the caller has one already.
    var evaluator: ConditionEvaluator? = nil

    private struct Row {
        var area: Area
        var owner: Owner
        var lead: Lead?
        var phase: Phase
        var reasons: [String]

        /// Whether the partner works in this area (owns it, or leads it as shared).
        var partnerLeads: Bool { owner == .partner || (owner == .shared && lead == .partner) }
        var partnerTakesPart: Bool { owner != .internal }
    }

    func rows() -> [SplitRow] {
        let evaluator = self.evaluator ?? core.evaluator
        var rows = questionnaire.areas.indices.map { position in
            questionnaire.areas[position].usesPolicy
                ? decide(position, evaluator: evaluator.deciding(position)) : applyRules(of: position, evaluator: evaluator)
        }
        respectLaneDependencies(&rows)
        return rows.map { row in
            SplitRow(areaID: row.area.id, title: row.area.title, owner: row.owner, lead: row.lead, phase: row.phase, reasons: row.reasons)
        }
    }

    /// What a rule sets and its words, read out of the rule in place: a copy of a whole rule retains its
    /// condition and every text, and the split looks at a few dozen rules a score.
    private struct Setting {
        let owner: Owner?
        let lead: Lead?
        let phase: Phase?
        let reason: String?

        init(_ rules: [SplitRule], _ index: Int) {
            owner = rules[index].owner
            lead = rules[index].lead
            phase = rules[index].phase
            reason = rules[index].reason
        }
    }

    /// An area's first-match table read in place: its exceptions, then the policy's rows.
    private struct Table {
        let exceptions: [SplitRule]
        let policy: [SplitRule]
        let exceptionConditions: [IndexedCondition]
        let policyConditions: [IndexedCondition]

        var count: Int { exceptions.count + policy.count }
        /// What the rule at a position sets and says.
        func setting(_ position: Int) -> Setting {
            position < exceptions.count ? Setting(exceptions, position) : Setting(policy, position - exceptions.count)
        }
        func condition(_ position: Int) -> IndexedCondition {
            position < exceptions.count ? exceptionConditions[position] : policyConditions[position - exceptions.count]
        }
    }

    /// The policy form: the first of the area's exceptions that holds decides, then the first policy row
    /// that holds, then the area's default. The row carries the deciding rule's words and the facts behind it.
    private func decide(_ areaPosition: Int, evaluator: ConditionEvaluator) -> Row {
        let area = questionnaire.areas[areaPosition]
        let conditions = questionnaire.conditions
        let table = Table(
            exceptions: area.exceptions, policy: questionnaire.splitPolicy.rules,
            exceptionConditions: conditions.areaExceptions[areaPosition], policyConditions: conditions.policyRules)
        for position in 0..<table.count {
            let (truth, facts) = evaluator.evaluateWithFacts(table.condition(position))
            guard truth == .yes else { continue }
            let rule = table.setting(position)
            let owner = rule.owner ?? area.owner
            let lead = owner == .shared ? (rule.lead ?? area.lead ?? .internal) : nil
            var row = Row(area: area, owner: owner, lead: lead, phase: rule.phase ?? area.phase, reasons: [])
            let deciding = Self.reason(rule.reason, facts, evaluator)
            if questionnaire.splitPolicy.reasons == .agreeing {
                row.reasons = agreeingReasons(for: row, deciding: deciding, after: (position + 1)..<table.count, of: table, evaluator)
            } else if let deciding {
                row.reasons = [deciding]
            }
            return row
        }
        return Row(area: area, owner: area.owner, lead: area.owner == .shared ? area.lead : nil, phase: area.phase, reasons: [area.reason])
    }

    /// `reasons: agreeing`: the area's own reason while the row keeps its owner, then every later row that
    /// holds and sets something to what was decided, from the last (the most general) to the deciding row
    /// (whose reason is `deciding`). A later row that leaves the owner to the area speaks for the area's
    /// owner, so, like the area's own reason, it agrees only while the row keeps that owner: a row the
    /// internal team keeps because it is in hand says so once, without "the partner starts small" beside it.
    private func agreeingReasons(
        for row: Row, deciding: String?, after later: Range<Int>, of table: Table, _ evaluator: ConditionEvaluator
    ) -> [String] {
        let keepsOwner = row.owner == row.area.owner
        var reasons: [String] = []
        reasons.reserveCapacity(later.count + 2)
        if keepsOwner { reasons.append(row.area.reason) }
        for position in later.reversed() {
            let rule = table.setting(position)
            guard Self.agrees(rule, with: row) && (keepsOwner || rule.owner != nil) else { continue }
            let (truth, facts) = evaluator.evaluateWithFacts(table.condition(position))
            if truth == .yes, let reason = Self.reason(rule.reason, facts, evaluator) { reasons.append(reason) }
        }
        if let deciding { reasons.append(deciding) }
        return reasons.isEmpty ? [row.area.reason] : reasons
    }

    /// Whether a row sets the owner, the lead or the phase to what was decided.
    private static func agrees(_ rule: Setting, with row: Row) -> Bool {
        let lead = rule.owner == nil || rule.owner == .shared ? rule.lead : nil
        return rule.owner.map { $0 == row.owner } == true || lead.map { $0 == row.lead } == true
            || rule.phase.map { $0 == row.phase } == true
    }

    /// A rule's words with the facts behind it (none for a row without words): the facts are put in words
    /// only here, once the rule is known to hold and to be cited.
    private static func reason(_ words: String?, _ facts: [ConditionFact], _ evaluator: ConditionEvaluator) -> String? {
        words.map { evaluator.reason($0, facts: facts) }
    }

    /// The first form: every rule that holds may change a field, in file order.
    private func applyRules(of areaPosition: Int, evaluator: ConditionEvaluator) -> Row {
        let area = questionnaire.areas[areaPosition]
        let conditions = questionnaire.conditions.areaRules[areaPosition]
        var row = Row(area: area, owner: area.owner, lead: area.owner == .shared ? area.lead : nil, phase: area.phase, reasons: [])
        // A rule's reason is kept while something it set still stands: a rule overridden on everything
        // it set would only contradict the row.
        var applied: [(reason: String, owner: Owner?, lead: Lead?, phase: Phase?)] = []
        for (position, rule) in area.rules.enumerated() {
            let (truth, facts) = evaluator.evaluateWithFacts(conditions[position])
            guard truth == .yes else { continue }
            if let owner = rule.owner {
                row.owner = owner
                row.lead = owner == .shared ? (rule.lead ?? row.lead ?? area.lead) : nil
            } else if let lead = rule.lead, row.owner == .shared {
                row.lead = lead
            }
            if let phase = rule.phase { row.phase = phase }
            let reason = Self.reason(rule.reason, facts, evaluator) ?? ""
            applied.append((reason, rule.owner, rule.owner == .shared || rule.owner == nil ? rule.lead : nil, rule.phase))
        }
        // The area's own reason explains its default owner: kept while that owner stands.
        if row.owner == area.owner { row.reasons.append(area.reason) }
        for rule in applied {
            let stands =
                rule.owner.map { $0 == row.owner } == true || rule.lead.map { $0 == row.lead } == true
                || rule.phase.map { $0 == row.phase } == true
            if stands { row.reasons.append(rule.reason) }
        }
        if row.reasons.isEmpty { row.reasons.append(area.reason) }
        return row
    }

    /// When the partner leads an area, the areas it requires must be in the partner's lane no later than it.
    /// Owners only move toward the partner and phases only move earlier, so this settles.
    private func respectLaneDependencies(_ rows: inout [Row]) {
        let requires = questionnaire.conditions.areaRequires
        var changed = true
        var rounds = 0
        while changed && rounds <= rows.count {
            changed = false
            rounds += 1
            for index in rows.indices where rows[index].partnerLeads {
                let dependent = (title: rows[index].area.title, phase: rows[index].phase)
                for requiredIndex in requires[index] {
                    if !rows[requiredIndex].partnerTakesPart {
                        rows[requiredIndex].owner = .shared
                        rows[requiredIndex].lead = .partner
                        rows[requiredIndex].reasons.append(
                            "Shared, with the partner leading: the partner needs it in its lane to handle \(dependent.title.lowercasedFirst)."
                        )
                        changed = true
                    }
                    if rows[requiredIndex].phase > dependent.phase {
                        rows[requiredIndex].phase = dependent.phase
                        rows[requiredIndex].reasons.append(
                            "Starts \(dependent.phase.rawValue) with \(dependent.title.lowercasedFirst), which depends on it.")
                        changed = true
                    }
                }
            }
        }
    }
}

extension String {
    /// The text with its first letter lower-cased, for use inside a sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        let rest = dropFirst()
        // Keep acronyms ("IT", "MSP") as written.
        if let second = rest.first, second.isUppercase { return self }
        return first.lowercased() + rest
    }
}
