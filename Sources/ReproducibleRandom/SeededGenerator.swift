/// SplitMix64: a small generator that gives the same numbers for the same seed, so property tests, the
/// kill test and the benchmarks try the same cases on every run and a failure can be replayed. Only the
/// tests and the benchmarks use it; the program never draws a random number.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (0 when the bound is 0 or less).
    public mutating func next(upTo bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }

    /// A number in a closed range.
    public mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + next(upTo: range.count)
    }
}
