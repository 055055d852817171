import LeadreconLink

/// The levels of recently graded value pairs of one text comparison, direct-mapped on the pair of
/// value ids. Why: names repeat (a million records carry a few thousand first names), so most
/// string measures a grading loop asks for were asked before.
struct TextLevelCache {
    /// Entries of the cache (indexed by the top 16 bits of a hash of the pair).
    static let size = 1 << 16

    private var pairs = [UInt64](repeating: .max, count: Self.size)
    private var levels = [UInt8](repeating: 0, count: Self.size)

    /// The level of values `a` and `b` (both present) of a column's storage: 0 for equal ids, else
    /// the comparator's level of their bytes, remembered for the next time.
    @inline(__always)
    mutating func level(_ a: UInt32, _ b: UInt32, _ comparator: Comparator,
                        _ arena: UnsafeBufferPointer<UInt8>, _ offsets: UnsafeBufferPointer<UInt32>) -> UInt8 {
        if a == b { return 0 }
        let key = UInt64(a) << 32 | UInt64(b)
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
        if pairs[slot] == key { return levels[slot] }
        let aText = UnsafeBufferPointer(rebasing: arena[Int(offsets[Int(a)])..<Int(offsets[Int(a) + 1])])
        let bText = UnsafeBufferPointer(rebasing: arena[Int(offsets[Int(b)])..<Int(offsets[Int(b) + 1])])
        let level = UInt8(comparator.level(utf8: aText, bText))
        pairs[slot] = key
        levels[slot] = level
        return level
    }
}
