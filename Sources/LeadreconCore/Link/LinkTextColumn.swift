import LeadreconLink

/// One normalised text field of the link records: each record's value as an id into the field's
/// distinct values, ids handed out in order of first appearance.
///
/// Why ids: grading millions of pairs compares ids before any byte (equal ids are an exact match,
/// most pairs of a name block end there), term frequencies and exact-level u are counts per id, and
/// blocking rules reuse the ids' bytes without a `String` per record.
struct LinkTextColumn: Sendable {
    /// The distinct values, interned: "record" k of this column is value id k.
    let values: BlockingKeyColumn
    /// Per record: its value id, or `BlockingKeyColumn.noKeyID` when the value is missing.
    let ids: [UInt32]
    /// Per value id: how many records hold it.
    let counts: [Int32]

    /// The column of `normalized(raw)` for each record's raw value id.
    ///
    /// - Parameters:
    ///   - rawIDs: Per record, an id into `normalized` (`noKeyID` when the record has no raw value).
    ///   - normalized: The normalised value of each distinct raw value; `nil` or empty is missing.
    init(rawIDs: [UInt32], normalized: [String?]) {
        // Value ids in order of first appearance among the records, so they do not depend on how
        // the raw values were numbered.
        var valueOfRaw = [UInt32](repeating: BlockingKeyColumn.noKeyID, count: normalized.count)
        var values = BlockingKeyColumn()
        var ids = [UInt32](repeating: BlockingKeyColumn.noKeyID, count: rawIDs.count)
        var counts: [Int32] = []
        for (record, raw) in rawIDs.enumerated() where raw != BlockingKeyColumn.noKeyID {
            var id = valueOfRaw[Int(raw)]
            if id == BlockingKeyColumn.noKeyID {
                guard let value = normalized[Int(raw)], !value.isEmpty else { continue }
                values.append(value)
                id = UInt32(values.keyID(ofRecord: values.count - 1)!)
                valueOfRaw[Int(raw)] = id
                if Int(id) == counts.count { counts.append(0) }
            }
            ids[record] = id
            counts[Int(id)] += 1
        }
        values.compact()
        self.values = values
        self.ids = ids
        self.counts = counts
    }

    var count: Int { ids.count }

    /// The value of `record`, or `nil` when it is missing.
    func text(_ record: Int) -> String? {
        let id = ids[record]
        return id == BlockingKeyColumn.noKeyID ? nil : values.keyText(Int(id))
    }

    /// The number of records holding `record`'s value, or 0 when it is missing.
    func frequency(_ record: Int) -> Int {
        let id = ids[record]
        return id == BlockingKeyColumn.noKeyID ? 0 : Int(counts[Int(id)])
    }
}
