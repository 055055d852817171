import Foundation
import LeadreconLink

/// Distinct byte strings, numbered 0, 1, 2, … in the order they were first seen: the dictionary
/// behind a text column's interned values and the touch log's record ids.
///
/// Written by hand: a `Dictionary<String, Int>` needs a `String` made (and hashed with the seeded
/// `Hasher`) for every look-up, and a heap object per key longer than 15 bytes; at five million
/// activities that was most of reading them. Here the values are stored back to back and found by
/// open addressing (``HashSlots``) on an FNV-1a hash of their bytes.
struct ByteStringIDs: Sendable {
    /// Value `id` is `bytes[ends[id]..<ends[id + 1]]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = [0]
    /// At most half full; a slot holds 32 bits of the value's hash (high half) and its id + 1
    /// (low half; 0 marks an empty slot).
    private var slots = [UInt64](repeating: 0, count: 64)

    /// The number of distinct values.
    var count: Int { ends.count - 1 }

    /// Where `value` stands: its id if it has one, else the slot a new id would take.
    struct Place {
        var id: Int?
        fileprivate var slot: Int
        fileprivate var hash: UInt64
    }

    /// Looks `value` up without numbering it.
    func place(of value: UnsafeBufferPointer<UInt8>) -> Place {
        let hash = value.isEmpty ? 0 : UInt64(UInt32(truncatingIfNeeded: TextInterner.hash(value)))
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            if entry >> 32 == hash, equals(id, value) { return Place(id: id, slot: slot, hash: hash) }
            slot = (slot + 1) & mask
        }
        return Place(id: nil, slot: slot, hash: hash)
    }

    /// The id of `value`, or nil when it was never numbered.
    func id(of value: UnsafeBufferPointer<UInt8>) -> Int? { place(of: value).id }

    /// The id of `value`, numbering it when new.
    mutating func number(_ value: UnsafeBufferPointer<UInt8>) -> Int {
        let place = place(of: value)
        return place.id ?? insert(value, at: place)
    }

    /// Numbers `value`, which `place` (just looked up, nothing inserted since) says is new.
    mutating func insert(_ value: UnsafeBufferPointer<UInt8>, at place: Place) -> Int {
        precondition(place.id == nil && count < Int(UInt32.max - 1), "ByteStringIDs: value already numbered, or too many values")
        let id = count
        bytes.append(contentsOf: value)
        ends.append(bytes.count)
        slots[place.slot] = place.hash << 32 | UInt64(id + 1)
        if count * 2 > slots.count { slots = HashSlots.doubled(slots) }
        return id
    }

    /// Calls `body` with the bytes of value `id`.
    func withBytes<Result>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[ends[id]..<ends[id + 1]])) }
    }

    private func equals(_ id: Int, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = ends[id], end = ends[id + 1]
        guard end - start == value.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            value.isEmpty || memcmp(stored.baseAddress! + start, value.baseAddress!, value.count) == 0
        }
    }
}
