@testable import ReadinessCore

extension Questionnaire {
    /// The same questionnaire with other scoring semantics: how a test turns an opt-in setting on for the
    /// shipped questionnaires before their version 2 does.
    func with(_ semantics: ScoringSemantics) -> Questionnaire {
        let old = scoring
        return Questionnaire(
            id: id, version: version, title: title, summary: summary, sections: sections, signals: signals,
            scoring: ScoringSettings(
                moderateAt: old.moderateAt, highAt: old.highAt, criticalFloor: old.criticalFloor,
                highConfidenceWidth: old.highConfidenceWidth, mediumConfidenceWidth: old.mediumConfidenceWidth, semantics: semantics),
            rating: rating, blockers: blockers, areas: areas, nextSteps: nextSteps)
    }
}
