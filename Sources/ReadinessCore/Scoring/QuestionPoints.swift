/// What one question can give each signal: precomputed once per questionnaire so scoring is a few additions.
struct QuestionPoints: Sendable {
    /// For each signal the question feeds (by signal position): the most any allowed answer gives it.
    let maxima: [(signal: Int, maximum: Int)]
    /// For each option of a choice question, what it gives each signal of `maxima`, in that order: scoring
    /// reads these by position rather than looking each signal's id up in every option's points.
    let optionPoints: [[Int]]
    /// For a scale question, the points of the values 1 to 5 for each signal of `maxima` (nil for none).
    let scalePoints: [[Int]?]

    init(_ question: Question, choices: ScoringSemantics.Choices = .sum, signalPosition: (String) -> Int?) {
        var maxima: [String: Int] = [:]
        func raise(_ id: String, to points: Int) { maxima[id] = max(maxima[id] ?? 0, points) }
        switch question.kind {
        case .single(let options):
            for option in options { option.points.forEach(raise) }
        case .multiple(let options) where choices == .strongest:
            // The most serious selection counts alone, so the maximum is the most one option gives.
            for option in options { option.points.forEach(raise) }
        case .multiple(let options):
            // The best allowed selection: every combinable option together (capped for `capped-sum`), or the
            // best exclusive one alone.
            var combined: [String: Int] = [:]
            for option in options where !option.exclusive {
                for (id, points) in option.points { combined[id, default: 0] += points }
            }
            for (id, points) in combined { raise(id, to: Self.combine(points, choices)) }
            for option in options where option.exclusive { option.points.forEach(raise) }
        case .scale(let scale):
            for (id, points) in scale.points { raise(id, to: points.max() ?? 0) }
        case .number(let spec):
            for band in spec.bands { band.points.forEach(raise) }
        case .text:
            break
        }
        let fed = maxima.compactMap { id, maximum in signalPosition(id).map { (id: id, signal: $0, maximum: maximum) } }
            .sorted { $0.signal < $1.signal }
        self.maxima = fed.map { (signal: $0.signal, maximum: $0.maximum) }
        optionPoints = question.options.map { option in fed.map { option.points[$0.id] ?? 0 } }
        if case .scale(let scale) = question.kind {
            scalePoints = fed.map { scale.points[$0.id] }
        } else {
            scalePoints = []
        }
    }

    /// The points a known response gives the signal at `feed` in `maxima` (whose id is `signalID`), as
    /// `points(of:kind:for:choices:)` gives them; `option` is the position of a single choice's option among
    /// the question's options, found once for every signal the question feeds.
    func points(
        of response: Response, kind: AnswerKind, feed: Int, option: Int?, signalID: String, choices: ScoringSemantics.Choices
    ) -> Int {
        switch (response, kind) {
        case (.choice, .single):
            return option.map { optionPoints[$0][feed] } ?? 0
        case (.choices(let ids), .multiple(let options)):
            var strongest: Int? = nil
            var sum = 0
            for index in options.indices where ids.contains(options[index].id) {
                let points = optionPoints[index][feed]
                strongest = max(strongest ?? points, points)
                sum += points
            }
            return choices == .strongest ? strongest ?? 0 : Self.combine(sum, choices)
        case (.scale(let value), .scale):
            guard let points = scalePoints[feed], Scale.values.contains(value) else { return 0 }
            return points[value - 1]
        default:
            return Self.points(of: response, kind: kind, for: signalID, choices: choices)
        }
    }

    /// The points a known response gives one signal.
    static func points(of response: Response, in question: Question, for signalID: String, choices: ScoringSemantics.Choices = .sum) -> Int
    {
        points(of: response, kind: question.kind, for: signalID, choices: choices)
    }

    /// The points a known response gives one signal, from the question's kind alone (no copy of the question).
    static func points(of response: Response, kind: AnswerKind, for signalID: String, choices: ScoringSemantics.Choices) -> Int {
        switch (response, kind) {
        // Options are read by position, compared in place rather than copied to be tested.
        case (.choice(let id), .single(let options)):
            guard let index = options.indices.first(where: { options[$0].id == id }) else { return 0 }
            return options[index].points[signalID] ?? 0
        case (.choices(let ids), .multiple(let options)):
            var strongest: Int? = nil
            var sum = 0
            for index in options.indices where ids.contains(options[index].id) {
                let points = options[index].points[signalID] ?? 0
                strongest = max(strongest ?? points, points)
                sum += points
            }
            return choices == .strongest ? strongest ?? 0 : combine(sum, choices)
        case (.scale(let value), .scale(let scale)):
            guard let points = scale.points[signalID], Scale.values.contains(value) else { return 0 }
            return points[value - 1]
        case (.number(let value), .number(let spec)):
            return spec.band(for: value)?.points[signalID] ?? 0
        default:
            return 0
        }
    }

    /// Selections' summed points as the choice rule counts them: `capped-sum` stops at the most one
    /// response may give a signal.
    private static func combine(_ sum: Int, _ choices: ScoringSemantics.Choices) -> Int {
        choices == .cappedSum ? min(sum, Signal.maximumPoints) : sum
    }
}
