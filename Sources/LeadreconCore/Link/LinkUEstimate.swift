import LeadreconLink

/// u of the comparisons whose u the pipeline file does not fix, as cheaply as their levels allow.
///
/// - Text comparisons: the exact level from the column's value counts (no sampling noise), as
///   random record pairs would estimate it on average, and only when there is more than one other
///   level (fuzzy ones) random pairs of *unequal* values split the remainder among them: an
///   `exact` comparison grades nothing, and no graded pair is spent on a missing value or on two
///   equal ones.
/// - Date and number comparisons: random record pairs, graded as before (no string measure, cheap).
///
/// Comparisons with a fixed u grade nothing. Deterministic: fixed seeds, counts summed per level.
enum LinkUEstimate {
    struct Result {
        /// u per comparison (the null level's entry 1), nil where the pipeline file fixes it.
        var u: [[Double]?]
        /// The most random pairs graded for one comparison (0 when none needed any).
        var randomPairs: Int
    }

    static func estimate(records: LinkRecords, comparisons: [LinkComparison], sampleCount: Int) -> Result {
        var u = [[Double]?](repeating: nil, count: comparisons.count)
        var randomPairs = 0
        var byRecordPairs: [Int] = []
        for (index, comparison) in comparisons.enumerated() where comparison.settings.u == nil {
            switch comparison.field.kind {
            case .timestamp, .number:
                byRecordPairs.append(index)
            default:
                let column = records.text[comparison.field]!
                let (levels, graded) = textU(comparison, column, records: records.count, sampleCount: sampleCount)
                u[index] = levels
                randomPairs = max(randomPairs, graded)
            }
        }
        if !byRecordPairs.isEmpty {
            let chosen = byRecordPairs.map { comparisons[$0] }
            let sample = UEstimator.randomPairs(recordCount: records.count, sampleCount: sampleCount)
            let estimate = UEstimator.fromGradedPairs(
                specs: chosen.map(\.spec),
                gammas: PairGrading.grade(left: sample.left, right: sample.right, comparisons: chosen, records: records),
                isExhaustive: sample.isExhaustive)
            for (position, index) in byRecordPairs.enumerated() { u[index] = estimate.u[position] }
            randomPairs = max(randomPairs, estimate.pairCount)
        }
        return Result(u: u, randomPairs: randomPairs)
    }

    /// Unequal value pairs graded to split a text comparison's non-exact u: a quarter of the random
    /// record pairs. Every one of them informs the split (none is missing a value or agrees
    /// exactly), and at a million records a fuzzy level of u 1e-3 is still seen about 250 times,
    /// a few hundredths of a bit of weight apart from the full sample; the 1M-row benchmark's F1 is
    /// the same to four places.
    static func unequalPairs(_ sampleCount: Int) -> Int { sampleCount / 4 }

    /// u of a text comparison and the number of value pairs graded for it.
    private static func textU(_ comparison: LinkComparison, _ column: LinkTextColumn, records: Int,
                              sampleCount: Int) -> (u: [Double], graded: Int) {
        let spec = comparison.spec
        let total = column.counts.reduce(0) { $0 + Int($1) }
        var remainder: [Int] = []
        if spec.nonNullLevels.count > 2 {
            let values = column.ids.filter { $0 != BlockingKeyColumn.noKeyID }
            let pairs = UEstimator.randomUnequalValuePairs(values: values, sampleCount: unequalPairs(sampleCount))
            remainder = PairGrading.levelCounts(left: pairs.left, right: pairs.right,
                                                comparison: comparison, column: column)
        }
        let u = UEstimator.fromExactAndRemainder(
            spec: spec, exactShare: UEstimator.exactAgreementShare(counts: column.counts.lazy.map(Int.init), total: total),
            pairs: UEstimator.expectedNonNullPairs(records: records, withValue: total, sampleCount: sampleCount),
            remainderCounts: remainder)
        return (u, remainder.reduce(0, +))
    }
}
