/// A hash table from a pair of 32-bit value ids to a 32-bit key id: the composite blocking keys
/// (first name + last name, last name + company) of a million records, found by their value ids
/// with one probe of 8-byte keys instead of hashing and comparing the joined text per record.
///
/// Hand-written because the standard `Dictionary` hashes every key with a seeded SipHash and
/// stores keys and values apart, about twice the time here; open addressing with linear probing,
/// at most half full.
struct PairKeyTable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var count = 0
    private static let empty = UInt64.max

    init(capacity: Int = 1024) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: 0, count: size)
    }

    /// The key id stored for `(a, b)`, or the one `make` returns, stored, when there is none.
    mutating func id(_ a: UInt32, _ b: UInt32, make: () -> UInt32) -> UInt32 {
        let key = UInt64(a) << 32 | UInt64(b)
        var slot = Self.slot(key, mask: keys.count - 1)
        while keys[slot] != Self.empty {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        let value = make()
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return value
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        // Fibonacci hashing: the high bits of the product mix both ids.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != Self.empty {
            var slot = Self.slot(key, mask: mask)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = oldValues[index]
        }
    }
}
