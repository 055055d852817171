/// The touches of the activity sources, collected per CRM record while the files stream: the flag
/// stage reads nothing else of an activity, so ingest keeps a time per touch under the record's id
/// instead of the activity rows (five million rows of seven text columns were a third of a
/// million-lead run's memory, and regrouping them after ingest a fifth of the flag stage).
///
/// Record ids are numbered as bytes (``ByteStringIDs``), touches kept as two flat arrays while
/// they come in and then grouped by record in one array (``finish()``): a dictionary from id
/// `String` to an array of times made a string per activity and cost a hash of it per activity
/// and again per CRM lead, the largest single part of the flag stage.
struct TouchLog: Sendable {
    private var records = ByteStringIDs()
    /// Touches added since the last ``finish()``: the record's number and the time.
    private var addedRecord: [UInt32] = []
    private var addedTime: [Int64] = []
    /// After ``finish()``: record `k`'s touches are `times[starts[k]..<starts[k + 1]]`, ascending.
    private var starts: [Int] = [0]
    private var times: [Int64] = []

    /// The number of CRM records with at least one touch.
    var recordCount: Int { records.count }

    /// Records a touch at `at` (seconds since the epoch) on the CRM record whose id is `record`.
    mutating func add(record: UnsafeBufferPointer<UInt8>, at: Int64) {
        addedRecord.append(UInt32(records.number(record)))
        addedTime.append(at)
    }

    /// Records a touch at `at` on the CRM record `record`.
    mutating func add(record: String, at: Int64) {
        var id = record
        id.withUTF8 { add(record: $0, at: at) }
    }

    /// Adds the touches of another activity source.
    mutating func merge(_ other: TouchLog) {
        if records.count == 0 { self = other; return }
        for record in 0..<(other.starts.count - 1) {   // those grouped by an earlier finish()
            other.records.withBytes(of: record) { id in
                for at in other.times[other.starts[record]..<other.starts[record + 1]] { add(record: id, at: at) }
            }
        }
        for (record, at) in zip(other.addedRecord, other.addedTime) {
            other.records.withBytes(of: Int(record)) { add(record: $0, at: at) }
        }
    }

    /// Groups the touches by record, each record's ascending: once, after the last `add` or
    /// `merge` (again after more).
    mutating func finish() {
        guard !addedRecord.isEmpty || starts.count != records.count + 1 else { return }
        var counts = [Int](repeating: 0, count: records.count + 1)
        for record in 0..<(starts.count - 1) { counts[record + 1] = starts[record + 1] - starts[record] }
        for record in addedRecord { counts[Int(record) + 1] += 1 }
        var newStarts = counts
        for record in 0..<records.count { newStarts[record + 1] += newStarts[record] }
        var next = newStarts
        var grouped = [Int64](repeating: 0, count: newStarts[records.count])
        for record in 0..<(starts.count - 1) {
            for at in times[starts[record]..<starts[record + 1]] { grouped[next[record]] = at; next[record] += 1 }
        }
        for (record, at) in zip(addedRecord, addedTime) { grouped[next[Int(record)]] = at; next[Int(record)] += 1 }
        for record in 0..<records.count where newStarts[record + 1] - newStarts[record] > 1 {
            grouped[newStarts[record]..<newStarts[record + 1]].sort()
        }
        starts = newStarts
        times = grouped
        addedRecord = []
        addedTime = []
    }

    /// Marks an id that has no touches in ``number(of:)``.
    static let noTouches = UInt32.max

    /// The number of the record whose id is `id` (after ``finish()``), for ``touches(ofNumber:)``;
    /// ``noTouches`` when it has none.
    func number(of id: UnsafeBufferPointer<UInt8>) -> UInt32 {
        precondition(addedRecord.isEmpty && starts.count == records.count + 1, "TouchLog.finish() before reading")
        return records.id(of: id).map(UInt32.init) ?? Self.noTouches
    }

    /// The touches of the record numbered `number` (``number(of:)``), ascending.
    func touches(ofNumber number: UInt32) -> ArraySlice<Int64> {
        number == Self.noTouches ? [] : times[starts[Int(number)]..<starts[Int(number) + 1]]
    }

    /// The touches of `record`, ascending (after ``finish()``).
    func touches(of record: String) -> ArraySlice<Int64> {
        var id = record
        return touches(ofNumber: id.withUTF8 { number(of: $0) })
    }
}
