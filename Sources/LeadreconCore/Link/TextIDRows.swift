import LeadreconLink
import LeadreconValues

/// The value ids of several text columns, record after record: record r's id in column k is at
/// `r * width + k`; after the ids, for each column whose comparator reads packed trailing digits
/// (phones), the record's packed digits (`packedSlot[k]`).
///
/// Why: pairs are graded with the right-hand record anywhere among a million, and one column's ids
/// (4 MB) do not stay in the caches, so reading them column by column costs a cache miss per pair
/// and column. Side by side, all of a record's ids come in with one cache line, and so do the
/// digits a phone comparison needs, which would otherwise cost two look-ups per number.
struct TextIDRows {
    let width: Int
    let ids: [UInt32]
    /// Per column: the slot of its packed trailing digits in a row, or nil.
    let packedSlot: [Int?]
    /// Per timestamp column: the first of the two slots holding its value (``timestamp(_:_:)``).
    let timestampSlot: [Int]

    /// - Parameter timestamps: columns of dates compared alongside (a birthday): read with the
    ///   text ids, their comparison costs no cache miss of its own.
    init(_ columns: [LinkTextColumn], comparators: [Comparator] = [], timestamps: [[Timestamp?]] = [], recordCount: Int) {
        var packedSlot: [Int?] = Array(repeating: nil, count: columns.count)
        var width = columns.count
        for k in columns.indices where k < comparators.count && comparators[k].readsPackedDigits {
            packedSlot[k] = width
            width += 1
        }
        let timestampSlot = timestamps.indices.map { width + 2 * $0 }
        width += 2 * timestamps.count
        // Each phone column's packed digits per distinct value, then the rows, a range of records
        // per worker.
        let packed: [[UInt32]] = columns.indices.map { k in
            guard packedSlot[k] != nil else { return [] }
            return columns[k].values.withUnsafeStorage { _, arena, offsets in
                (0..<(offsets.count - 1)).map { id in
                    comparators[k].packedTrailingDigits(UnsafeBufferPointer(rebasing: arena[Int(offsets[id])..<Int(offsets[id + 1])]))
                }
            }
        }
        var ids = [UInt32](repeating: BlockingKeyColumn.noKeyID, count: recordCount * width)
        ids.withUnsafeMutableBufferPointer { rows in
            let output = UncheckedSendable(rows)
            ParallelRanges.forEach(count: recordCount) { records in
                let rows = output.value
                for (t, column) in timestamps.enumerated() {
                    let slot = timestampSlot[t]
                    for record in records where record < column.count {
                        guard let stamp = column[record] else { continue }
                        let bits = UInt64(bitPattern: stamp.secondsSinceEpoch) ^ 1 << 63
                        rows[record * width + slot] = UInt32(truncatingIfNeeded: bits)
                        rows[record * width + slot + 1] = UInt32(truncatingIfNeeded: bits >> 32)
                    }
                }
                for (k, column) in columns.enumerated() {
                    column.ids.withUnsafeBufferPointer { column in
                        for record in records { rows[record * width + k] = column[record] }
                        guard let slot = packedSlot[k] else { return }
                        for record in records where column[record] != BlockingKeyColumn.noKeyID {
                            rows[record * width + slot] = packed[k][Int(column[record])]
                        }
                    }
                }
            }
        }
        self.width = width
        self.ids = ids
        self.packedSlot = packedSlot
        self.timestampSlot = timestampSlot
    }

    /// The timestamp held in a row's two slots `low`, `high`; nil for a missing one. The instant
    /// goes in as its seconds with the top bit flipped, and both slots all ones mark a missing one
    /// (the seconds `Int64.max`, some 292 billion years on, cannot occur).
    @inline(__always)
    static func timestamp(_ low: UInt32, _ high: UInt32) -> Timestamp? {
        guard low != .max || high != .max else { return nil }
        return Timestamp(secondsSinceEpoch: Int64(bitPattern: (UInt64(high) << 32 | UInt64(low)) ^ 1 << 63))
    }
}

extension LinkTextColumn {
    /// Calls `body` with the storage (arena, offsets) of each column, in order, all valid at once.
    static func withStorages<R>(
        _ columns: ArraySlice<LinkTextColumn>,
        _ collected: [(arena: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<UInt32>)] = [],
        _ body: ([(arena: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<UInt32>)]) -> R
    ) -> R {
        guard let first = columns.first else { return body(collected) }
        return first.values.withUnsafeStorage { _, arena, offsets in
            withStorages(columns.dropFirst(), collected + [(arena, offsets)], body)
        }
    }
}
