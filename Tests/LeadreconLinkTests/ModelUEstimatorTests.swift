import LeadreconLink
import Testing

@Suite struct ModelUEstimatorTests {
    private let exactSpec = try! ComparisonSpec(name: "v", levels: ["exact", "else"], exactLevels: [0])

    @Test(arguments: [
        // (counts, total, Σ p²)
        ([3, 2, 1], 6, 14.0 / 36.0),  // john ×3, matt ×2, robin ×1
        ([1, 1, 1, 1], 4, 0.25),  // uniform over k values: 1/k
        ([10], 10, 1.0),  // one value: everybody agrees
        ([5, 5], 20, 0.125),  // half the records without a counted value
        ([], 0, 1.0),  // no values at all
    ])
    func fromFrequencies(counts: [Int], total: Int, expected: Double) {
        #expect(abs(UEstimator.fromFrequencies(counts: counts, total: total) - expected) < 1e-15)
    }

    @Test func exhaustiveWhenTheSampleCoversEveryPair() {
        // Values a a b c c: of the 10 pairs, (0,1) and (3,4) agree. Laplace: (2+1)/(10+2), (8+1)/(10+2).
        let values = ["a", "a", "b", "c", "c"]
        var seen: [[Int]] = []
        let estimate = UEstimator.fromRandomPairs(specs: [exactSpec], recordCount: values.count) { i, j, levels in
            seen.append([i, j])
            levels[0] = values[i] == values[j] ? 0 : 1
        }
        #expect(estimate.isExhaustive)
        #expect(estimate.pairCount == 10)
        #expect(Set(seen).count == 10 && seen.allSatisfy { $0[0] < $0[1] })
        #expect(estimate.u == [[0.25, 0.75]])
    }

    @Test func nullLevelIsLeftOutAndNoUIsZero() throws {
        let spec = try ComparisonSpec(name: "v", levels: ["exact", "fuzzy", "else", "null"], nullLevel: 3, exactLevels: [0])
        // Records 0 and 1 have no value; "fuzzy" never happens.
        let values: [Int?] = [nil, nil, 1, 2, 2, 3]
        let estimate = UEstimator.fromRandomPairs(specs: [spec], recordCount: values.count) { i, j, levels in
            guard let a = values[i], let b = values[j] else { levels[0] = 3; return }
            levels[0] = a == b ? 0 : 2
        }
        // 6 non-null pairs among records 2…5, one of them (3,4) agreeing; 3 non-null levels.
        #expect(estimate.u == [[2.0 / 9.0, 1.0 / 9.0, 6.0 / 9.0, 1]])
        #expect(estimate.u[0].allSatisfy { $0 > 0 })
    }

    @Test func sampledEstimateIsCloseAndDeterministic() {
        // 1,000 records, value = index mod 10: P(agree) over distinct pairs = 10·C(100,2)/C(1000,2) = 0.099099…
        let grade: (Int, Int, UnsafeMutableBufferPointer<UInt8>) -> Void = { i, j, levels in
            levels[0] = i % 10 == j % 10 ? 0 : 1
        }
        let first = UEstimator.fromRandomPairs(specs: [exactSpec], recordCount: 1_000, sampleCount: 200_000, gamma: grade)
        let second = UEstimator.fromRandomPairs(specs: [exactSpec], recordCount: 1_000, sampleCount: 200_000, gamma: grade)
        let other = UEstimator.fromRandomPairs(
            specs: [exactSpec], recordCount: 1_000, sampleCount: 200_000, seed: 7, gamma: grade)
        #expect(!first.isExhaustive && first.pairCount == 200_000)
        #expect(abs(first.u[0][0] - 0.099099) < 0.003)
        #expect(first == second)
        #expect(first.u != other.u)
    }

    @Test func fewerThanTwoRecordsGiveUniformU() {
        let estimate = UEstimator.fromRandomPairs(specs: [exactSpec], recordCount: 1) { _, _, _ in Issue.record("no pair") }
        #expect(estimate.pairCount == 0 && estimate.u == [[0.5, 0.5]])
    }

    @Test func splitMix64IsFixedBySeed() {
        // Reference values of SplitMix64 seeded with 1234567 (from the published C implementation).
        var generator = SplitMix64(seed: 1_234_567)
        #expect(generator.next() == 6_457_827_717_110_365_317)
        #expect(generator.next() == 3_203_168_211_198_807_973)
        var bounded = SplitMix64(seed: 42)
        for _ in 0..<10_000 {
            let value = bounded.next(below: 7)
            #expect(value < 7)
            let unit = bounded.nextUnitInterval()
            #expect(unit >= 0 && unit < 1)
        }
    }
}
