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
        let width = comparisons.count
        return Array(gammas[(position * width)..<((position + 1) * width)])
    }

    func termFrequencies(ofPair position: Int) -> [Double?] {
        let pair = pairs[position]
        return levels(ofPair: position).enumerated().map { index, level in
            level == 0 ? frequencies.frequency(index, record: pair.i) : nil
        }
    }
}
