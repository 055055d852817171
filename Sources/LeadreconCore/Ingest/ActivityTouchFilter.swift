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
    /// The distinct types, subtypes and statuses, and the verdict per combination of their numbers.
    private var kinds = ByteStringIDs()
    private var verdicts: [UInt64: Bool] = [:]

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
        let kind = (number(record, slots.type), number(record, slots.subtype), number(record, slots.status))
        // 21 bits a number: beyond two million distinct texts (free text mapped as a type?) the
        // verdicts are not remembered.
        let remembered = max(kind.0, kind.1, kind.2) < 1 << 21
        let key = UInt64(kind.0) << 42 | UInt64(kind.1) << 21 | UInt64(kind.2)
        if remembered, let known = verdicts[key] { return known ? at.secondsSinceEpoch : nil }
        func text(_ id: Int) -> String { kinds.withBytes(of: id) { String(decoding: $0, as: UTF8.self) } }
        let verdict = isTouch(type: text(kind.0), subtype: text(kind.1), status: text(kind.2))
        if remembered { verdicts[key] = verdict }
        return verdict ? at.secondsSinceEpoch : nil
    }

    /// The number of the text in `slot` among the types, subtypes and statuses seen (the empty
    /// text when the source has no such field).
    private mutating func number(_ record: CanonicalRecord, _ slot: Int?) -> Int {
        guard let slot else { return kinds.number(UnsafeBufferPointer(start: nil, count: 0)) }
        return record.withText(slot) { kinds.number($0) }
    }

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
