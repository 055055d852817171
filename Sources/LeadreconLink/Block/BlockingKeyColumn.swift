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
    /// Open addressing, linear probing, at most half full. A slot holds 32 bits of the key's hash
    /// (high half) and its id + 1 (low half, 0 for empty): one memory access finds the slot and
    /// rejects almost every other key, which matters because a table of a million keys lives
    /// outside the caches and each access is a miss. Positions come from the same 32 bits, so the
    /// table can grow without the keys. Empty after `compact()`; rebuilt by the next append.
    private var slots: [UInt64] = Array(repeating: 0, count: 64)

    /// An empty column.
    public init() {}

    /// A column for `keys`, one per record, `nil` or empty meaning no key.
    public init(_ keys: some Sequence<String?>) {
        self.init()
        reserveCapacity(keys.underestimatedCount)
        for key in keys { append(key) }
    }

    /// A column whose record `r` has key `keyIDs[r]` (``noKeyID`` for none), key id `k` meaning key
    /// id `k` of `distinctKeys`: for callers that have already interned
    /// the keys (a normalised field's value ids) and must not pay for hashing them again.
    /// - Precondition: every id is below `distinctKeys.distinctKeyCount`, and the ids are numbered
    ///   in order of first appearance, as this type numbers them.
    public init(keyIDs: [UInt32], distinctKeys: BlockingKeyColumn) {
        var next: UInt32 = 0
        for id in keyIDs where id != Self.noKey {
            precondition(id <= next && Int(id) < distinctKeys.distinctKeyCount, "key ids out of order or range")
            if id == next { next += 1 }
        }
        self.keyIDs = keyIDs
        arena = distinctKeys.arena
        offsets = distinctKeys.offsets
        slots = []
    }

    /// A column of `keyIDs` over distinct keys `arena`/`offsets` numbered as this type numbers
    /// them (the bulk interning's result; no table until the next append).
    init(keyIDs: [UInt32], arena: [UInt8], offsets: [UInt32]) {
        self.keyIDs = keyIDs
        self.arena = arena
        self.offsets = offsets
        slots = []
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
        if slots.isEmpty { rebuildSlots() }
        precondition(arena.count + bytes.count <= Int(UInt32.max), "blocking keys exceed 4 GiB")
        let hash = UInt64(UInt32(truncatingIfNeeded: BlockingKeyHash.hash(bytes)))
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry >> 32 == hash {
                let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if storedKey(id, equals: bytes) {
                    keyIDs.append(UInt32(id))
                    return
                }
            }
            slot = (slot + 1) & mask
        }
        let id = UInt32(distinctKeyCount)
        precondition(id < Self.noKey - 1, "more than 4 billion distinct blocking keys")
        arena.append(contentsOf: bytes)
        offsets.append(UInt32(arena.count))
        slots[slot] = hash << 32 | UInt64(id + 1)
        keyIDs.append(id)
        if distinctKeyCount * 2 > slots.count { growSlots() }
    }

    /// Appends a record without a key.
    public mutating func appendNoKey() {
        keyIDs.append(Self.noKey)
    }

    /// Frees the lookup table that appending needs (8 to 16 bytes per distinct key), keeping the
    /// keys and ids. A later append rebuilds it. `BlockingRule` compacts the column it is given.
    public mutating func compact() {
        slots = []
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

    /// The key id that marks a record without a key in ``withUnsafeStorage(_:)``.
    public static var noKeyID: UInt32 { noKey }

    /// Calls `body` with the column's storage, for loops that must not pay for a `String` per key:
    /// each record's key id (``noKeyID`` for none), the distinct keys' bytes back to back, and the
    /// offsets, key `id` being `arena[offsets[id]..<offsets[id + 1]]`.
    public func withUnsafeStorage<R>(
        _ body: (_ keyIDs: UnsafeBufferPointer<UInt32>, _ arena: UnsafeBufferPointer<UInt8>,
                 _ offsets: UnsafeBufferPointer<UInt32>) throws -> R
    ) rethrows -> R {
        try keyIDs.withUnsafeBufferPointer { ids in
            try arena.withUnsafeBufferPointer { arena in
                try offsets.withUnsafeBufferPointer { offsets in try body(ids, arena, offsets) }
            }
        }
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

    private mutating func rebuildSlots() {
        var capacity = 64
        while capacity < distinctKeyCount * 2 + 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        let mask = capacity - 1
        arena.withUnsafeBytes { arena in
            for id in 0..<distinctKeyCount {
                let key = UnsafeRawBufferPointer(rebasing: arena[Int(offsets[id])..<Int(offsets[id + 1])])
                let hash = UInt64(UInt32(truncatingIfNeeded: BlockingKeyHash.hash(key)))
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = hash << 32 | UInt64(id + 1)
            }
        }
    }

    private mutating func growSlots() {
        slots = HashSlots.doubled(slots)
    }
}
