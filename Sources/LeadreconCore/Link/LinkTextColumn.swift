import LeadreconLink

/// One normalised text field of the link records: each record's value as an id into the field's
/// distinct values, ids handed out in order of first appearance.
///
/// Why ids: grading millions of pairs compares ids before any byte (equal ids are an exact match,
/// most pairs of a name block end there), term frequencies and exact-level u are counts per id, and
/// blocking rules reuse the ids' bytes without a `String` per record.
struct LinkTextColumn: Sendable {
    /// The distinct values, interned; its records are the distinct raw values, each holding its
    /// normalised value's id.
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
        // the raw values were numbered. Raw ids numbered so too (as ``RawValueIndex`` numbers them)
        // let the values be interned in raw-id order, all at once (most of a million e-mails are
        // distinct); others are renumbered first.
        let (rawIDs, normalized) = Self.inFirstAppearanceOrder(rawIDs, normalized)
        var keys = KeyArena(reservingKeys: normalized.count)
        for value in normalized {
            guard var value else { keys.appendNoKey(); continue }
            value.withUTF8 { keys.append($0) }
        }
        self.init(rawIDs: rawIDs, keys: keys)
    }

    /// The column of `keys[raw]` for each record's raw value id (an empty key is a missing value),
    /// for normalisers that write their values as bytes.
    /// - Precondition: `rawIDs` are numbered in order of first appearance among the records, as
    ///   ``RawValueIndex`` numbers them.
    init(rawIDs: [UInt32], keys: KeyArena) {
        precondition(Self.inFirstAppearanceOrder(rawIDs), "raw value ids out of first-appearance order")
        let values = BlockingKeyColumn(keys: keys)
        var ids = [UInt32](repeating: BlockingKeyColumn.noKeyID, count: rawIDs.count)
        var counts = [Int32](repeating: 0, count: values.distinctKeyCount)
        values.withUnsafeStorage { valueOfRaw, _, _ in
            for (record, raw) in rawIDs.enumerated() where raw != BlockingKeyColumn.noKeyID {
                let id = valueOfRaw[Int(raw)]
                guard id != BlockingKeyColumn.noKeyID else { continue }
                ids[record] = id
                counts[Int(id)] += 1
            }
        }
        self.values = values
        self.ids = ids
        self.counts = counts
    }

    /// The column whose record `r` holds key `r` of `values` (one key per record, interned).
    init(values: BlockingKeyColumn) {
        var counts = [Int32](repeating: 0, count: values.distinctKeyCount)
        ids = values.withUnsafeStorage { ids, _, _ in
            for id in ids where id != BlockingKeyColumn.noKeyID { counts[Int(id)] += 1 }
            return Array(ids)
        }
        self.values = values
        self.counts = counts
    }

    /// `rawIDs` and `normalized` with the raw values renumbered in order of first appearance among
    /// the records (unchanged when they already are).
    private static func inFirstAppearanceOrder(_ rawIDs: [UInt32], _ normalized: [String?]) -> ([UInt32], [String?]) {
        inFirstAppearanceOrder(rawIDs) ? (rawIDs, normalized) : renumbered(rawIDs, normalized)
    }

    /// Whether every raw id is at most one more than the largest before it.
    private static func inFirstAppearanceOrder(_ rawIDs: [UInt32]) -> Bool {
        var next: UInt32 = 0
        for raw in rawIDs where raw != BlockingKeyColumn.noKeyID {
            if raw > next { return false }
            if raw == next { next += 1 }
        }
        return true
    }

    private static func renumbered(_ rawIDs: [UInt32], _ normalized: [String?]) -> ([UInt32], [String?]) {
        let none = BlockingKeyColumn.noKeyID
        var newID = [UInt32](repeating: none, count: normalized.count)
        var values: [String?] = []
        let ids = rawIDs.map { raw -> UInt32 in
            guard raw != none else { return none }
            if newID[Int(raw)] == none {
                newID[Int(raw)] = UInt32(values.count)
                values.append(normalized[Int(raw)])
            }
            return newID[Int(raw)]
        }
        return (ids, values)
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
