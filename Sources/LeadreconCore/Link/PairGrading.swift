import LeadreconLink
import LeadreconValues

/// Grades pairs of link records into comparison levels: one comparison at a time over all pairs,
/// on both cores, comparing value ids before any text (equal ids are the exact level).
enum PairGrading {
    /// The levels of each pair (`left[p]`, `right[p]`), one per comparison, pair after pair.
    static func grade(left: [UInt32], right: [UInt32], comparisons: [LinkComparison], records: LinkRecords) -> [UInt8] {
        precondition(left.count == right.count, "one right record per left record")
        let width = comparisons.count
        var gammas = [UInt8](repeating: 0, count: left.count * width)
        guard width > 0 else { return gammas }
        left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in
                let pairs = UncheckedSendable((left, right))
                gammas.withUnsafeMutableBufferPointer { output in
                    let shared = UncheckedSendable(output)
                    ParallelRanges.forEach(count: left.count) { range in
                        for (index, comparison) in comparisons.enumerated() {
                            grade(range, comparison, records, pairs.value.0, pairs.value.1,
                                  into: shared.value, at: index, stride: width)
                        }
                    }
                }
            }
        }
        return gammas
    }

    private static func grade(_ range: Range<Int>, _ comparison: LinkComparison, _ records: LinkRecords,
                              _ left: UnsafeBufferPointer<UInt32>, _ right: UnsafeBufferPointer<UInt32>,
                              into gammas: UnsafeMutableBufferPointer<UInt8>, at offset: Int, stride: Int) {
        let comparator = comparison.comparator
        switch comparison.field.kind {
        case .timestamp:
            let column = records.timestamps[comparison.field]!
            for p in range {
                gammas[p * stride + offset] = UInt8(comparator.level(column[Int(left[p])], column[Int(right[p])]))
            }
        case .number:
            let column = records.numbers[comparison.field]!
            for p in range {
                gammas[p * stride + offset] = UInt8(comparator.level(column[Int(left[p])], column[Int(right[p])]))
            }
        default:
            let column = records.text[comparison.field]!
            let null = UInt8(comparator.nullLevel), none = BlockingKeyColumn.noKeyID
            var cache = TextLevelCache()
            column.ids.withUnsafeBufferPointer { ids in
                column.values.withUnsafeStorage { _, arena, offsets in
                    for p in range {
                        let a = ids[Int(left[p])], b = ids[Int(right[p])]
                        let level = a == none || b == none ? null : cache.level(a, b, comparator, arena, offsets)
                        gammas[p * stride + offset] = level
                    }
                }
            }
        }
    }
}
