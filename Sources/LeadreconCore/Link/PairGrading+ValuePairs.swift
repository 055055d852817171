import LeadreconLink

extension PairGrading {
    /// How many of the pairs of values (`left[p]`, `right[p]`, value ids of `column`) fall into
    /// each level of `comparison`: the random unequal pairs that split a comparison's non-exact u.
    /// On both cores, each counting its own part; sums do not depend on how the pairs were split.
    static func levelCounts(left: [UInt32], right: [UInt32], comparison: LinkComparison,
                            column: LinkTextColumn) -> [Int] {
        precondition(left.count == right.count, "one right value per left value")
        let levelCount = comparison.comparator.levels.count
        let parts = left.count < 10_000 ? 1 : ParallelRanges.defaultWorkers
        let signatures = BoundSignatures(comparison.comparator, column)
        let counts = left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in
                let pairs = UncheckedSendable((left, right))
                return ParallelRanges.jobs(parts) { part in
                    let range = left.count * part / parts..<left.count * (part + 1) / parts
                    return count(range, pairs.value.0, pairs.value.1, comparison.comparator, column, signatures, levelCount)
                }
            }
        }
        return counts.reduce(into: Array(repeating: 0, count: levelCount)) { total, part in
            for level in part.indices { total[level] += part[level] }
        }
    }

    private static func count(_ range: Range<Int>, _ left: UnsafeBufferPointer<UInt32>,
                              _ right: UnsafeBufferPointer<UInt32>, _ comparator: Comparator,
                              _ column: LinkTextColumn, _ signatures: BoundSignatures?, _ levelCount: Int) -> [Int] {
        var counts = Array(repeating: 0, count: levelCount)
        column.values.withUnsafeStorage { _, arena, offsets in
            let grader = TextPairGrader(comparator, arena: arena, offsets: offsets, signatures: signatures)
            for p in range { counts[Int(grader.level(left[p], right[p]))] += 1 }
        }
        return counts
    }
}
