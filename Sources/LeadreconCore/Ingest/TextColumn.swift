
/// One text column of a ``SourceTable``: every record's value, compact.
///
/// A `[String]` cost 16 bytes a cell plus a heap object of about 48 bytes for every value longer
/// than 15 bytes (record ids, e-mails, many names): at a million leads of twenty columns that was
/// most of a run's memory. Here a column starts out interned — each distinct value stored once,
/// as bytes and as one shared `String`, and a 4-byte id per record — which suits statuses, owners,
/// countries and lead sources. Once a column turns out to be mostly distinct (ids, e-mails, names),
/// it switches to plain storage: the bytes back to back and a 4-byte end offset per record.
///
/// Written by hand: no mirrored package stores strings this way, and the layout is what the
/// normalisers read from (bytes, no `String` per record).
public struct TextColumn: Sendable {
    /// Interning stops past this many distinct values …
    static let maxDistinct = 4096
    /// … or when, after this many values, more than half of them were new.
    static let sampleSize = 2048

    private var interned = true
    /// Interned: per record, the id of its value (0 is the empty value).
    private var ids: [UInt32] = []
    /// Interned: the distinct values as strings, id 0 the empty one …
    private var distinct: [String] = [""]
    /// … and as bytes, numbered the same.
    private var distinctBytes = TextColumn.emptyDistinct

    /// Plain: the values' bytes back to back, and each record's end offset in them.
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []
    /// Plain, once the bytes pass 4 GiB: every end offset, full width (then `ends` is unused).
    private var wideEnds: [Int]?

    public init() {}

    private static let emptyDistinct: ByteStringIDs = {
        var ids = ByteStringIDs()
        _ = ids.number(UnsafeBufferPointer(start: nil, count: 0))
        return ids
    }()

    /// The number of records.
    public var count: Int { interned ? ids.count : (wideEnds?.count ?? ends.count) }

    /// Appends the next record's value (empty when missing).
    public mutating func append(_ value: String) {
        var utf8 = value
        utf8.withUTF8 { append(bytes: $0, string: value) }
    }

    /// Appends the next record's value as UTF-8 bytes; `string`, when the caller has one, is kept
    /// instead of making another for an interned value.
    mutating func append(bytes value: UnsafeBufferPointer<UInt8>, string: String? = nil) {
        if interned {
            if value.isEmpty { ids.append(0); return }
            if let id = intern(value, string: string) { ids.append(id); return }
            becomePlain()
        }
        appendPlain(value)
    }

    /// The value of record `row`, empty when missing.
    public subscript(row: Int) -> String {
        if interned { return distinct[Int(ids[row])] }
        let (start, end) = range(row)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The interned id of `row`'s value (0 is the empty value; equal ids, equal values), or nil
    /// once the column keeps plain bytes: for memos of a value computed per distinct text.
    public func internedID(_ row: Int) -> Int? { interned ? Int(ids[row]) : nil }

    /// The number of interned ids handed out so far (the empty value included), or nil once the
    /// column keeps plain bytes.
    public var internedCount: Int? { interned ? distinct.count : nil }

    /// Whether record `row` has no value.
    public func isEmpty(_ row: Int) -> Bool {
        if interned { return ids[row] == 0 }
        let (start, end) = range(row)
        return start == end
    }

    /// Calls `body` with the UTF-8 bytes of record `row` (empty when missing), without a `String`.
    public func withBytes<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if interned { return try distinctBytes.withBytes(of: Int(ids[row]), body) }
        let (start, end) = range(row)
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Every record's value, in order (tests and small tables).
    public var values: [String] { (0..<count).map { self[$0] } }

    // MARK: - Storage

    @inline(__always)
    private func range(_ row: Int) -> (Int, Int) {
        if let wideEnds { return (row == 0 ? 0 : wideEnds[row - 1], wideEnds[row]) }
        return (row == 0 ? 0 : Int(ends[row - 1]), Int(ends[row]))
    }

    private mutating func appendPlain(_ value: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: value)
        if wideEnds != nil {
            wideEnds!.append(bytes.count)
        } else if bytes.count <= Int(UInt32.max) {
            ends.append(UInt32(bytes.count))
        } else {
            wideEnds = ends.map(Int.init) + [bytes.count]
            ends = []
        }
    }

    /// The id of `value` among the distinct values, added if new; nil when interning no longer pays.
    private mutating func intern(_ value: UnsafeBufferPointer<UInt8>, string: String?) -> UInt32? {
        let place = distinctBytes.place(of: value)
        if let id = place.id { return UInt32(id) }
        let newCount = distinct.count   // the new value's id; distinct values so far: newCount - 1
        if newCount > Self.maxDistinct || (ids.count >= Self.sampleSize && newCount * 2 > ids.count) { return nil }
        distinct.append(string ?? String(decoding: value, as: UTF8.self))
        return UInt32(distinctBytes.insert(value, at: place))
    }

    /// Rewrites the interned records as plain ones and frees the interning tables.
    private mutating func becomePlain() {
        let oldIDs = ids
        interned = false
        ids = []
        bytes.reserveCapacity(oldIDs.count * 16)
        ends.reserveCapacity(oldIDs.capacity)
        let stored = distinctBytes
        for id in oldIDs { stored.withBytes(of: Int(id)) { appendPlain($0) } }
        distinct = [""]
        distinctBytes = Self.emptyDistinct
    }
}
