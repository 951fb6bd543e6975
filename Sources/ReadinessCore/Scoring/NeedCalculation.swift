/// The need score: the weighted average of the signal scores, lifted by any critical signal, with its range.
struct NeedCalculation {
    /// The need from known answers, 0 to 100.
    let need: Int
    /// The need with every unknown at its best.
    let low: Int
    /// The need with every unknown at its worst.
    let high: Int
    /// Whether any known answer fed any signal.
    let hasEvidence: Bool
    /// Whether any shown question can feed a signal at all.
    let hasScoredQuestions: Bool
    /// The arithmetic and any lift, in words.
    let reasons: [String]

    init(questionnaire: Questionnaire, signals: [SignalResult], accumulators: [SignalAccumulator]) {
        let settings = questionnaire.scoring
        var weightedPoint = 0.0, pointWeights = 0
        var weightedLow = 0.0, weightedHigh = 0.0, rangeWeights = 0
        var criticalPoint: [String] = [], criticalLow = false, criticalHigh = false
        for (signal, accumulator) in zip(questionnaire.signals, accumulators) {
            if let score = accumulator.exactScore {
                weightedPoint += Double(signal.weight) * score
                pointWeights += signal.weight
                if let critical = signal.criticalAt, score >= Double(critical) {
                    criticalPoint.append("\(signal.title) is critical (\(SignalAccumulator.round(score)), critical from \(critical))")
                }
            }
            if let low = accumulator.exactLow, let high = accumulator.exactHigh {
                weightedLow += Double(signal.weight) * low
                weightedHigh += Double(signal.weight) * high
                rangeWeights += signal.weight
                if let critical = signal.criticalAt {
                    criticalLow = criticalLow || low >= Double(critical)
                    criticalHigh = criticalHigh || high >= Double(critical)
                }
            }
        }
        hasEvidence = pointWeights > 0
        hasScoredQuestions = rangeWeights > 0
        var reasons: [String] = []
        guard hasScoredQuestions else {
            need = 0
            low = 0
            high = 0
            self.reasons = ["No answer can feed a signal (the questions that could are hidden or not applicable), so there is no need to measure."]
            return
        }
        let floor = Double(settings.criticalFloor)
        let exactLow = max(weightedLow / Double(rangeWeights), criticalLow ? floor : 0)
        let exactHigh = max(weightedHigh / Double(rangeWeights), criticalHigh ? floor : 0)
        var exactNeed: Double
        if hasEvidence {
            let average = weightedPoint / Double(pointWeights)
            exactNeed = average
            let scored = signals.filter { $0.score != nil }
            let terms = scored.map { "\($0.weight)×\($0.score!)" }.joined(separator: " + ")
            reasons.append("Need \(SignalAccumulator.round(average)) is the weighted average of \(scored.count) signal scores: (\(terms)) / \(pointWeights).")
            if !criticalPoint.isEmpty, average < floor {
                exactNeed = floor
                reasons.append("Lifted to \(settings.criticalFloor) because \(criticalPoint.joined(separator: " and ")): averaging must not hide a critical gap.")
            }
        } else {
            exactNeed = (exactLow + exactHigh) / 2
            reasons.append("No question that feeds a signal has a known answer yet; the need shown is the middle of its range.")
        }
        need = SignalAccumulator.round(exactNeed)
        low = min(SignalAccumulator.round(exactLow), need)
        high = max(SignalAccumulator.round(exactHigh), need)
        if high > low {
            reasons.append("Unanswered and \"don't know\" questions leave the need between \(low) (all at their best) and \(high) (all at their worst).")
        }
        self.reasons = reasons
    }
}
