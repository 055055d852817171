import LeadreconLink
import Testing

@Suite struct ModelEMTests {
    private static let population = SyntheticPopulation()

    private func train(
        _ patterns: GammaPatternCounts,
        prior: Double = ExpectationMaximisation.defaultStartingPrior,
        options: ExpectationMaximisation.Options = .init()
    ) throws -> ExpectationMaximisation.Outcome {
        let start = try ExpectationMaximisation.startingModel(
            specs: SyntheticPopulation.specs, u: SyntheticPopulation.u, prior: prior)
        return try ExpectationMaximisation.train(start, on: patterns, options: options)
    }

    /// 20,000 pairs from a known model (3 comparisons × 3–4 levels, 10 % matches); EM from the default
    /// starting values, u fixed at the truth, recovers every m within ±0.02 and λ within ±0.01.
    @Test func recoversAKnownModel() throws {
        let outcome = try train(Self.population.patterns())
        #expect(outcome.converged)
        #expect(outcome.iterations < 100)
        #expect(abs(outcome.model.priorMatchProbability - 0.1) <= 0.01)
        let empirical = Self.population.empiricalM()
        for (index, comparison) in outcome.model.comparisons.enumerated() {
            for level in comparison.spec.nonNullLevels.map(Int.init) {
                // The stratified sample holds the model's m to within one pair in 2,000 …
                #expect(abs(empirical[index][level] - SyntheticPopulation.m[index][level]) <= 1.0 / 2_000)
                // … so what is left is EM's own error.
                #expect(abs(comparison.m[level] - SyntheticPopulation.m[index][level]) <= 0.02)
            }
            #expect(comparison.u == SyntheticPopulation.u[index])
        }
    }

