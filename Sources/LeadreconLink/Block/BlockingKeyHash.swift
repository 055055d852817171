/// A stable 64-bit hash of blocking-key bytes: FNV-1a over 8-byte words, then the tail bytes, then
/// a MurmurHash3 finaliser. Words are read little-endian, so the value is the same on every machine.
///
/// Swift's `Hasher` is seeded per process, so anything whose layout could leak into output, order or
/// sharding hashes with this instead. Here it only places keys in the interning table (key ids come
/// from first occurrence, not from the hash), but a later split of blocking by key range over
/// machines needs the same value on every run, and this gives it.
enum BlockingKeyHash {
    /// The hash of `bytes`. Its low bits place keys in a table, so none of them is fixed.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                hash = (hash ^ word) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 29
                index += 8
            }
            while index < count {
                hash = (hash ^ UInt64(base.load(fromByteOffset: index, as: UInt8.self))) &* 0x0000_0100_0000_01B3
                index += 1
            }
        }
        // FNV's multiply carries only upward; a MurmurHash3 finaliser mixes the high bits back into
        // the low ones that choose a table slot.
        hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
        return hash ^ (hash >> 33)
    }
}
