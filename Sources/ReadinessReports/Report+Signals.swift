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

    /// One signal's arithmetic in words: `20 of 20 points = 100/100, high; weight 4 in the need`.
    static func arithmetic(of signal: SignalResult) -> String {
        var text: String
        if let score = signal.score {
            text = "\(signal.points) of \(signal.maximum) points = \(score)/100"
            if let level = signal.level { text += ", \(level.rawValue)" }
        } else {
            text = "No known answer yet"
        }
        if let low = signal.low, let high = signal.high, high > low {
            text += "; \(low) to \(high) depending on the unknowns"
        }
        return text + "; weight \(signal.weight) in the need."
    }

    /// A contribution's points as `8/10`, or `?/10` for "don't know" and unanswered.
    static func pointsLabel(of contribution: Contribution) -> String {
        "\(contribution.points.map(String.init) ?? "?")/\(contribution.maximum)"
    }

    /// A "verify before deciding" item's state in words.
    static func stateLabel(of item: UnknownItem) -> String {
        item.isDontKnow ? "don't know" : "not answered"
    }
}
