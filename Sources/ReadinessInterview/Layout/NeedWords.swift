import ReadinessCore

/// The need, its range and the confidence in words, the same on every screen of the interview.
enum NeedWords {
    /// "range 43-71", or "no range" when nothing unknown could move the need.
    static func range(_ fit: Fit) -> String {
        fit.low == fit.high ? "no range" : "range \(fit.low)-\(fit.high)"
    }

    /// "Need between 2 and 99": how a provisional need is told, without a single number to read as a verdict.
    static func between(_ fit: Fit) -> String {
        fit.low == fit.high ? "Need \(fit.need)" : "Need between \(fit.low) and \(fit.high)"
    }

    /// "low confidence": a word, never the bare id.
    static func confidence(_ confidence: Confidence) -> String {
        "\(confidence.rawValue) confidence"
    }
}
