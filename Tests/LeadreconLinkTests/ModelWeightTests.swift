import Foundation
import LeadreconLink
import Testing

@Suite struct ModelWeightTests {
    /// A two-level comparison with the given m and u for "agree" and the complements for "disagree".
    private func model(prior: Double, m: Double, u: Double) throws -> LinkModel {
        let spec = try ComparisonSpec(name: "x", levels: ["agree", "disagree", "null"], nullLevel: 2, exactLevels: [0])
        let parameters = try ComparisonParameters(spec: spec, m: [m, 1 - m, 1], u: [u, 1 - u, 1])
        return try LinkModel(priorMatchProbability: prior, comparisons: [parameters])
    }

    /// email (null level last), name (no null level), city (null level last), λ = 0.1.
    private func threeComparisons() throws -> LinkModel {
        let specs = [
            try ComparisonSpec(name: "email", levels: ["exact", "local part", "else", "null"], nullLevel: 3, exactLevels: [0]),
            try ComparisonSpec(name: "name", levels: ["exact", "jw>=0.92", "jw>=0.80", "else"], exactLevels: [0]),
            try ComparisonSpec(name: "city", levels: ["exact", "else", "null"], nullLevel: 2, exactLevels: [0]),
        ]
        let m: [[Double]] = [[0.85, 0.10, 0.05, 1], [0.70, 0.15, 0.10, 0.05], [0.80, 0.20, 1]]
        let u: [[Double]] = [[0.002, 0.008, 0.99, 1], [0.01, 0.03, 0.10, 0.86], [0.10, 0.90, 1]]
        var comparisons: [ComparisonParameters] = []
        for index in specs.indices {
            comparisons.append(try ComparisonParameters(spec: specs[index], m: m[index], u: u[index]))
        }
        return try LinkModel(priorMatchProbability: 0.1, comparisons: comparisons)
    }

    @Test(arguments: [
        // (m, u, log2(m/u) computed by hand)
        (0.9, 0.1, 3.169925001442312),  // log2 9
        (0.5, 0.5, 0.0),
        (0.95, 0.0001, 13.213711798105674),  // log2 9500
        (0.8, 0.2, 2.0),
        (0.25, 0.5, -1.0),
    ])
    func levelWeightIsLog2OfMOverU(m: Double, u: Double, expected: Double) throws {
        let model = try model(prior: 0.5, m: m, u: u)
        #expect(abs(model.levelWeight(comparison: 0, level: 0) - expected) < 1e-12)
        #expect(abs(model.matchWeight([0]) - expected) < 1e-12)
    }

    @Test(arguments: [
        // (λ, log2(λ/(1−λ)))
        (0.5, 0.0),
        (0.1, -3.169925001442312),
        (0.2, -2.0),
        (0.8, 2.0),
    ])
    func priorWeight(prior: Double, expected: Double) throws {
        let model = try model(prior: prior, m: 0.9, u: 0.1)
        #expect(abs(model.priorWeight - expected) < 1e-12)
        #expect(abs(model.matchWeight([2]) - expected) < 1e-12)
    }

    @Test func weightsAddUp() throws {
        // λ = 0.2 (−2), agree at m = 0.9, u = 0.1 (+log2 9): −2 + 3.1699… = 1.1699…
        let model = try model(prior: 0.2, m: 0.9, u: 0.1)
        #expect(abs(model.matchWeight([0]) - 1.169925001442312) < 1e-12)
        // disagree: m = 0.1, u = 0.9: −2 − 3.1699…
        #expect(abs(model.matchWeight([1]) - -5.169925001442312) < 1e-12)
    }

    @Test func nullLevelContributesZero() throws {
        let model = try model(prior: 0.1, m: 0.9, u: 0.1)
        #expect(model.levelWeight(comparison: 0, level: 2) == 0)
        #expect(model.matchWeight([2]) == model.priorWeight)
        let explanation = model.explain([2])
        #expect(explanation.contributions[0].weight == 0)
        #expect(explanation.contributions[0].m == nil)
        #expect(explanation.decidingComparison == nil)
    }

    @Test(arguments: [
        // (weight, probability)
        (0.0, 0.5),
        (1.0, 2.0 / 3.0),
        (-1.0, 1.0 / 3.0),
        (3.169925001442312, 0.9),
        (2000.0, 1.0),
        (-2000.0, 0.0),
    ])
    func probabilityOfWeight(weight: Double, probability: Double) {
        #expect(abs(LinkModel.probability(weight: weight) - probability) < 1e-12)
    }

    @Test func probabilityIsMonotoneAndInvertsWeight() {
        var previous = -1.0
        for step in -400...400 {
            let weight = Double(step) / 10
            let probability = LinkModel.probability(weight: weight)
            #expect(probability >= previous && probability >= 0 && probability <= 1)
            previous = probability
            if abs(weight) <= 30 {
                #expect(abs(LinkModel.weight(probability: probability) - weight) < 1e-6)
            }
        }
    }

