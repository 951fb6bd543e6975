/// The second stage of the fit: the need from the signal scores (their weighted average, lifted by any
/// critical signal) and the range the arithmetic gives it (every unknown at its best, then at its worst).
struct NeedEstimate {
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
    /// Whether a critical signal lifted the need above the average.
    let isLiftedToFloor: Bool
    /// The arithmetic and any lift.
    let reasons: [FitReason]

    /// Works out the need from the signals' sums; without `explained` the figures are the same but no
    /// reasons are written (what a trial of one answer needs), and `signals` is not read.
    init(questionnaire: Questionnaire, signals: [SignalResult], accumulators: [SignalAccumulator], explained: Bool = true) {
        let settings = questionnaire.scoring
        var weightedPoint = 0.0
        var pointWeights = 0
        var weightedLow = 0.0
        var weightedHigh = 0.0
        var rangeWeights = 0
        var criticalPoint: [FitReason.CriticalSignal] = []
        var criticalLow = false
        var criticalHigh = false
        var primaryReasons: [FitReason] = []
        let definitions = questionnaire.signals
        // By position, each signal read in place: zipping copied every signal and its sums.
        for index in accumulators.indices where index < definitions.count {
            let accumulator = accumulators[index]
            let weight = definitions[index].weight
            let criticalAt = definitions[index].criticalAt
            if explained, let primary = accumulator.primary, accumulator.maximum > 0,
                Double(accumulator.points) * 100 < primary.score * Double(accumulator.maximum)
            {
                primaryReasons.append(
                    .criticalFromPrimaryQuestion(
                        signal: definitions[index].title, question: primary.title, score: SignalAccumulator.round(primary.score)))
            }
            if let score = accumulator.exactScore {
                weightedPoint += Double(weight) * score
                pointWeights += weight
                if let critical = criticalAt, score >= Double(critical) {
                    criticalPoint.append(
                        .init(title: explained ? definitions[index].title : "", score: SignalAccumulator.round(score), criticalAt: critical)
                    )
                }
            }
            if let low = accumulator.exactLow, let high = accumulator.exactHigh {
                weightedLow += Double(weight) * low
                weightedHigh += Double(weight) * high
                rangeWeights += weight
                if let critical = criticalAt {
                    criticalLow = criticalLow || low >= Double(critical)
                    criticalHigh = criticalHigh || high >= Double(critical)
                }
            }
        }
        hasEvidence = pointWeights > 0
        hasScoredQuestions = rangeWeights > 0
        var reasons: [FitReason] = []
        guard hasScoredQuestions else {
            need = 0
            low = 0
            high = 0
            isLiftedToFloor = false
            self.reasons = [.nothingToMeasure]
            return
        }
        let floor = Double(settings.criticalFloor)
        let exactLow = max(weightedLow / Double(rangeWeights), criticalLow ? floor : 0)
        let exactHigh = max(weightedHigh / Double(rangeWeights), criticalHigh ? floor : 0)
        var exactNeed: Double
        var lifted = false
        if hasEvidence {
            let average = weightedPoint / Double(pointWeights)
            exactNeed = average
            if explained {
                let terms = signals.compactMap { signal in signal.score.map { FitReason.WeightedScore(weight: signal.weight, score: $0) } }
                reasons.append(.weightedAverage(need: SignalAccumulator.round(average), terms: terms, totalWeight: pointWeights))
                reasons += primaryReasons
            }
            if !criticalPoint.isEmpty, average < floor {
                exactNeed = floor
                lifted = true
                if explained { reasons.append(.liftedToCriticalFloor(floor: settings.criticalFloor, signals: criticalPoint)) }
            }
        } else {
            exactNeed = (exactLow + exactHigh) / 2
            if explained { reasons.append(.needIsMiddleOfRange) }
        }
        isLiftedToFloor = lifted
        need = SignalAccumulator.round(exactNeed)
        low = min(SignalAccumulator.round(exactLow), need)
        high = max(SignalAccumulator.round(exactHigh), need)
        if explained, high > low {
            reasons.append(.unknownsLeaveRange(low: low, high: high))
        }
        self.reasons = reasons
    }
}
