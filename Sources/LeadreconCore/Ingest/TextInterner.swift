/// Hands out one shared `String` per distinct byte sequence of a column, so a column of a few
/// hundred statuses, owners or countries costs a few hundred strings, not one per row.
///
/// Written by hand: a `Dictionary<String, String>` would need a `String` built for every lookup,
/// which is the allocation this avoids. Open addressing on an FNV-1a hash of the bytes (stable, not
/// Swift's per-process seeded `Hasher`). Columns that turn out to be mostly distinct (names,
/// e-mails) switch interning off after a sample and just build strings.
struct TextInterner {
    private var hashes: [UInt64] = []
    private var strings: [String] = []
    private var occupied = 0
    private var lookups = 0
    private var enabled = true
    /// Values longer than this are never interned (notes, descriptions).
    static let maxLength = 64
    /// Distinct values at which interning stops paying off.
    static let maxDistinct = 4096

    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard enabled, !bytes.isEmpty, bytes.count <= Self.maxLength else { return String(decoding: bytes, as: UTF8.self) }
        if hashes.isEmpty {
            hashes = Array(repeating: 0, count: 1024)
            strings = Array(repeating: "", count: 1024)
        }
        lookups += 1
        let full = Self.hash(bytes)
        let hash = full | 1  // stored: 0 marks an empty slot
        let mask = hashes.count - 1
        // The slot comes from the bits above the lowest, which `| 1` overwrote; starting from
        // `hash` itself would only ever land on odd slots and lengthen every probe.
        var index = Int(truncatingIfNeeded: full >> 1) & mask
        while hashes[index] != 0 {
            if hashes[index] == hash, Self.equal(strings[index], bytes) { return strings[index] }
            index = (index + 1) & mask
        }
        let made = String(decoding: bytes, as: UTF8.self)
        if occupied >= Self.maxDistinct || (lookups >= 2048 && occupied * 2 > lookups) {
            // Mostly distinct values: stop interning and free the table.
            enabled = false
            hashes = []
            strings = []
            return made
        }
        hashes[index] = hash
        strings[index] = made
        occupied += 1
        if occupied * 2 > hashes.count { grow() }
        return made
    }

    /// FNV-1a over 8-byte words (then the tail bytes): stable across runs, and a word per step.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while index + 8 <= bytes.count {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
            index += 8
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
            index += 1
        }
        return hash ^ (hash >> 32)
    }

    @inline(__always)
    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = string
        return string.withUTF8 { stored in
            stored.count == bytes.count && (stored.count == 0 || memcmpEqual(stored.baseAddress!, bytes.baseAddress!, stored.count))
        }
    }

    @inline(__always)
    private static func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for index in 0..<count where a[index] != b[index] { return false }
        return true
    }

    private mutating func grow() {
        let oldHashes = hashes, oldStrings = strings
        hashes = Array(repeating: 0, count: oldHashes.count * 2)
        strings = Array(repeating: "", count: oldHashes.count * 2)
        let mask = hashes.count - 1
        for (hash, string) in zip(oldHashes, oldStrings) where hash != 0 {
            var index = Int(truncatingIfNeeded: hash >> 1) & mask
            while hashes[index] != 0 { index = (index + 1) & mask }
            hashes[index] = hash
            strings[index] = string
        }
    }
}
