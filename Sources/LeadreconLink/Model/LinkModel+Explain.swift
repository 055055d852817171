extension LinkModel {
    /// Each comparison's contribution to a pair's match weight, largest |weight| first.
    ///
    /// - Parameters:
    ///   - gamma: One level index per comparison.
    ///   - termFrequencies: `nil`, or one relative frequency (or `nil`) per comparison, as for
    ///     ``matchWeight(_:termFrequencies:)-([UInt8],_)``.
    public func explain(_ gamma: [UInt8], termFrequencies: [Double?]? = nil) -> MatchExplanation {
        precondition(gamma.count == comparisons.count, "gamma has \(gamma.count) levels, the model \(comparisons.count)")
        precondition(termFrequencies.map { $0.count == gamma.count } ?? true, "one term frequency per comparison")
        var contributions: [MatchWeightContribution] = []
        contributions.reserveCapacity(gamma.count)
        for (index, comparison) in comparisons.enumerated() {
            let level = gamma[index]
            let frequency = termFrequencies?[index]
            let spec = comparison.spec
            let null = spec.isNull(level)
            let adjusted = frequency != nil && spec.isExact(level)
            let u: Double? =
                if null { nil } else if adjusted, let frequency {
                    TermFrequencyAdjustment.u(frequency: frequency, minimumU: spec.termFrequencyMinimumU)
                } else { comparison.u[Int(level)] }
            contributions.append(
                MatchWeightContribution(
                    comparisonIndex: index,
                    comparison: spec.name,
                    level: level,
                    levelLabel: spec.levelLabels[Int(level)],
                    m: null ? nil : comparison.m[Int(level)],
                    u: u,
                    isTermFrequencyAdjusted: adjusted,
                    weight: table.weight(comparison: index, level: level, frequency: frequency)))
        }
        let weight =
            if let termFrequencies { matchWeight(gamma, termFrequencies: termFrequencies) } else { matchWeight(gamma) }
        contributions.sort { a, b in
            let (x, y) = (abs(a.weight), abs(b.weight))
            return x != y ? x > y : a.comparisonIndex < b.comparisonIndex
        }
        return MatchExplanation(
            priorMatchProbability: priorMatchProbability,
            priorWeight: priorWeight,
            contributions: contributions,
            weight: weight)
    }

    /// Each comparison's contribution to a pair's match weight, in comparison order: the weights of
    /// ``explain(_:termFrequencies:)``'s contributions without their labels, m and u, for writers
    /// that go through a million pairs (the explanation's strings and sort were most of writing
    /// `people.csv` and `pairs.csv`).
    public func contributionWeights(_ gamma: UnsafeBufferPointer<UInt8>, termFrequencies: UnsafeBufferPointer<Double?>?,
                                    into weights: UnsafeMutableBufferPointer<Double>) {
        precondition(gamma.count == comparisons.count && weights.count == gamma.count, "one level and one weight per comparison")
        precondition(termFrequencies.map { $0.count == gamma.count } ?? true, "one term frequency per comparison")
        for index in 0..<gamma.count {
            weights[index] = table.weight(comparison: index, level: gamma[index], frequency: termFrequencies?[index] ?? nil)
        }
    }

    /// The index of ``MatchExplanation/decidingComparison`` of a pair, from its contribution
    /// weights (``contributionWeights(_:termFrequencies:into:)``): the largest |weight|, the
    /// first comparison among equals; nil when that weight is 0.
    public static func decidingComparison(_ weights: UnsafeBufferPointer<Double>) -> Int? {
        var best: Int?
        for index in weights.indices where best.map({ abs(weights[index]) > abs(weights[$0]) }) ?? true {
            best = index
        }
        return best.flatMap { weights[$0] == 0 ? nil : $0 }
    }

    /// Each comparison's contribution to a pair's match weight, largest |weight| first; the prior's
    /// weight is ``priorWeight``. Shorthand for `explain(gamma).contributions`.
    public func contributions(_ gamma: [UInt8], termFrequencies: [Double?]? = nil) -> [MatchWeightContribution] {
        explain(gamma, termFrequencies: termFrequencies).contributions
    }

    /// A textual waterfall of a pair's match weight, as `leadrecon explain` prints it; see
    /// ``MatchExplanation/waterfall``.
    public func waterfall(_ gamma: [UInt8], termFrequencies: [Double?]? = nil) -> String {
        explain(gamma, termFrequencies: termFrequencies).waterfall
    }
}
