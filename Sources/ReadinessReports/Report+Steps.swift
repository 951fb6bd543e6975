import ReadinessCore

/// The next steps as records a CRM or PSA can file: an id, the text and, where the text states it, when.
extension Report {
    /// The first three next steps, for the executive summary.
    var topNextSteps: [String] { Array(nextSteps.prefix(3)) }

    /// One next step.
    public struct StepEntry: Sendable, Equatable {
        /// The questionnaire's id for the step; a blocker's step is `blocker:` and the blocker's id.
        public let id: String
        /// The step in words.
        public let text: String
        /// The phase the step falls in, when known: a blocker's step is `now`; a questionnaire step that
        /// opens with its time (`Week 1`, `Days 1-30`, `Days 30-60`) has that time's phase.
        let phase: Phase?
    }

    /// The steps this copy shows, with their ids.
    static func stepEntries(_ steps: [String], questionnaire: Questionnaire, blockers: [BlockerResult]) -> [StepEntry] {
        steps.map { text in
            if let blocker = blockers.first(where: { $0.step == text }) {
                return StepEntry(id: "blocker:\(blocker.id)", text: text, phase: .now)
            }
            let id = questionnaire.nextSteps.first { $0.text == text }?.id ?? ""
            return StepEntry(id: id, text: text, phase: phase(openingOf: text))
        }
    }

    /// The phase a step's opening words name: `Week 1` and `Days 1-30` are now, the later days next.
    static func phase(openingOf text: String) -> Phase? {
        let openings: [(String, Phase)] = [
            ("Week ", .now), ("Days 1-30", .now), ("Days 30-", .next), ("Days 60-", .next), ("Day 90", .next),
        ]
        return openings.first { text.hasPrefix($0.0) }?.1
    }
}
