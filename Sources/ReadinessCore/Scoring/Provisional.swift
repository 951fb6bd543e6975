/// Why a result rests on too little to state its rating straight.
///
/// A result is provisional when less than a quarter of what the signals weigh rests on answers, or when
/// the unknowns leave more than 60 of the need's 100 points open (the range then reaches across most of
/// the ratings). A prerequisite that settles the rating with nothing open is never provisional: no answer
/// still to come could change it. Readers show a provisional result as a range ("likely between X and Y")
/// and the questions that would settle it, never as a rating on its own.
///
/// The two limits were set against a library of realistic organizations judged by a consultant from
/// their facts alone: first calls where almost nothing is known are provisional (2 to 4% evidenced,
/// ranges of 90 points and more), while assessments answered as far as the facts go are not (at least
/// 31% evidenced; need ranges of at most 50 points where the need decides the rating).
public struct Provisional: Sendable, Equatable {
    /// One reason the result is provisional.
    enum Cause: Sendable, Equatable {
        /// Only this share (percent) of the signals' weight rests on answers; `needed` is the least that counts.
        case littleEvidence(percent: Int, needed: Int)
        /// The unknowns leave the need anywhere in this range.
        case wideRange(low: Int, high: Int)

        /// The cause in words.
        var sentence: String {
            switch self {
            case .littleEvidence(let percent, let needed):
                "Only \(percent)% of what the signals weigh rests on answers; at least \(needed)% is needed to state a rating."
            case .wideRange(let low, let high):
                "The unknowns leave the need anywhere from \(low) to \(high)."
            }
        }
    }

    /// The least share of the signals' weight, in percent, that must rest on answers.
    static let neededEvidencePercent = 25
    /// The widest need range (high minus low) that still allows a rating to be stated.
    static let widestStatedRange = 60

    /// Every cause that holds, evidence first.
    let causes: [Cause]

    /// The causes in words.
    public var reasons: [String] { causes.map(\.sentence) }

    /// Judges a result; nil when it is not provisional.
    init?(low: Int, high: Int, signals: [SignalResult], decision: RatingDecision, confidence: Confidence) {
        // A prerequisite, not the need, decides such a rating: the need's range says nothing about it.
        let decidedByPrerequisite = if case .prerequisite = decision { true } else { false }
        if decidedByPrerequisite, confidence == .high { return nil }
        var causes: [Cause] = []
        if let percent = Self.evidencedPercent(of: signals), percent < Self.neededEvidencePercent {
            causes.append(.littleEvidence(percent: percent, needed: Self.neededEvidencePercent))
        }
        if !decidedByPrerequisite, high - low > Self.widestStatedRange {
            causes.append(.wideRange(low: low, high: high))
        }
        guard !causes.isEmpty else { return nil }
        self.causes = causes
    }

    /// The share of the signals' weight that rests on answers: each signal counts with its weight times the
    /// part of its points that known answers decide. Nil when no shown question feeds any signal.
    static func evidencedPercent(of signals: [SignalResult]) -> Int? {
        var evidenced = 0.0
        var total = 0
        for signal in signals where signal.maximum + signal.unknownMaximum > 0 {
            evidenced += Double(signal.weight) * Double(signal.maximum) / Double(signal.maximum + signal.unknownMaximum)
            total += signal.weight
        }
        guard total > 0 else { return nil }
        return Int((100 * evidenced / Double(total)).rounded(.down))
    }
}
