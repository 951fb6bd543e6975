import ReadinessCore

/// What the plan asks of the customer's own team: someone who owns the partnership, the areas the team
/// keeps or shares from the first 30 days, and the answers the rating rests on. A customer reads the
/// split as what the partner does; this says what it takes from them.
extension Report {
    /// The section's title.
    static let asksTitle = "What the plan asks of your team"

    /// The asks, a sentence each with its opening in bold; empty when no split is recommended.
    static func customerAsks(questionnaire: Questionnaire, result: ScoreResult, answers: [AnswerEntry]) -> [LeadSentence] {
        guard result.fit.rating != .notYet, !result.split.isEmpty else { return [] }
        let now = result.split.filter { $0.phase == .now }
        var asks = [
            result.fit.rating == .fullyManaged
                ? LeadSentence(
                    lead: "A named owner.",
                    rest: "One person who owns IT on your side, even part time, so that the partner has someone who decides with them.")
                : LeadSentence(
                    lead: "A named owner.",
                    rest: "One person on your side owns the partnership: they keep the areas below and decide with the partner.")
        ]
        let keeps = now.filter { $0.owner == .internal }.map { inSentence($0.title) }
        if !keeps.isEmpty {
            asks.append(LeadSentence(lead: "Your team keeps from the first 30 days:", rest: list(keeps) + "."))
        }
        let shared = now.filter { $0.owner == .shared }.map { row in
            inSentence(row.title) + (row.lead == .partner ? " (the partner leads)" : row.lead == .internal ? " (your team leads)" : "")
        }
        if !shared.isEmpty {
            asks.append(LeadSentence(lead: "Your team shares from the first 30 days:", rest: list(shared) + "."))
        }
        if let rests = restsOn(questionnaire: questionnaire, result: result, answers: answers) { asks.append(rests) }
        return asks
    }

    /// The answers the prerequisites read, when none of them decided the rating: if one changes, a
    /// prerequisite could decide it instead.
    private static func restsOn(questionnaire: Questionnaire, result: ScoreResult, answers: [AnswerEntry]) -> LeadSentence? {
        guard result.fit.decision.prerequisiteID == nil else { return nil }
        let prerequisites = questionnaire.rating.prerequisites
        var seen: Set<String> = []
        let ids = prerequisites.flatMap(\.when.questionIDs).filter { seen.insert($0).inserted }
        let byID = Dictionary(answers.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
        let facts = ids.compactMap { id in byID[id].map { "\($0.title): \($0.words)" } }
        guard !facts.isEmpty else { return nil }
        var ratings: [Rating] = []
        for rating in prerequisites.map(\.rating) where !ratings.contains(rating) { ratings.append(rating) }
        let titles = ratings.map(\.title).joined(separator: " or ")
        // A provisional result states no rating, so nothing can become something "instead" of it.
        let change =
            result.fit.isProvisional
            ? "If one changes, a prerequisite could settle the rating as \(titles)."
            : "If one changes, the rating may become \(titles) instead."
        return LeadSentence(lead: "The plan rests on these answers:", rest: facts.joined(separator: "; ") + ". " + change)
    }
}
