import LeadreconValues

/// Which activity rows are touches: a completed call, e-mail or meeting by the pipeline's
/// `touch_types` and `completed_statuses` (RULES.md), on a CRM record, with a time.
///
/// Activities are the largest input (five per contact in the benchmark world) and the flag stage
/// needs only their touches, so ingest keeps only those, as a ``TouchLog``.
/// Each distinct raw type and status is folded once: folding is Unicode normalisation, and doing
/// it three times per row cost more than the rest of the flag stage together.
struct ActivityTouchFilter {
    private let touchTypes: Set<String>
    private let completed: Set<String>
    private let folding = FoldMemo()
    /// The distinct (type, subtype, status) combinations seen, each as its three texts with their
    /// lengths, and the verdict of combination `k` at `verdicts[k]`: one look-up per activity
    /// (a look-up per text and a dictionary of verdicts was three times the hashing).
    private var kinds = ByteStringIDs()
    private var verdicts: [Bool] = []
    private var key: [UInt8] = []
    /// Past this many combinations (free text mapped as a type?) verdicts are not remembered.
    private static let maxRemembered = 1 << 16

    init(rules: Pipeline.RuleSettings) {
        touchTypes = Set(rules.touchTypes.map(HeaderFolding.fold))
        completed = Set(rules.completedStatuses.map(HeaderFolding.fold))
    }

    /// Whether an activity of this type, subtype and status counts as a touch; a missing type falls
    /// back to the subtype (Salesforce's `TaskSubtype`).
    func isTouch(type: String, subtype: String, status: String) -> Bool {
        guard completed.contains(fold(status)) else { return false }
        let type = fold(type)
        return touchTypes.contains(type) || (type.isEmpty && touchTypes.contains(fold(subtype)))
    }

    /// The time of a typed activity record when it is a touch the flag stage can place: a touch,
    /// on a record id (the `who` slot, which the caller reads as bytes), with a completion time
    /// (else its creation time); else nil. Whether a type, subtype and status make a touch is
    /// decided once per distinct combination, read as bytes (a string and a fold per cell and
    /// activity was a fifth of reading five million activities).
    mutating func touch(_ record: CanonicalRecord, slots: Slots) -> Int64? {
        func time(_ slot: Int?) -> Timestamp? { slot.flatMap { record.values[$0].timestamp } }
        guard let who = slots.who, !record.withText(who, \.isEmpty),
              let at = time(slots.completedAt) ?? time(slots.createdAt) else { return nil }
        // Each text after its length, so that no two combinations share a key; written into the
        // reused buffer in one access (appending piece by piece was a tenth of typing a touch).
        func count(_ slot: Int?) -> Int { slot.map { record.withText($0, \.count) } ?? 0 }
        let length = 12 + count(slots.type) + count(slots.subtype) + count(slots.status)
        if key.count < length { key = [UInt8](repeating: 0, count: max(length, 2 * key.count)) }
        key.withUnsafeMutableBytes { key in
            // Offsets passed along, not captured: a nested function that captured a variable
            // boxed it, and every access to the box was a dynamic exclusivity check.
            let afterType = Self.write(slots.type, of: record, into: key, at: 0)
            let afterSubtype = Self.write(slots.subtype, of: record, into: key, at: afterType)
            _ = Self.write(slots.status, of: record, into: key, at: afterSubtype)
        }
        let combination = key   // shares the buffer: `kinds` and `verdicts` change while it is read
        let verdict = combination.withUnsafeBufferPointer { whole in
            let key = UnsafeBufferPointer(rebasing: whole[..<length])
            let place = kinds.place(of: key)
            if let id = place.id { return verdicts[id] }
            let verdict = isTouch(type: text(slots.type, record), subtype: text(slots.subtype, record),
                                  status: text(slots.status, record))
            if kinds.count < Self.maxRemembered {
                _ = kinds.insert(key, at: place)
                verdicts.append(verdict)
            }
            return verdict
        }
        return verdict ? at.secondsSinceEpoch : nil
    }

    /// Writes the length and bytes of the text in `slot` (none: length 0) at `offset`; answers
    /// where the next text goes.
    @inline(__always)
    private static func write(_ slot: Int?, of record: CanonicalRecord, into key: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        guard let slot else {
            key.storeBytes(of: 0, toByteOffset: offset, as: UInt32.self)
            return offset + 4
        }
        return record.withText(slot) { text in
            key.storeBytes(of: UInt32(text.count).littleEndian, toByteOffset: offset, as: UInt32.self)
            if let base = text.baseAddress { (key.baseAddress! + offset + 4).copyMemory(from: base, byteCount: text.count) }
            return offset + 4 + text.count
        }
    }

    private func text(_ slot: Int?, _ record: CanonicalRecord) -> String {
        slot.map { record.withText($0) { String(decoding: $0, as: UTF8.self) } } ?? ""
    }

    /// The fields ``touch(_:slots:)`` reads, and the record id (a row without one is rejected).
    static let fieldsRead: Set<CanonicalField> = [.recordID, .whoID, .activityType, .activitySubtype, .status,
                                                  .completedAt, .createdAt]

    /// Where the fields ``touch(_:slots:)`` reads stand in a source's records.
    struct Slots {
        var who, type, subtype, status, completedAt, createdAt: Int?

        init(fields: [CanonicalField]) {
            who = fields.firstIndex(of: .whoID)
            type = fields.firstIndex(of: .activityType)
            subtype = fields.firstIndex(of: .activitySubtype)
            status = fields.firstIndex(of: .status)
            completedAt = fields.firstIndex(of: .completedAt)
            createdAt = fields.firstIndex(of: .createdAt)
        }
    }

    private func fold(_ raw: String) -> String { folding.fold(raw) }
}
