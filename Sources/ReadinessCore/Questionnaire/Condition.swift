/// A condition on answers, signals, the need or the rating, as written in `showIf`, `when` and rules.
public indirect enum Condition: Sendable, Equatable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case answer(question: String, test: AnswerTest)
    case signal(id: String, test: SignalTest)
    case need(atLeast: Int?, atMost: Int?)
    case rating([Rating])
    /// A named condition from the questionnaire's `conditions`, kept with its name so reasons and
    /// warnings can say which one.
    case named(String, Condition)
    /// The signal is among the strongest, as the split policy's `strongest` defines them.
    case strongest(signal: String)
    /// A signal the area being decided addresses passes the test (only in split rows).
    case addresses(SignalTest?)
    /// An area's row in the split has this owner or phase (only in next steps: the split is decided first).
    case split(area: String, test: SplitTest)

    /// The question ids this condition reads.
    public var questionIDs: [String] {
        switch self {
        case .all(let items), .any(let items): items.flatMap(\.questionIDs)
        case .not(let inner): inner.questionIDs
        case .answer(let question, _): [question]
        case .named(_, let inner): inner.questionIDs
        case .signal, .need, .rating, .strongest, .addresses, .split: []
        }
    }

    /// How many combinations and tests the condition holds: the work of evaluating it.
    var termCount: Int {
        switch self {
        case .all(let items), .any(let items): 1 + items.reduce(0) { $0 + $1.termCount }
        case .not(let inner): 1 + inner.termCount
        case .named(_, let inner): inner.termCount
        case .answer, .signal, .need, .rating, .strongest, .addresses, .split: 1
        }
    }

    /// Whether the condition depends on scores (signals, need or rating) rather than only on answers.
    var readsScores: Bool {
        switch self {
        case .all(let items), .any(let items): items.contains(where: \.readsScores)
        case .not(let inner), .named(_, let inner): inner.readsScores
        case .answer: false
        case .signal, .need, .rating, .strongest, .addresses, .split: true
        }
    }

    /// Whether any part of the condition passes this test; named conditions are looked into.
    public func contains(where test: (Condition) -> Bool) -> Bool {
        if test(self) { return true }
        switch self {
        case .all(let items), .any(let items): return items.contains { $0.contains(where: test) }
        case .not(let inner), .named(_, let inner): return inner.contains(where: test)
        default: return false
        }
    }
}

/// A test on an area's row in the split.
public enum SplitTest: Sendable, Equatable {
    /// The area's owner is one of these.
    case owner([Owner])
    /// The area starts in one of these phases.
    case phase([Phase])
}

/// A test on one question's answer.
public enum AnswerTest: Sendable, Equatable {
    /// A single choice is one of these options.
    case isOneOf([String])
    /// A multiple choice includes any of these options.
    case includesAny([String])
    /// A number or scale is at least this.
    case atLeast(Int)
    /// A number or scale is at most this.
    case atMost(Int)
    /// The question has a real answer (not unknown, not "not applicable").
    case answered
    /// The question was answered "don't know".
    case unknown
    /// The question was answered "not applicable".
    case notApplicable
}

/// A test on a signal's score.
public enum SignalTest: Sendable, Equatable {
    /// The score is at least this (0 to 100).
    case atLeast(Int)
    /// The level is at least this.
    case levelAtLeast(SignalLevel)
    /// The signal is among the strongest this many (by score, ties in questionnaire order).
    case rankAtMost(Int)
}
