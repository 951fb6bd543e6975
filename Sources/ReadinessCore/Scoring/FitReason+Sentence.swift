extension FitReason {
    /// The fact in words while the result is provisional: the average of what is known is not yet the need,
    /// so it is not told as one.
    var provisionalSentence: String {
        guard case .weightedAverage(let need, let terms, let totalWeight) = self else { return sentence }
        let sum = terms.map { "\($0.weight)×\($0.score)" }.joined(separator: " + ")
        return
            "The known answers alone average \(need) over \(terms.count) signal scores: (\(sum)) / \(totalWeight); the unknowns decide where the need ends up."
    }

    /// The fact in words, for every report and the screen.
    public var sentence: String {
        switch self {
        case .prerequisiteHolds(let reason, let evidence):
            return evidence.isEmpty ? reason : "\(reason) (\(evidence.joined(separator: "; ")))"
        case .needInBand(let reason, let need, let rating, let minimum, let maximum):
            return "\(reason) (need \(need) is in the \(rating.rawValue) band, \(minimum)-\(maximum))"
        case .ratingIsMiddleOfRange:
            return "Nothing answered feeds a signal yet: this rating is the middle of the range, not a finding."
        case .nothingToMeasure:
            return "No answer can feed a signal (the questions that could are hidden or not applicable), so there is no need to measure."
        case .weightedAverage(let need, let terms, let totalWeight):
            let sum = terms.map { "\($0.weight)×\($0.score)" }.joined(separator: " + ")
            return "Need \(need) is the weighted average of \(terms.count) signal scores: (\(sum)) / \(totalWeight)."
        case .liftedToCriticalFloor(let floor, let signals):
            let critical = signals.map { "\($0.title) is critical (\($0.score), critical from \($0.criticalAt))" }
            return "Lifted to \(floor) because \(critical.joined(separator: " and ")): averaging must not hide a critical gap."
        case .criticalFromPrimaryQuestion(let signal, let question, let score):
            return
                "\(signal) is critical (\(score)) because the answer to \"\(question)\" alone shows a critical gap; its other answers cannot lower it below that."
        case .needIsMiddleOfRange:
            return "No question that feeds a signal has a known answer yet; the need shown is the middle of its range."
        case .unknownsLeaveRange(let low, let high):
            return
                "Unanswered and \"don't know\" questions leave the need between \(low) (all at their best) and \(high) (all at their worst)."
        case .openAnswersWidenRange(let low, let high):
            return
                "Some unknown answers would also show or hide other questions; with those, the need could be anywhere from \(low) to \(high)."
        case .ratingCouldSpan(let from, let to):
            return "Depending on the unknowns, the rating could be anywhere from \(from.rawValue) to \(to.rawValue)."
        case .unconfirmedPrerequisite(let rating, let reason):
            return "Not confirmed, and it would decide the rating as \(rating.rawValue): \(reason) Verify before deciding."
        case .prerequisiteSettlesRating:
            return "No open answer can change this rating: the unknowns move only the need, which did not decide it."
        }
    }
}
