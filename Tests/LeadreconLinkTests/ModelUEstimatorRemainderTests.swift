import LeadreconLink
import Testing

/// u from value counts for the exact level and graded unequal pairs for the rest.
@Suite struct ModelUEstimatorRemainderTests {
    static let fuzzy = try! ComparisonSpec(name: "name", levels: ["exact", "jw >= 0.92", "jw >= 0.8", "else", "null"],
                                           nullLevel: 4, exactLevels: [0])
    static let exact = try! ComparisonSpec(name: "email", levels: ["exact", "else", "null"], nullLevel: 2, exactLevels: [0])

    @Test(arguments: [
        // (spec, exact share, non-null pairs, remainder counts per level, expected u)
        // 96 pairs, a quarter agreeing: (24 + 1) / (96 + 4); the other 72 split 1 : 5 : 94.
        (fuzzy, 0.25, 96.0, [0, 1, 5, 94, 0], [0.25, 1.72 / 100, 4.6 / 100, 68.68 / 100, 1]),
        // Null and exact entries of the counts are ignored (unequal values are never exact).
        (fuzzy, 0.5, 6.0, [5, 0, 0, 2, 9], [0.4, 0.1, 0.1, 0.4, 1]),
        // One non-exact level takes the whole rest, nothing graded.
        (exact, 0.25, 8.0, [], [0.3, 0.7, 1]),
        // Every record the same value: only the smoothing is left for "else".
        (exact, 1.0, 8.0, [], [0.9, 0.1, 1]),
        // Nothing graded: the non-exact levels share the rest equally.
        (fuzzy, 0.5, 4.0, [], [3.0 / 8, 5.0 / 24, 5.0 / 24, 5.0 / 24, 1]),
        // No pairs at all: no evidence, equal shares.
        (fuzzy, 0.0, 0.0, [], [0.25, 0.25, 0.25, 0.25, 1]),
    ] as [(ComparisonSpec, Double, Double, [Int], [Double])])
    func fromExactAndRemainder(spec: ComparisonSpec, share: Double, pairs: Double, counts: [Int], expected: [Double]) {
        let u = UEstimator.fromExactAndRemainder(spec: spec, exactShare: share, pairs: pairs, remainderCounts: counts)
        #expect(u.count == expected.count)
        for (got, want) in zip(u, expected) { #expect(abs(got - want) < 1e-12, "\(u) vs \(expected)") }
    }

    @Test(arguments: [
        // (counts, total, Σ c (c − 1) / (t (t − 1)))
        ([3, 2, 1], 6, 8.0 / 30),  // anna ×3, bernd ×2, carla: 4 of 15 pairs agree
        ([1, 1, 1, 1], 4, 0.0),  // all different: no pair agrees (Σ p² would say 1/4)
        ([10], 10, 1.0),
        ([5, 5], 10, 40.0 / 90),
        ([1], 1, 0.0),  // no pair
        ([], 0, 0.0),
    ] as [([Int], Int, Double)])
    func exactAgreementShare(counts: [Int], total: Int, expected: Double) {
        #expect(abs(UEstimator.exactAgreementShare(counts: counts, total: total) - expected) < 1e-15)
    }

    @Test(arguments: [
        // (records, with a value, sample, expected non-null pairs)
        (10, 10, 1_000, 45.0),  // the sample covers all 45 pairs
        (10, 5, 1_000, 10.0),
        (1_000, 500, 1_000, 1_000 * 124_750.0 / 499_500),
        (1, 1, 10, 0.0),
    ] as [(Int, Int, Int, Double)])
    func expectedNonNullPairs(records: Int, withValue: Int, sample: Int, expected: Double) {
        let pairs = UEstimator.expectedNonNullPairs(records: records, withValue: withValue, sampleCount: sample)
        #expect(abs(pairs - expected) < 1e-9)
    }

    /// Law: the non-null levels' u add up to 1 and none is 0, whatever fell where.
    @Test(arguments: [0.0, 0.001, 0.3, 1.0])
    func nonNullLevelsSumToOne(share: Double) {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let counts = (0..<5).map { _ in Int(generator.next(below: 1_000)) }
            let pairs = Double(generator.next(below: 1_000_000))
            let u = UEstimator.fromExactAndRemainder(spec: Self.fuzzy, exactShare: share, pairs: pairs, remainderCounts: counts)
            #expect(abs(u[0..<4].reduce(0, +) - 1) < 1e-12)
            #expect(u.allSatisfy { $0 > 0 } && u[4] == 1)
        }
    }

    @Test func unequalValuePairsAreUnequalDeterministicAndWeightedByCounts() {
        // Value 0 on 60 records, 1 on 30, 2 on 10: P(v, w | v ≠ w) ∝ p_v p_w.
        let values = (0..<100).map { UInt32($0 < 60 ? 0 : $0 < 90 ? 1 : 2) }
        let first = UEstimator.randomUnequalValuePairs(values: values, sampleCount: 50_000)
        let again = UEstimator.randomUnequalValuePairs(values: values, sampleCount: 50_000)
        let other = UEstimator.randomUnequalValuePairs(values: values, sampleCount: 50_000, seed: 7)
        #expect(first.left == again.left && first.right == again.right)
        #expect(first.left != other.left)
        #expect(first.left.count == 50_000 && zip(first.left, first.right).allSatisfy { $0 != $1 })
        // Unordered {0,1}: 0.6·0.3 / (0.6·0.3 + 0.6·0.1 + 0.3·0.1) = 0.18 / 0.27.
        let zeroOne = zip(first.left, first.right).filter { Set([$0, $1]) == [0, 1] }.count
        #expect(abs(Double(zeroOne) / 50_000 - 0.18 / 0.27) < 0.01)
    }

    @Test(arguments: [
        ([UInt32](), 10),  // no values
        ([7], 10),  // one record
        ([3, 3, 3, 3], 10),  // one value: no unequal pair exists, the draws stop
        ([1, 2], 0),  // none asked for
    ])
    func noUnequalPairs(values: [UInt32], sampleCount: Int) {
        let pairs = UEstimator.randomUnequalValuePairs(values: values, sampleCount: sampleCount)
        #expect(pairs.left.isEmpty && pairs.right.isEmpty)
    }
}
