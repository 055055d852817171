/// The touches of the activity sources, collected per CRM record while the files stream: the flag
/// stage reads nothing else of an activity, so ingest keeps a time per touch under the record's id
/// instead of the activity rows (five million rows of seven text columns were a third of a
/// million-lead run's memory, and regrouping them after ingest a fifth of the flag stage).
struct TouchLog: Sendable {
    private var byRecord: [String: [Int64]] = [:]
    private var sorted = true

    /// The number of CRM records with at least one touch.
    var recordCount: Int { byRecord.count }

    /// Records a touch at `at` (seconds since the epoch) on the CRM record `record`.
    mutating func add(record: String, at: Int64) {
        byRecord[record, default: []].append(at)
        sorted = false
    }

    /// Adds the touches of another activity source.
    mutating func merge(_ other: TouchLog) {
        if byRecord.isEmpty { self = other; return }
        byRecord.merge(other.byRecord) { $0 + $1 }
        sorted = false
    }

    /// Sorts every record's touches, once, after the last `add` or `merge`.
    mutating func finish() {
        guard !sorted else { return }
        var index = byRecord.values.startIndex
        while index != byRecord.values.endIndex {
            byRecord.values[index].sort()   // in place: no copy of the dictionary or its arrays
            byRecord.values.formIndex(after: &index)
        }
        sorted = true
    }

    /// The touches of `record`, ascending (after ``finish()``).
    func touches(of record: String) -> [Int64] {
        precondition(sorted, "TouchLog.finish() before reading")
        return byRecord[record] ?? []
    }
}
