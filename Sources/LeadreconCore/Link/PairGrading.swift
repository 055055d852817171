import CPrefetch
import LeadreconLink
import LeadreconValues

/// Grades pairs of link records into comparison levels, on both cores, comparing value ids before
/// any text (equal ids are the exact level). Text comparisons go pair by pair over all of them at
/// once (a record's value ids side by side, ``TextIDRows``, dates in the same rows), numbers one
/// comparison at a time.
enum PairGrading {
    /// The levels of each pair (`left[p]`, `right[p]`), one per comparison, pair after pair.
    static func grade(left: [UInt32], right: [UInt32], comparisons: [LinkComparison], records: LinkRecords) -> [UInt8] {
        precondition(left.count == right.count, "one right record per left record")
        let width = comparisons.count
        var gammas = [UInt8](repeating: 0, count: left.count * width)
        guard width > 0 else { return gammas }
        let textIndices = comparisons.indices.filter { ![.timestamp, .number].contains(comparisons[$0].field.kind) }
        let columns = textIndices.map { records.text[comparisons[$0].field]! }
        let comparators = textIndices.map { comparisons[$0].comparator }
        // Dates are read from the same rows as the text ids when there are any.
        let dateIndices = textIndices.isEmpty ? [] : comparisons.indices.filter { comparisons[$0].field.kind == .timestamp }
        let dates = DateComparisons(indices: dateIndices, comparators: dateIndices.map { comparisons[$0].comparator })
        let rows = TextIDRows(columns, comparators: comparators, timestamps: dateIndices.map { records.timestamps[comparisons[$0].field]! },
                              recordCount: textIndices.isEmpty ? 0 : records.count)
        let signatures = zip(comparators, columns).map { BoundSignatures($0, $1) }
        left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in
                let pairs = UncheckedSendable((left, right))
                gammas.withUnsafeMutableBufferPointer { output in
                    let shared = UncheckedSendable(output)
                    LinkTextColumn.withStorages(columns[...]) { storages in
                        // Graders per worker: each remembers the value pairs it has graded.
                        ParallelRanges.forEach(count: left.count, state: {
                            comparators.indices.map { k in
                                TextPairGrader(comparators[k], arena: storages[k].arena, offsets: storages[k].offsets,
                                               signatures: signatures[k])
                            }
                        }) { graders, range in
                            if !textIndices.isEmpty {
                                gradeText(range, comparators, graders, dates, rows, pairs.value.0, pairs.value.1,
                                          into: shared.value, at: textIndices, stride: width)
                            }
                            for (index, comparison) in comparisons.enumerated()
                            where !textIndices.contains(index) && !dateIndices.contains(index) {
                                grade(range, comparison, records, pairs.value.0, pairs.value.1,
                                      into: shared.value, at: index, stride: width)
                            }
                        }
                    }
                }
            }
        }
        return gammas
    }

    /// Pairs whose right-hand rows are gathered at once (see `gradeText`).
    private static let gatherBatch = 16

    /// The text comparisons' levels of the pairs in `range`, pair by pair.
    private static func gradeText(_ range: Range<Int>, _ comparators: [Comparator], _ graders: [TextPairGrader],
                                  _ dates: DateComparisons, _ rows: TextIDRows, _ left: UnsafeBufferPointer<UInt32>, _ right: UnsafeBufferPointer<UInt32>,
                                  into gammas: UnsafeMutableBufferPointer<UInt8>, at offsets: [Int], stride: Int) {
        let none = BlockingKeyColumn.noKeyID, width = rows.width, count = graders.count
        let nulls = comparators.map { UInt8($0.nullLevel) }
        // Phone levels from the digits packed in the rows (-1: graded from the values).
        let packed = rows.packedSlot.map { $0 ?? -1 }
        // Unretained references, valid while `graders` lives (the caller's): a grader taken from
        // the array is retained and released around every call, a fifth of the loop's time.
        let grader = graders.map(Unmanaged.passUnretained)
        withExtendedLifetime(graders) {
            // The right-hand rows lie anywhere among a million records: a batch of them is copied
            // first, in a loop of independent loads whose cache misses the processor overlaps,
            // instead of meeting each miss in the middle of grading a pair.
            var gathered = [UInt32](repeating: 0, count: gatherBatch * width)
            rows.ids.withUnsafeBufferPointer { ids in
                gathered.withUnsafeMutableBufferPointer { gathered in
                    var start = range.lowerBound
                    while start < range.upperBound {
                        let end = min(start + gatherBatch, range.upperBound)
                        // The next batch's rows are asked for now, so they arrive while this one
                        // is graded.
                        for p in end..<min(end + gatherBatch, range.upperBound) {
                            leadrecon_prefetch(ids.baseAddress! + Int(right[p]) * width)
                        }
                        for p in start..<end {
                            let r = Int(right[p]) * width, g = (p - start) * width
                            for k in 0..<width { gathered[g + k] = ids[r + k] }
                        }
                        for p in start..<end {
                            let l = Int(left[p]) * width, r = (p - start) * width, out = p * stride
                            for k in 0..<count {
                                let a = ids[l + k], b = gathered[r + k]
                                let level: UInt8
                                if a == none || b == none {
                                    level = nulls[k]
                                } else if a == b {
                                    level = 0
                                } else if packed[k] >= 0 {
                                    level = grader[k]._withUnsafeGuaranteedRef {
                                        $0.level(packed: ids[l + packed[k]], gathered[r + packed[k]])
                                    }
                                } else {
                                    level = grader[k]._withUnsafeGuaranteedRef { $0.level(a, b) }
                                }
                                gammas[out + offsets[k]] = level
                            }
                            for t in 0..<dates.count {
                                let slot = rows.timestampSlot[t]
                                let a = TextIDRows.timestamp(ids[l + slot], ids[l + slot + 1])
                                let b = TextIDRows.timestamp(gathered[r + slot], gathered[r + slot + 1])
                                gammas[out + dates.indices[t]] = dates.graders[t]._withUnsafeGuaranteedRef { $0.level(a, b) }
                            }
                        }
                        start = end
                    }
                }
            }
        }
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
            preconditionFailure("text comparisons are graded by gradeText")
        }
    }
}

/// The date comparisons graded with the text ones, from the same rows: their indices among the
/// comparisons and a grader per comparison (unretained references, for the per-pair loop, where a
/// comparator copied out of an array was retained and released; `owners` keeps them alive).
struct DateComparisons: @unchecked Sendable {
    final class Grader {
        let comparator: Comparator
        init(_ comparator: Comparator) { self.comparator = comparator }
        @inline(__always)
        func level(_ a: Timestamp?, _ b: Timestamp?) -> UInt8 { UInt8(comparator.level(a, b)) }
    }

    let indices: [Int]
    let graders: [Unmanaged<Grader>]
    private let owners: [Grader]

    init(indices: [Int], comparators: [Comparator]) {
        self.indices = indices
        owners = comparators.map(Grader.init)
        graders = owners.map(Unmanaged.passUnretained)
    }

    var count: Int { indices.count }
}
