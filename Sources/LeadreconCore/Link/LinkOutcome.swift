import LeadreconLink

/// What the link stage produced: the people, the scored candidate pairs and the model, with
/// everything the reports and `explain` need to show why two records were (not) linked.
struct LinkOutcome {
    let records: LinkRecords
    let comparisons: [LinkComparison]
    let pairs: CandidatePairs
    /// Per pair, one level per comparison (pair-major).
    let gammas: [UInt8]
    let weights: [Double]
    let model: LinkModel
    let training: LinkTraining.Result?
    let clusters: PersonClusters
    let frequencies: TermFrequencies

    /// One pair's levels and term frequencies, in arrays rewritten per pair: for writers that go
    /// through a million pairs, without two arrays each.
    struct PairLevels {
        /// One level per comparison.
        private(set) var levels: [UInt8]
        /// Per comparison, the term frequency its level is adjusted by (exact matches only).
        private(set) var frequencies: [Double?]
        /// Whether any frequency is set: the pair's weight is term-frequency adjusted.
        private(set) var adjusted = false

        init(width: Int) {
            levels = [UInt8](repeating: 0, count: width)
            frequencies = [Double?](repeating: nil, count: width)
        }

        /// Reads pair `position` of `outcome`.
        mutating func load(_ position: Int, of outcome: LinkOutcome) {
            let width = levels.count, record = outcome.pairs[position].i
            adjusted = false
            for index in 0..<width {
                levels[index] = outcome.gammas[position * width + index]
                frequencies[index] = levels[index] == 0 ? outcome.frequencies.frequency(index, record: record) : nil
                adjusted = adjusted || frequencies[index] != nil
            }
        }

        /// Each comparison's share of the pair's weight, in comparison order, term-frequency
        /// adjusted where it applies (the weights of `model.explain(levels, termFrequencies:)`).
        func contributionWeights(_ model: LinkModel, into weights: inout [Double]) {
            levels.withUnsafeBufferPointer { levels in
                frequencies.withUnsafeBufferPointer { frequencies in
                    weights.withUnsafeMutableBufferPointer {
                        model.contributionWeights(levels, termFrequencies: adjusted ? frequencies : nil, into: $0)
                    }
                }
            }
        }
    }
}
