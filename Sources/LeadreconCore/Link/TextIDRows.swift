import LeadreconLink

/// The value ids of several text columns, record after record: record r's id in column k is at
/// `r * width + k`.
///
/// Why: pairs are graded with the right-hand record anywhere among a million, and one column's ids
/// (4 MB) do not stay in the caches, so reading them column by column costs a cache miss per pair
/// and column. Side by side, all of a record's ids come in with one cache line.
struct TextIDRows {
    let width: Int
    let ids: [UInt32]

    init(_ columns: [LinkTextColumn], recordCount: Int) {
        let width = columns.count
        var ids = [UInt32](repeating: BlockingKeyColumn.noKeyID, count: recordCount * width)
        ids.withUnsafeMutableBufferPointer { rows in
            for (k, column) in columns.enumerated() {
                column.ids.withUnsafeBufferPointer { column in
                    for record in 0..<recordCount { rows[record * width + k] = column[record] }
                }
            }
        }
        self.width = width
        self.ids = ids
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
