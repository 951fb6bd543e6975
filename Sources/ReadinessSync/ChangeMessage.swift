import ReadinessCore

/// The commit message for one assessment's change, for a person reading the team's history:
/// `Update Acme Dental: complete, good-fit, need 62 (Sam Rivera)`, then the id and the questionnaire.
enum ChangeMessage {
    /// The message for an added or updated assessment, scored with `scorer` when it is complete.
    static func saved(_ assessment: Assessment, isNew: Bool, scorer: Scorer) -> String {
        var state = [assessment.status.rawValue]
        if assessment.status == .complete {
            let fit = scorer.score(assessment).fit
            state.append(fit.rating.rawValue)
            state.append("need \(fit.need)")
        } else {
            let count = scorer.answeredCount(assessment)
            state.append("\(count.answered) of \(count.shown) answered")
        }
        let who = line(assessment.assessor)
        let subject =
            "\(isNew ? "Add" : "Update") \(name(assessment.organization)): \(state.joined(separator: ", "))\(who.isEmpty ? "" : " (\(who))")"
        return subject + "\n\n"
            + body(id: assessment.id, questionnaire: "\(assessment.questionnaireID) v\(assessment.questionnaireVersion)")
    }

    /// The message for a deleted assessment (`organization` as it was last committed).
    static func deleted(id: String, organization: String) -> String {
        "Delete \(name(organization))\n\n" + body(id: id, questionnaire: nil)
    }

    private static func body(id: String, questionnaire: String?) -> String {
        var lines = ["Assessment: \(id)"]
        if let questionnaire { lines.append("Questionnaire: \(questionnaire)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An organization as it reads in a subject line.
    static func name(_ organization: String) -> String {
        let name = line(organization)
        return name.isEmpty ? "an unnamed organization" : name
    }

    /// Text made one safe line (a name may hold anything), cut to keep the subject readable.
    static func line(_ text: String) -> String {
        let clean = TerminalText.sanitizedLine(text).trimmingSpaces()
        return clean.count > 80 ? String(clean.prefix(79)) + "…" : clean
    }
}
