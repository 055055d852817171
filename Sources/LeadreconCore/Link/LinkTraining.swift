import LeadreconLink

/// Estimates the link model without labels, as Splink does: u from value frequencies and random
/// pairs (what agreement looks like by chance; see ``LinkUEstimate``), then m and the prior by
/// expectation-maximisation over the candidate pairs' comparison patterns. Deterministic: fixed seed, patterns in sorted order.
enum LinkTraining {
    struct Result {
        var model: LinkModel
        /// The share of matches among the candidate pairs, as EM estimated it.
        var candidateMatchShare: Double
        var iterations: Int
        var converged: Bool
        var randomPairs: Int
    }

    /// Random pairs graded to estimate a comparison's u: 100 per record, at least 100,000 and at
    /// most Splink's default of 1,000,000 — enough for levels with u around 1e-5 to be seen.
    static func sampleCount(_ records: Int) -> Int {
        min(1_000_000, max(100_000, 100 * records))
    }

    /// - Parameter gammas: the candidate pairs' levels, one per comparison, pair after pair.
    static func train(records: LinkRecords, comparisons: [LinkComparison], gammas: [UInt8],
                      sampleCount: Int? = nil) throws -> Result {
        let estimate = LinkUEstimate.estimate(records: records, comparisons: comparisons,
                                              sampleCount: sampleCount ?? Self.sampleCount(records.count))
        var parameters: [ComparisonParameters] = []
        for (index, comparison) in comparisons.enumerated() {
            let spec = comparison.spec
            let fixedM = comparison.fixed(comparison.settings.m)
            let fixedU = comparison.fixed(comparison.settings.u)
            parameters.append(try ComparisonParameters(
                spec: spec, m: fixedM ?? ComparisonParameters.defaultStartingM(for: spec),
                u: fixedU ?? estimate.u[index]!, mIsFixed: fixedM != nil, uIsFixed: fixedU != nil))
        }
        let start = try LinkModel(priorMatchProbability: ExpectationMaximisation.defaultStartingPrior,
                                  comparisons: parameters)
        let width = comparisons.count
        let pairCount = width == 0 ? 0 : gammas.count / width
        // Counted in parallel ranges and merged: sums, so the same for any split.
        var patterns = try GammaPatternCounts(levelCounts: start.levelCounts)
        let empty = patterns
        let parts = pairCount < 100_000 ? 1 : ParallelRanges.defaultWorkers
        let partCounts = gammas.withUnsafeBufferPointer { all in
            let shared = UncheckedSendable(all)
            return ParallelRanges.jobs(parts) { part in
                var counts = empty
                for pair in pairCount * part / parts..<pairCount * (part + 1) / parts {
                    counts.add(UnsafeBufferPointer(rebasing: shared.value[(pair * width)..<((pair + 1) * width)]), count: 1)
                }
                return counts
            }
        }
        for counts in partCounts { patterns.merge(counts) }
        let outcome = try ExpectationMaximisation.train(start, on: patterns)
        // EM's λ is the match share among candidate pairs, but u describes random pairs: scoring
        // with global u needs the global prior, the expected matches over all possible pairs
        // (Splink's "probability two random records match"). With the candidate share instead,
        // every candidate pair starts near even odds and namesakes link.
        let share = outcome.model.priorMatchProbability
        let possible = Double(records.count) * Double(max(records.count - 1, 1)) / 2
        let prior = min(max(share * Double(pairCount) / possible, 1e-12), 0.5)
        let model = try LinkModel(priorMatchProbability: prior, comparisons: outcome.model.comparisons)
        return Result(model: model, candidateMatchShare: share, iterations: outcome.iterations,
                      converged: outcome.converged, randomPairs: estimate.randomPairs)
    }
}
