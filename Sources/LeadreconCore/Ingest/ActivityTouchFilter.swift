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

    /// The CRM record and time of a typed activity record when it is a touch the flag stage can
    /// place: a touch, on a record id, with a completion time (else its creation time); else nil.
    func touch(_ record: CanonicalRecord, slots: Slots) -> (record: String, at: Int64)? {
        func text(_ slot: Int?) -> String { slot.map { record.text($0) } ?? "" }
        func time(_ slot: Int?) -> Timestamp? { slot.flatMap { record.values[$0].timestamp } }
        let who = text(slots.who)
        guard !who.isEmpty, let at = time(slots.completedAt) ?? time(slots.createdAt),
              isTouch(type: text(slots.type), subtype: text(slots.subtype), status: text(slots.status)) else { return nil }
        return (who, at.secondsSinceEpoch)
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
