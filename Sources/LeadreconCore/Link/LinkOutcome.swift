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

    func levels(ofPair position: Int) -> [UInt8] {
        var levels = [UInt8](repeating: 0, count: comparisons.count)
        self.levels(ofPair: position, into: &levels)
        return levels
    }

    func termFrequencies(ofPair position: Int) -> [Double?] {
        var frequencies = [Double?](repeating: nil, count: comparisons.count)
        _ = termFrequencies(ofPair: position, levels: levels(ofPair: position), into: &frequencies)
        return frequencies
    }

    /// Pair `position`'s levels written into `levels` (one per comparison): for writers that go
    /// through a million pairs, without an array each.
    func levels(ofPair position: Int, into levels: inout [UInt8]) {
        let width = comparisons.count
        for index in 0..<width { levels[index] = gammas[position * width + index] }
    }

    /// Pair `position`'s term frequencies (given its `levels`) written into `frequencies`; true
    /// when any is set, that is when the pair's weight is term-frequency adjusted.
    func termFrequencies(ofPair position: Int, levels: [UInt8], into frequencies: inout [Double?]) -> Bool {
        let record = pairs[position].i
        var adjusted = false
        for index in levels.indices {
            frequencies[index] = levels[index] == 0 ? self.frequencies.frequency(index, record: record) : nil
            adjusted = adjusted || frequencies[index] != nil
        }
        return adjusted
    }
}
