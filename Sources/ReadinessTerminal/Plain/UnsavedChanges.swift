import ReadinessCore

/// What an assessment holds that its last successful save does not, in words: "assessment 7h3k9m2p
/// (Acme Ltd): Sites (answer); Team size (answer, note)". Said when the data folder refused the saves,
/// so a person knows exactly what would be lost.
struct UnsavedChanges: CustomStringConvertible {
    /// The assessment as last saved, or nil when it never was.
    let saved: Assessment?
    /// The assessment as it stands.
    let current: Assessment
    /// Its questionnaire, for the questions' titles.
    let questionnaire: Questionnaire

    var description: String {
        let name = "assessment \(current.id) (\(current.organization))"
        guard let saved else {
            let answered = current.answers.values.filter { $0.response != nil }.count
            return "\(name) with its \(answered) \(answered == 1 ? "answer" : "answers") (it was never saved)"
        }
        // In questionnaire order, so the list reads like the interview.
        let changed = questionnaire.questions.compactMap { question -> String? in
            let before = saved.answers[question.id] ?? AnswerRecord()
            let after = current.answers[question.id] ?? AnswerRecord()
            var parts: [String] = []
            if before.response != after.response { parts.append("answer") }
            if before.note != after.note { parts.append("note") }
            if before.flagged != after.flagged { parts.append("flag") }
            return parts.isEmpty ? nil : "\(question.title) (\(parts.joined(separator: ", ")))"
        }
        if changed.isEmpty { return "\(name): its \(current.status == .complete ? "completion" : "latest details")" }
        let shown = changed.count > 8 ? changed.prefix(8) + ["\(changed.count - 8) more"] : changed[...]
        return "\(name): \(shown.joined(separator: "; "))"
    }
}
