import ReadinessCore

/// The signal chart and the arithmetic behind each bar, for readers who check the work.
extension Report {

    /// One bar of the signal chart.
    public struct ChartBar: Sendable, Equatable {
        /// The signal id.
        public let id: String
        /// The signal's title.
        public let title: String
        /// The score, 0 to 100; nil when no known answer fed the signal.
        public let score: Int?
        /// The score with the unknowns at their best.
        public let low: Int?
        /// The score with the unknowns at their worst.
        public let high: Int?
        /// The level of the score.
        let level: SignalLevel?
        /// The score from which the signal is critical, if it can be.
        let criticalAt: Int?

        /// Whether the unknowns leave the score open.
        var hasRange: Bool {
            guard let low, let high else { return false }
            return high > low
        }

        /// The score and level in words: `92 critical`, or `no answer`.
        var valueLabel: String {
            guard let score else { return "no answer" }
            return "\(score) \(level?.rawValue ?? "")"
        }
    }

    /// The signals with their arithmetic, in the chart's order.
    var signalDetails: [SignalResult] {
        let byID = Dictionary(result.signals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return chart.compactMap { byID[$0.id] }
    }

    /// One signal's arithmetic in words, adding up by hand from its table: `20 of 27 points = 74/100, lifted
    /// to 80: 'Growth' alone shows a critical gap, critical; weight 4 in the need.`, then, for answers that
    /// count only their own points (`Contribution.countsOnlyItsPoints`), the rule that says so.
    static func arithmetic(of signal: SignalResult) -> String {
        var text: String
        if let score = signal.score {
            text = "\(signal.points) of \(signal.maximum) points = \(signal.lift?.from ?? score)/100"
            if let lift = signal.lift { text += ", lifted to \(lift.to): '\(lift.questionTitle)' alone shows a critical gap" }
            if let level = signal.level { text += ", \(level.rawValue)" }
        } else {
            text = "No known answer yet"
        }
        if let low = signal.low, let high = signal.high, high > low {
            text += "; \(low) to \(high) depending on the unknowns"
        }
        text += "; weight \(signal.weight) in the need."
        // Only where the rule changes the sums: an answer at its full maximum adds up either way.
        let countedAlone = signal.contributions.filter { $0.countsOnlyItsPoints && ($0.points ?? 0) < $0.maximum }
        if !countedAlone.isEmpty {
            let titles = list(countedAlone.map { "'\($0.questionTitle)'" })
            let (verb, each) = countedAlone.count == 1 ? ("reveals", "it") : ("reveal", "each")
            text +=
                " \(titles) \(verb) a blocker or a critical level, so \(each) counts only the points it gives, out of those points, and cannot lower the score; the rest of its maximum stays open, like \"don't know\"."
        }
        return text
    }

    /// A contribution's points as `8/10`, or `?/10` for "don't know" and unanswered; an answer that counts only
    /// its own points as `8/8 (of 10)`, so the column adds up to the signal's points of its maximum.
    static func pointsLabel(of contribution: Contribution) -> String {
        guard let points = contribution.points else { return "?/\(contribution.maximum)" }
        return contribution.countsOnlyItsPoints && points < contribution.maximum
            ? "\(points)/\(points) (of \(contribution.maximum))" : "\(points)/\(contribution.maximum)"
    }

    /// A "verify before deciding" item's state in words.
    static func stateLabel(of item: UnknownItem) -> String {
        item.isDontKnow ? "don't know" : "not answered"
    }
}
