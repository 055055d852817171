/// One blocking rule's key for every record, interned: each distinct key's bytes are stored once and
/// each record holds a 32-bit key id.
///
/// Why interned ids rather than `[String?]`: at a million records and seven rules, `[String?]` costs
/// 16 bytes a slot plus a heap object for every key longer than 15 bytes (most e-mails, name pairs),
/// about 112 MB of slots and as much again in objects, and grouping would hash and compare strings.
/// Ids cost 4 bytes a record, the distinct keys are kept once in one byte arena, and blocking then
/// groups small integers with a counting sort.
///
/// Key ids are handed out in order of first appearance (record 0's key is id 0 unless it has none),
/// so they, and everything ordered by them, depend only on the keys and their order, never on a
/// hash seed. An empty key is no key: a rule must not put every record with an empty e-mail into
/// one block. Composite keys (last name + company) are the caller's to join, with a separator byte
/// that cannot occur in the parts (for example 0x1F).
public struct BlockingKeyColumn: Sendable {
    /// The key id marking a record without a key.
    static let noKey = UInt32.max

    /// Per record: its key id, or `noKey`.
    private(set) var keyIDs: [UInt32] = []
    /// The distinct keys' bytes, back to back; key `id` is `arena[offsets[id]..<offsets[id + 1]]`.
    private var arena: [UInt8] = []
    private var offsets: [UInt32] = [0]
    /// Per key id: its hash, so the table can grow and probes can skip most byte comparisons.
    private var hashes: [UInt64] = []
    /// Open addressing, linear probing: key id + 1 per slot, 0 for empty. Kept at most half full.
    private var slots: [UInt32] = Array(repeating: 0, count: 64)

    /// An empty column.
    public init() {}

    /// A column for `keys`, one per record, `nil` or empty meaning no key.
    public init(_ keys: some Sequence<String?>) {
        self.init()
        reserveCapacity(keys.underestimatedCount)
        for key in keys { append(key) }
    }

    /// Reserves room for `records` records.
    public mutating func reserveCapacity(_ records: Int) {
        keyIDs.reserveCapacity(records)
    }

    /// The number of records.
    public var count: Int { keyIDs.count }

    /// The number of distinct keys.
    public var distinctKeyCount: Int { offsets.count - 1 }

    /// Appends the next record's key; `nil` or empty means the record has none.
    public mutating func append(_ key: String?) {
        guard var key else { return appendNoKey() }
        key.withUTF8 { append(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Appends the next record's key as UTF-8 (or any) bytes; empty means the record has none.
    ///
    /// The bytes are copied only the first time a key is seen.
    public mutating func append(bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return appendNoKey() }
        precondition(arena.count + bytes.count <= Int(UInt32.max), "blocking keys exceed 4 GiB")
        let hash = BlockingKeyHash.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash, storedKey(id, equals: bytes) {
                keyIDs.append(UInt32(id))
                return
            }
            slot = (slot + 1) & mask
        }
        let id = UInt32(distinctKeyCount)
        precondition(id < Self.noKey - 1, "more than 4 billion distinct blocking keys")
        arena.append(contentsOf: bytes)
        offsets.append(UInt32(arena.count))
        hashes.append(hash)
        slots[slot] = id + 1
        keyIDs.append(id)
        if distinctKeyCount * 2 > slots.count { growSlots() }
    }

    /// Appends a record without a key.
    public mutating func appendNoKey() {
        keyIDs.append(Self.noKey)
    }

    /// The key id of `record`, or `nil` when it has no key. Ids run from 0 in order of first use.
    public func keyID(ofRecord record: Int) -> Int? {
        let id = keyIDs[record]
        return id == Self.noKey ? nil : Int(id)
    }

    /// The key of `record` as text (invalid UTF-8 repaired), or `nil` when it has none.
    public func key(ofRecord record: Int) -> String? {
        keyID(ofRecord: record).map(keyText)
    }

    /// The text of key `id` (invalid UTF-8 repaired), for warnings and explanations.
    public func keyText(_ id: Int) -> String {
        let range = Int(offsets[id])..<Int(offsets[id + 1])
        return String(decoding: arena[range], as: UTF8.self)
    }

    private func storedKey(_ id: Int, equals bytes: UnsafeRawBufferPointer) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBytes { stored in
            let lhs = stored.baseAddress! + start
            for index in 0..<bytes.count where lhs.load(fromByteOffset: index, as: UInt8.self) != bytes[index] {
                return false
            }
            return true
        }
    }

    private mutating func growSlots() {
        var grown = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for id in 0..<distinctKeyCount {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = UInt32(id + 1)
        }
        slots = grown
    }
}
