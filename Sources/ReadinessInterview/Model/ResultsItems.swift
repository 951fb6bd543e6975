import ReadinessCore

/// One line of the results screen that can be selected to see the reasons behind it.
struct ResultsItem: Sendable, Equatable {
    /// What the line is.
    enum Kind: Sendable, Equatable {
        case rating
        case blocker
        case signal(SignalResult)
        case split(SplitRow)
        case step(Int)
        case unknown(UnknownItem)
        /// A question flagged for review during the interview; Enter opens it.
        case flagged(questionID: String)
    }

    /// What the line is.
    let kind: Kind
    /// The line's title.
    let title: String
    /// The reasons behind it, shown on Enter.
    let reasons: [String]
}

/// A question flagged for review, as the results list it.
struct FlaggedQuestion: Sendable, Equatable {
    /// The question's id.
    let questionID: String
    /// Its title.
    let title: String
    /// Its note, if any.
    let note: String?
}

/// The selectable lines of the results screen, in the order they are shown: rating, blockers first,
/// signals, the split (what the internal team keeps first), next steps, what to verify, flagged questions.
enum ResultsItems {
    /// The shown questions flagged for review, in questionnaire order.
    static func flagged(in session: InterviewModel.OpenAssessment) -> [FlaggedQuestion] {
        session.visibleQuestions.compactMap { question in
            guard let record = session.assessment.answers[question.id], record.flagged else { return nil }
            return FlaggedQuestion(questionID: question.id, title: question.title, note: record.note)
        }
    }

    /// Builds the lines for a session's result and flags.
    static func build(_ session: InterviewModel.OpenAssessment) -> [ResultsItem] {
        build(session.result, flagged: flagged(in: session))
    }

    /// Builds the lines for a result, with the flagged questions last.
    static func build(_ result: ScoreResult, flagged: [FlaggedQuestion] = []) -> [ResultsItem] {
        let fit = result.fit
        var items: [ResultsItem] = [
            // A provisional fit's reasons already start with why it is too early and name no band.
            ResultsItem(
                kind: .rating,
                title: fit.isProvisional ? "Too early to tell, need \(fit.low) to \(fit.high)" : "\(fit.rating.title), need \(fit.need)",
                reasons: fit.reasons.map(Rating.inWords))
        ]
        for blocker in result.blockers {
            let because = blocker.evidence.isEmpty ? [] : ["Because: " + blocker.evidence.joined(separator: "; ")]
            items.append(
                ResultsItem(
                    kind: .blocker, title: blocker.title,
                    reasons: [blocker.explanation] + because + (blocker.step.map { ["First step: " + $0] } ?? [])))
        }
        for signal in result.signals {
            var lines = [
                "\(signal.points) of \(signal.maximum) points from known answers" + (signal.score.map { " = \($0)/100" } ?? "")
                    + ", weight \(signal.weight)."
            ]
            if signal.unknownMaximum > 0 {
                lines.append("Unknowns could add up to \(signal.unknownMaximum) points: range \(signal.low ?? 0)-\(signal.high ?? 100).")
            }
            lines += signal.contributions.map { contribution in
                let points = contribution.points.map { "\($0)/\(contribution.maximum)" } ?? "?/\(contribution.maximum)"
                return "\(points)  \(contribution.questionTitle): \(contribution.answer)"
            }
            items.append(ResultsItem(kind: .signal(signal), title: signal.title, reasons: lines))
        }
        for owner in [Owner.internal, .partner, .shared] {
            for row in result.split where row.owner == owner {
                let owner: String
                switch row.owner {
                case .internal: owner = "Internal team keeps it, starting \(row.phase.rawValue)."
                case .partner: owner = "The partner handles it, starting \(row.phase.rawValue)."
                case .shared:
                    owner = "Shared, the \(row.lead == .partner ? "partner" : "internal team") leading, starting \(row.phase.rawValue)."
                }
                items.append(ResultsItem(kind: .split(row), title: row.title, reasons: [owner] + row.reasons))
            }
        }
        for (index, step) in result.nextSteps.enumerated() {
            items.append(ResultsItem(kind: .step(index), title: "Step \(index + 1)", reasons: [step]))
        }
        for unknown in result.unknowns {
            items.append(
                ResultsItem(
                    kind: .unknown(unknown), title: unknown.title,
                    reasons: [
                        unknown.isDontKnow ? "Answered \"don't know\"." : "Not answered.",
                        Rating.inWords(unknown.impact.prefix(1).uppercased() + unknown.impact.dropFirst() + "."),
                    ]))
        }
        for question in flagged {
            items.append(
                ResultsItem(
                    kind: .flagged(questionID: question.questionID), title: question.title,
                    reasons: [
                        "Flagged for review." + (question.note.map { " Note: " + $0 } ?? "")
                    ]))
        }
        return items
    }
}