    @Test func termFrequencyReplacesUOnExactLevelsOnly() throws {
        let model = try model(prior: 0.5, m: 0.9, u: 0.1)
        // Agreement on a value held by 1 % of records: log2(0.9 / 0.01).
        #expect(abs(model.matchWeight([0], termFrequencies: [0.01]) - Foundation.log2(90)) < 1e-12)
        // Not an exact level: the frequency is ignored.
        #expect(model.matchWeight([1], termFrequencies: [0.01]) == model.matchWeight([1]))
        // No frequency: the level's u.
        #expect(model.matchWeight([0], termFrequencies: [nil]) == model.matchWeight([0]))
        // Below the floor (1e-5): the floor.
        #expect(abs(model.matchWeight([0], termFrequencies: [1e-9]) - Foundation.log2(0.9 / 1e-5)) < 1e-9)
    }

    @Test(arguments: [
        // (frequency, floor, u)
        (0.2, 1e-5, 0.2),
        (1e-7, 1e-5, 1e-5),
        (1e-3, 1e-2, 1e-2),
        (1.0, 1e-5, 1.0),
    ])
    func termFrequencyU(frequency: Double, floor: Double, u: Double) {
        #expect(TermFrequencyAdjustment.u(frequency: frequency, minimumU: floor) == u)
        #expect(TermFrequencyAdjustment.weight(m: 0.5, frequency: frequency, minimumU: floor) == Foundation.log2(0.5) - Foundation.log2(u))
    }

    @Test func relativeFrequency() {
        #expect(TermFrequencyAdjustment.relativeFrequency(count: 3, total: 12) == 0.25)
    }

    /// For every pattern of the synthetic model: weight = prior + Σ contributions, the contributions are
    /// sorted by |weight|, and the buffer and array entry points agree to the bit.
    @Test func contributionsSumToTheWeightAndAreSorted() throws {
        let model = try threeComparisons()
        var all: [[UInt8]] = [[]]
        for count in model.levelCounts {
            all = all.flatMap { prefix in (0..<UInt8(count)).map { prefix + [$0] } }
        }
        #expect(all.count == 4 * 4 * 3)
        for gamma in all {
            let explanation = model.explain(gamma)
            let byIndex = explanation.contributions.sorted { $0.comparisonIndex < $1.comparisonIndex }
            let sum = byIndex.reduce(model.priorWeight) { $0 + $1.weight }
            #expect(sum == explanation.weight)
            #expect(explanation.weight == model.matchWeight(gamma))
            #expect(gamma.withUnsafeBufferPointer { model.matchWeight($0) } == model.matchWeight(gamma))
            let magnitudes = explanation.contributions.map { abs($0.weight) }
            #expect(magnitudes == magnitudes.sorted(by: >))
        }
    }

    @Test func contributionsCarryLabelsAndTermFrequencyU() throws {
        let model = try threeComparisons()
        let contributions = model.contributions([0, 3, 2], termFrequencies: [0.01, nil, nil])
        #expect(contributions.map(\.comparison) == ["email", "name", "city"])
        #expect(contributions.map(\.levelLabel) == ["exact", "else", "null"])
        #expect(contributions[0].isTermFrequencyAdjusted && contributions[0].u == 0.01)
        #expect(!contributions[1].isTermFrequencyAdjusted && contributions[1].u == 0.86)
    }

    /// Property: the weights and deciding comparison the report writers compute without an
    /// explanation are the explanation's, for every level pattern, with and without term
    /// frequencies, ties and all-null patterns included.
    @Test(arguments: [1, 2, 3])
    func contributionWeightsAreTheExplanations(seed: Int) throws {
        let model = try threeComparisons()
        var random = LinkTestRandom(seed: UInt64(seed))
        let levelCounts = model.levelCounts
        var weights = [Double](repeating: 0, count: levelCounts.count)
        for _ in 0..<500 {
            let gamma = levelCounts.map { UInt8(random.next() % UInt64($0)) }
            let frequencies: [Double?]? = random.next() % 2 == 0 ? nil
                : levelCounts.map { _ in random.next() % 3 == 0 ? nil : Double(random.next() % 1000 + 1) / 1000 }
            let explanation = model.explain(gamma, termFrequencies: frequencies)
            gamma.withUnsafeBufferPointer { gamma in
                weights.withUnsafeMutableBufferPointer { weights in
                    if let frequencies {
                        frequencies.withUnsafeBufferPointer { model.contributionWeights(gamma, termFrequencies: $0, into: weights) }
                    } else {
                        model.contributionWeights(gamma, termFrequencies: nil, into: weights)
                    }
                }
            }
            for contribution in explanation.contributions {
                #expect(weights[contribution.comparisonIndex] == contribution.weight)
            }
            let deciding = weights.withUnsafeBufferPointer(LinkModel.decidingComparison)
            #expect(deciding == explanation.decidingComparison?.comparisonIndex, "levels \(gamma), frequencies \(String(describing: frequencies))")
        }
    }

    @Test(arguments: [
        // (weights, deciding)
        ([0.0, 0.0], nil as Int?),
        ([], nil),
        ([1.5, -1.5], 0),
        ([-1.5, 1.5, 0.2], 0),
        ([0.2, -3.0, 3.0], 1),
        ([0.0, 0.0, 0.1], 2),
    ])
    func decidingComparisonIsTheFirstLargestMagnitude(weights: [Double], deciding: Int?) {
        #expect(weights.withUnsafeBufferPointer(LinkModel.decidingComparison) == deciding)
    }
}