    @Test(arguments: [0.001, 0.01, 0.3, 0.5, 0.9])
    func startingPriorDoesNotMatter(prior: Double) throws {
        let reference = try train(Self.population.patterns()).model
        let outcome = try train(Self.population.patterns(), prior: prior)
        #expect(outcome.converged)
        #expect(abs(outcome.model.priorMatchProbability - reference.priorMatchProbability) < 1e-4)
        for (a, b) in zip(outcome.model.comparisons, reference.comparisons) {
            for (x, y) in zip(a.m, b.m) { #expect(abs(x - y) < 1e-4) }
        }
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let first = try train(Self.population.patterns()).model.jsonData()
        let second = try train(Self.population.patterns()).model.jsonData()
        // Pairs arriving in another order aggregate to the same patterns and train to the same bits.
        var generator = SplitMix64(seed: 99)
        var order = Array(Self.population.gammas.indices)
        for index in order.indices.reversed() where index > 0 {
            order.swapAt(index, Int(generator.next(below: UInt64(index + 1))))
        }
        let shuffled = try train(Self.population.patterns(order: order)).model.jsonData()
        #expect(first == second)
        #expect(first == shuffled)
    }

    @Test func trainedModelRoundTripsToTheBit() throws {
        let start = try ExpectationMaximisation.startingModel(specs: SyntheticPopulation.specs, u: SyntheticPopulation.u)
        let trained = try ExpectationMaximisation.train(start, on: Self.population.patterns()).model
        let decoded = try LinkModel(jsonData: trained.jsonData())
        #expect(decoded == trained)
        #expect(decoded.matchWeight([0, 0, 0]) == trained.matchWeight([0, 0, 0]))
    }

    @Test func logLikelihoodNeverDecreases() throws {
        let outcome = try train(Self.population.patterns(), prior: 0.5)
        #expect(outcome.logLikelihoods.count == outcome.iterations)
        for (before, after) in zip(outcome.logLikelihoods, outcome.logLikelihoods.dropFirst()) {
            #expect(after >= before - 1e-9 * abs(before))
        }
    }

    @Test func fixedMIsRespected() throws {
        let specs = SyntheticPopulation.specs
        let fixedName = [0.5, 0.2, 0.2, 0.1]
        var comparisons: [ComparisonParameters] = []
        for index in specs.indices {
            let fixed = index == 1
            comparisons.append(
                try ComparisonParameters(
                    spec: specs[index],
                    m: fixed ? fixedName : ComparisonParameters.defaultStartingM(for: specs[index]),
                    u: SyntheticPopulation.u[index],
                    mIsFixed: fixed))
        }
        let start = try LinkModel(priorMatchProbability: 0.05, comparisons: comparisons)
        let outcome = try ExpectationMaximisation.train(start, on: Self.population.patterns())
        #expect(outcome.model.comparisons[1].m == fixedName)
        #expect(outcome.model.comparisons[1].mIsFixed)
        #expect(outcome.model.comparisons[0].m != start.comparisons[0].m)
    }

    @Test func fixedUIsRespectedWhenUIsEstimated() throws {
        let specs = SyntheticPopulation.specs
        var comparisons: [ComparisonParameters] = []
        for index in specs.indices {
            comparisons.append(
                try ComparisonParameters(
                    spec: specs[index], m: ComparisonParameters.defaultStartingM(for: specs[index]),
                    u: SyntheticPopulation.u[index], uIsFixed: index == 2))
        }
        let start = try LinkModel(priorMatchProbability: 0.05, comparisons: comparisons)
        let outcome = try ExpectationMaximisation.train(
            start, on: Self.population.patterns(), options: .init(estimatesU: true))
        #expect(outcome.model.comparisons[2].u == SyntheticPopulation.u[2])
        #expect(outcome.model.comparisons[0].u != SyntheticPopulation.u[0])
        // Estimating u too still lands near the truth on this well-separated population.
        #expect(abs(outcome.model.priorMatchProbability - 0.1) <= 0.01)
    }

    @Test func priorCanBeKept() throws {
        let outcome = try train(Self.population.patterns(), prior: 0.2, options: .init(estimatesPrior: false))
        #expect(outcome.model.priorMatchProbability == 0.2)
    }

    @Test func unseenLevelIsFlooredNotZero() throws {
        // Only levels 0 and 2 occur; level 1 must end at the floor, and m still sums to 1.
        let spec = try ComparisonSpec(name: "x", levels: ["exact", "fuzzy", "else"], exactLevels: [0])
        let other = try ComparisonSpec(name: "y", levels: ["exact", "else"], exactLevels: [0])
        let start = try ExpectationMaximisation.startingModel(specs: [spec, other], u: [[0.01, 0.09, 0.9], [0.1, 0.9]])
        let patterns = try GammaPatternCounts(
            levelCounts: [3, 2], counts: [([0, 0], 90), ([0, 1], 10), ([2, 0], 100), ([2, 1], 800)])
        let outcome = try ExpectationMaximisation.train(start, on: patterns)
        let m = outcome.model.comparisons[0].m
        #expect(m[1] == 1e-6)
        #expect(abs(m.reduce(0, +) - 1) < 1e-12)
        #expect(outcome.model.comparisons.allSatisfy { $0.m.allSatisfy { $0 > 0 } })
    }

    @Test func nullLevelsAreLeftOutOfM() throws {
        let outcome = try train(Self.population.patterns())
        for comparison in outcome.model.comparisons {
            let nonNull = comparison.spec.nonNullLevels.map { comparison.m[Int($0)] }
            #expect(abs(nonNull.reduce(0, +) - 1) < 1e-9)
            if let null = comparison.spec.nullLevel { #expect(comparison.m[Int(null)] == 1) }
        }
    }

    @Test func mismatchedPatternsAreRefused() throws {
        let start = try ExpectationMaximisation.startingModel(specs: SyntheticPopulation.specs, u: SyntheticPopulation.u)
        let patterns = try GammaPatternCounts(levelCounts: [4, 4])
        #expect(throws: LinkModelError.patternShape(expected: [4, 4, 3], found: [4, 4])) {
            try ExpectationMaximisation.train(start, on: patterns)
        }
    }

    @Test func noPairsLeavesTheStartAlone() throws {
        let start = try ExpectationMaximisation.startingModel(specs: SyntheticPopulation.specs, u: SyntheticPopulation.u)
        let outcome = try ExpectationMaximisation.train(start, on: GammaPatternCounts(levelCounts: start.levelCounts))
        #expect(outcome.model == start && outcome.iterations == 0 && !outcome.converged)
    }
}
