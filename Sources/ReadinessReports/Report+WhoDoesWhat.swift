import ReadinessCore

/// Who does what, in a sentence each, for page one.
extension Report {
    /// A sentence with an emphasized opening, such as **The internal team keeps** business alignment.
    struct LeadSentence: Sendable, Equatable {
        /// The opening, shown in bold.
        let lead: String
        /// The rest of the sentence, with its full stop.
        let rest: String
    }

    /// Who does what, in a sentence each, for page one: what the internal team keeps first (to reassure),
    /// then what the partner starts with. With nobody internal yet (fully managed first), the first speaks
    /// of the team to come rather than one that does not exist.
    var whoDoesWhat: [LeadSentence] {
        var sentences: [LeadSentence] = []
        if !internalKeeps.isEmpty {
            sentences.append(
                LeadSentence(
                    lead: result.fit.rating == .fullyManaged ? "Once someone owns IT in-house, they keep" : "The internal team keeps",
                    rest: Self.list(internalKeeps.map { Self.inSentence($0.title) }) + "."))
        }
        if !partnerStartsWith.isEmpty {
            sentences.append(
                LeadSentence(
                    lead: "The partner starts with",
                    rest: Self.list(partnerStartsWith.map { Self.inSentence($0.title) }) + " in the first 30 days."))
        }
        return sentences
    }

    /// What the partner takes on, alone or leading a shared area, in the first 30 days.
    var partnerStartsWith: [SplitRow] {
        result.split.filter { $0.phase == .now && ($0.owner == .partner || ($0.owner == .shared && $0.lead == .partner)) }
    }

    /// What the internal team keeps, for the line that reassures it on page one.
    var internalKeeps: [SplitRow] { result.split.filter { $0.owner == .internal } }
}
