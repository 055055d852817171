import LeadreconValues

/// Which activity rows are touches: a completed call, e-mail or meeting by the pipeline's
/// `touch_types` and `completed_statuses` (RULES.md), on a CRM record, with a time.
///
/// Activities are the largest input (five per contact in the benchmark world) and the flag stage
/// needs only their touches, so ingest keeps only those rows, and of them only ``keptFields``.
/// Each distinct raw type and status is folded once: folding is Unicode normalisation, and doing
/// it three times per row cost more than the rest of the flag stage together.
struct ActivityTouchFilter {
    /// The fields of an activity that anything after ingest reads.
    static let keptFields: Set<CanonicalField> = [
        .whoID, .owner, .activityType, .activitySubtype, .status, .completedAt, .createdAt,
    ]
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

    /// Whether a typed activity record is a touch the flag stage can place: a touch, on a record
    /// id, with a completion or creation time.
    func keeps(_ record: CanonicalRecord, slots: Slots) -> Bool {
        func text(_ slot: Int?) -> String { slot.flatMap { record.values[$0].text } ?? "" }
        func has(_ slot: Int?) -> Bool { slot.flatMap { record.values[$0].timestamp } != nil }
        return !text(slots.who).isEmpty && (has(slots.completedAt) || has(slots.createdAt))
            && isTouch(type: text(slots.type), subtype: text(slots.subtype), status: text(slots.status))
    }

    /// Where the fields ``keeps(_:slots:)`` reads stand in a source's records.
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
