/// u of a comparison whose exact level comes from value counts and whose other levels come from
/// random pairs of *different* values.
///
/// Why: grading a million random record pairs spends most of its time on pairs that say nothing new —
/// one side missing, or the same value on both sides, whose share the value counts already give
/// exactly. Only the split of the non-exact remainder among the fuzzy levels needs graded pairs,
/// and those can be drawn straight from the unequal ones, each graded pair then counting.
extension UEstimator {
    /// The share of pairs of distinct records with a value that agree exactly:
    /// Σ_v c_v (c_v − 1) / (t (t − 1)) for value counts c_v summing to t; 0 when t < 2.
    ///
    /// Unlike ``fromFrequencies(counts:total:)`` (Σ p_v², drawn with replacement) it leaves out a
    /// record paired with itself, as random pairs do: for a column of nearly unique values such as
    /// e-mails that term, 1/t, would dominate the estimate in a small register.
    @inlinable  // specialised where called: generic over the sequence, it cost 300 ns a value
    public static func exactAgreementShare(counts: some Sequence<Int>, total: Int) -> Double {
        guard total >= 2 else { return 0 }
        var agreeing = 0.0
        for count in counts where count > 1 { agreeing += Double(count) * Double(count - 1) }
        return agreeing / (Double(total) * Double(total - 1))
    }

    /// u per level as grading `pairs` random non-null record pairs would estimate it on average,
    /// Laplace smoothing included: (expected count + 1) / (`pairs` + L) for L non-null levels, the
    /// exact level (level 0) expecting `pairs` · `exactShare` agreements and the other levels
    /// sharing the rest as the graded pairs of unequal values fell into them; 1 for the null level.
    ///
    /// Why the average rather than a fresh sample: the exact share is known from the value counts
    /// without sampling noise, and the fuzzy levels' split is measured on unequal pairs only, so
    /// no graded pair is spent on a missing value or an exact agreement. Keeping the smoothing of a
    /// sample of that size keeps u where the random-pair estimate put it (a level never seen gets
    /// about 1/`pairs`, not 0). With a single non-exact level (`exact`: exact, else) nothing needs
    /// grading; when nothing was graded, the non-exact levels share the rest equally.
    ///
    /// - Parameters:
    ///   - spec: The comparison; its level 0 is the exact level.
    ///   - exactShare: ``exactAgreementShare(counts:total:)`` of the column.
    ///   - pairs: The number of non-null record pairs the estimate stands for (0: no evidence,
    ///     equal shares).
    ///   - remainderCounts: Per level, how many graded pairs of unequal values fell into it (entries
    ///     of the exact and the null level are ignored); empty when none were graded.
    public static func fromExactAndRemainder(
        spec: ComparisonSpec, exactShare: Double, pairs: Double, remainderCounts: [Int]
    ) -> [Double] {
        precondition(remainderCounts.isEmpty || remainderCounts.count == spec.levelCount, "one count per level")
        precondition(pairs >= 0 && (0...1).contains(exactShare), "a share and a pair count")
        var u = Array(repeating: 1.0, count: spec.levelCount)
        let nonNull = spec.nonNullLevels
        let others = nonNull.filter { $0 != 0 }
        let graded = others.reduce(0) { $0 + (remainderCounts.isEmpty ? 0 : remainderCounts[Int($1)]) }
        let denominator = pairs + Double(nonNull.count)
        u[0] = (pairs * exactShare + 1) / denominator
        let rest = pairs * (1 - exactShare)
        for level in others {
            let share = graded == 0 ? 1 / Double(others.count) : Double(remainderCounts[Int(level)]) / Double(graded)
            u[Int(level)] = (rest * share + 1) / denominator
        }
        return u
    }

    /// The number of non-null pairs among `sampleCount` random pairs of `records` records of which
    /// `withValue` have a value, on average; all of them when the sample covers every pair.
    public static func expectedNonNullPairs(records: Int, withValue: Int, sampleCount: Int) -> Double {
        guard records >= 2, withValue >= 2 else { return 0 }
        let all = Double(records) * Double(records - 1) / 2
        let nonNull = Double(withValue) * Double(withValue - 1) / 2
        return min(Double(sampleCount), all) * nonNull / all
    }

    /// `sampleCount` random pairs of unequal values, drawn as two records with a value would be:
    /// positions i ≠ j uniform in `values` (one value id per record that has one), kept when their
    /// ids differ. Deterministic for a seed (``SplitMix64``). For v ≠ w this draws (v, w) with
    /// probability ∝ p_v · p_w, the distribution of random non-matching record pairs that disagree.
    ///
    /// Gives fewer pairs, possibly none, when unequal ones are rare: it stops after 20 draws per pair
    /// asked for (a column where one value holds more than about 97 % of the records).
    public static func randomUnequalValuePairs(
        values: [UInt32], sampleCount: Int, seed: UInt64 = defaultSeed
    ) -> (left: [UInt32], right: [UInt32]) {
        precondition(sampleCount >= 0, "negative size")
        var left: [UInt32] = [], right: [UInt32] = []
        guard values.count >= 2, sampleCount > 0 else { return (left, right) }
        left.reserveCapacity(sampleCount)
        right.reserveCapacity(sampleCount)
        var generator = SplitMix64(seed: seed)
        let n = UInt64(values.count)
        var draws = 0
        values.withUnsafeBufferPointer { values in
            while left.count < sampleCount, draws < 20 * sampleCount {
                draws += 1
                let i = Int(generator.next(below: n))
                var j = Int(generator.next(below: n - 1))
                if j >= i { j += 1 }
                let a = values[i], b = values[j]
                guard a != b else { continue }
                left.append(a)
                right.append(b)
            }
        }
        return (left, right)
    }
}
