/// Estimates u probabilities: how often non-matching pairs fall into each comparison level.
///
/// Two ways, as in Splink:
/// - ``fromFrequencies(counts:total:)`` for an exact level: two random records agree exactly with
///   probability Σ_v p_v², computed from the value counts of the column alone.
/// - ``fromRandomPairs(specs:recordCount:sampleCount:seed:gamma:)`` for every level: grade random pairs
///   (almost all of them non-matches) with the real comparators and count the levels.
public enum UEstimator {
    /// Default number of random pairs: one million, enough to see a level of u ≈ 1e-4 about a hundred
    /// times; capped by the number of distinct pairs N(N−1)/2, in which case every pair is graded once.
    public static let defaultSampleCount = 1_000_000

    /// Default seed of the random-pair sample (any fixed value would do; this one is "leadrecon").
    public static let defaultSeed: UInt64 = 0x6C65_6164_7265_636F

    /// The result of grading random pairs.
    public struct RandomPairEstimate: Sendable, Equatable {
        /// u per comparison per level (null level entries are 1), Laplace smoothed so none is 0.
        public let u: [[Double]]
        /// How many pairs were graded.
        public let pairCount: Int
        /// Whether every distinct pair was graded (the sample size reached N(N−1)/2).
        public let isExhaustive: Bool
    }

    /// The u of an exact level from a column's value counts: Σ_v (count_v / total)², the probability
    /// that two records drawn at random (with replacement) carry the same value.
    ///
    /// - Parameters:
    ///   - counts: The number of records holding each distinct non-null value.
    ///   - total: The number of records with a non-null value (normally the sum of `counts`).
    /// - Returns: u in (0, 1], or 1 when `total` is 0 (no evidence; the comparison will be null anyway).
    public static func fromFrequencies(counts: some Sequence<Int>, total: Int) -> Double {
        precondition(total >= 0, "negative total")
        guard total > 0 else { return 1 }
        let n = Double(total)
        var sum = 0.0
        for count in counts {
            precondition(count >= 0, "negative count")
            let p = Double(count) / n
            sum += p * p
        }
        return sum
    }

    /// u per level from random pairs of records, graded by the caller's comparators.
    ///
    /// Pairs (i, j) with i < j are drawn uniformly from `0..<recordCount` with a ``SplitMix64`` seeded
    /// by `seed`, so the same inputs give the same pairs on every run. When `sampleCount` reaches the
    /// number of distinct pairs, every pair is graded once instead. Counts over non-null levels are
    /// Laplace smoothed: u_l = (count_l + 1) / (nonNull + L) with L the comparison's non-null levels,
    /// so a level never seen among random pairs still gets a small, non-zero u.
    ///
    /// Random pairs include the occasional true match (a duplicate within a source); at the sizes this
    /// is meant for, their share is negligible, as Splink also assumes.
    ///
    /// - Parameters:
    ///   - specs: The comparisons, in gamma-vector order.
    ///   - recordCount: N, the number of records pairs are drawn from.
    ///   - sampleCount: K, the number of pairs to grade.
    ///   - seed: The sampling seed.
    ///   - gamma: Grades records i and j, writing one level per comparison into the buffer.
    public static func fromRandomPairs(
        specs: [ComparisonSpec],
        recordCount: Int,
        sampleCount: Int = defaultSampleCount,
        seed: UInt64 = defaultSeed,
        gamma: (_ i: Int, _ j: Int, _ levels: UnsafeMutableBufferPointer<UInt8>) throws -> Void
    ) rethrows -> RandomPairEstimate {
        let sample = randomPairs(recordCount: recordCount, sampleCount: sampleCount, seed: seed)
        var gammas = [UInt8](repeating: 0, count: sample.left.count * specs.count)
        try gammas.withUnsafeMutableBufferPointer { all in
            for position in sample.left.indices {
                let levels = UnsafeMutableBufferPointer(rebasing: all[(position * specs.count)..<((position + 1) * specs.count)])
                try gamma(Int(sample.left[position]), Int(sample.right[position]), levels)
            }
        }
        return fromGradedPairs(specs: specs, gammas: gammas, isExhaustive: sample.isExhaustive)
    }

    /// The pairs ``fromRandomPairs(specs:recordCount:sampleCount:seed:gamma:)`` grades, for callers
    /// that grade them in bulk: `sampleCount` pairs (i, j), i < j, drawn uniformly with a
    /// ``SplitMix64`` seeded by `seed` (i uniform, j uniform among the others), or every distinct
    /// pair once when there are no more than `sampleCount`.
    public static func randomPairs(
        recordCount: Int, sampleCount: Int = defaultSampleCount, seed: UInt64 = defaultSeed
    ) -> (left: [UInt32], right: [UInt32], isExhaustive: Bool) {
        precondition(recordCount >= 0 && sampleCount >= 0, "negative size")
        precondition(recordCount <= Int(UInt32.max), "more records than 32-bit indices")
        let (product, overflow) = recordCount.multipliedReportingOverflow(by: max(recordCount - 1, 0))
        let distinctPairs = overflow ? Int.max : product / 2
        let exhaustive = distinctPairs <= sampleCount
        var left: [UInt32] = [], right: [UInt32] = []
        left.reserveCapacity(min(distinctPairs, sampleCount))
        right.reserveCapacity(min(distinctPairs, sampleCount))
        if exhaustive {
            for i in 0..<recordCount {
                for j in (i + 1)..<recordCount {
                    left.append(UInt32(i))
                    right.append(UInt32(j))
                }
            }
        } else {
            var generator = SplitMix64(seed: seed)
            let n = UInt64(recordCount)
            for _ in 0..<sampleCount {
                let i = Int(generator.next(below: n))
                var j = Int(generator.next(below: n - 1))
                if j >= i { j += 1 }
                left.append(UInt32(min(i, j)))
                right.append(UInt32(max(i, j)))
            }
        }
        return (left, right, exhaustive)
    }

    /// u per level from the levels of graded random pairs (one per comparison, pair after pair),
    /// Laplace smoothed as ``fromRandomPairs(specs:recordCount:sampleCount:seed:gamma:)`` describes.
    public static func fromGradedPairs(specs: [ComparisonSpec], gammas: [UInt8], isExhaustive: Bool) -> RandomPairEstimate {
        let width = specs.count
        var counts = specs.map { Array(repeating: 0, count: $0.levelCount) }
        let pairCount = width == 0 ? 0 : gammas.count / width
        for position in 0..<pairCount {
            for comparison in 0..<width {
                let level = Int(gammas[position * width + comparison])
                precondition(level < specs[comparison].levelCount, "level \(level) out of range")
                counts[comparison][level] += 1
            }
        }
        let u = specs.indices.map { comparison in
            smoothed(counts[comparison], spec: specs[comparison])
        }
        return RandomPairEstimate(u: u, pairCount: pairCount, isExhaustive: isExhaustive)
    }

    /// Laplace-smoothed level shares over the non-null levels; 1 for the null level.
    static func smoothed(_ counts: [Int], spec: ComparisonSpec) -> [Double] {
        let nonNull = spec.nonNullLevels
        let observed = nonNull.reduce(0) { $0 + counts[Int($1)] }
        let denominator = Double(observed + nonNull.count)
        var u = Array(repeating: 1.0, count: spec.levelCount)
        for level in nonNull { u[Int(level)] = Double(counts[Int(level)] + 1) / denominator }
        return u
    }
}
