#if canImport(Glibc)
    import Glibc
#endif

/// Seconds on the monotonic clock.
func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// A sink the optimizer cannot see through, so measured work is not thrown away.
nonisolated(unsafe) var sink = 0

/// Per-iteration times of one measured operation, in seconds.
struct Timing {
    let median: Double
    let minimum: Double
    let maximum: Double
    let iterations: Int
    let samples: Int

    /// Runs `body` in batches long enough to time (at least `batch` seconds each) and keeps the
    /// median batch, per iteration. The first call is a warm-up and is not counted.
    static func measure(batch: Double = 0.05, samples: Int = 9, _ body: () -> Void) -> Timing {
        let start = now()
        body()
        let once = max(now() - start, 1e-7)
        let iterations = max(1, Int(batch / once))
        // One very slow operation: fewer samples, so the suite stays within minutes.
        let count = once > 2 ? 3 : samples
        var perIteration: [Double] = []
        for _ in 0..<count {
            let begin = now()
            for _ in 0..<iterations { body() }
            perIteration.append((now() - begin) / Double(iterations))
        }
        perIteration.sort()
        return Timing(
            median: perIteration[perIteration.count / 2], minimum: perIteration.first!, maximum: perIteration.last!,
            iterations: iterations, samples: count)
    }

    var json: String {
        "{\"median\": \(median), \"min\": \(minimum), \"max\": \(maximum), \"iterations\": \(iterations), \"samples\": \(samples)}"
    }
}
