/// A stable 64-bit hash of blocking-key bytes: FNV-1a over 8-byte words, then the tail bytes.
///
/// Swift's `Hasher` is seeded per process, so anything whose layout could leak into output, order or
/// sharding hashes with this instead. Here it only places keys in the interning table (key ids come
/// from first occurrence, not from the hash), but a later split of blocking by key range over
/// machines needs the same value on every run, and this gives it.
enum BlockingKeyHash {
    /// The hash of `bytes`; never 0, so 0 can mark an empty slot.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                hash = (hash ^ base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 29
                index += 8
            }
            while index < count {
                hash = (hash ^ UInt64(base.load(fromByteOffset: index, as: UInt8.self))) &* 0x0000_0100_0000_01B3
                index += 1
            }
        }
        return (hash ^ (hash >> 32)) | 1
    }
}
