import LeadreconLink

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

    init(_ columns: [LinkTextColumn], comparators: [Comparator] = [], recordCount: Int) {
        var packedSlot: [Int?] = Array(repeating: nil, count: columns.count)
        var width = columns.count
        for k in columns.indices where k < comparators.count && comparators[k].readsPackedDigits {
            packedSlot[k] = width
            width += 1
        }
        var ids = [UInt32](repeating: BlockingKeyColumn.noKeyID, count: recordCount * width)
        ids.withUnsafeMutableBufferPointer { rows in
            for (k, column) in columns.enumerated() {
                column.ids.withUnsafeBufferPointer { column in
                    for record in 0..<recordCount { rows[record * width + k] = column[record] }
                }
                guard let slot = packedSlot[k] else { continue }
                let packed = column.values.withUnsafeStorage { _, arena, offsets in
                    (0..<(offsets.count - 1)).map { id in
                        comparators[k].packedTrailingDigits(UnsafeBufferPointer(rebasing: arena[Int(offsets[id])..<Int(offsets[id + 1])]))
                    }
                }
                column.ids.withUnsafeBufferPointer { column in
                    for record in 0..<recordCount where column[record] != BlockingKeyColumn.noKeyID {
                        rows[record * width + slot] = packed[Int(column[record])]
                    }
                }
            }
        }
        self.width = width
        self.ids = ids
        self.packedSlot = packedSlot
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
