/// The affix codes of `NameAffixes.kinds` in an open-addressing table probed with a multiplicative
/// hash of a code's two words.
///
/// Why not the dictionary itself: every word of every distinct name is looked up, nearly always to
/// find nothing, and a `Dictionary` look-up hashes the code with SipHash, about 300 instructions.
/// This table answers in a few dozen. It holds the same entries (a test checks every one, and
/// words that are no affix).
struct NameAffixTable: Sendable {
    private let heads: [UInt64]
    private let tails: [UInt64]
    /// The kinds of the code in each slot; an empty set marks an empty slot (every affix has a kind).
    private let kinds: [UInt8]
    private let shift: UInt64

    /// A table of `entries`, at most a quarter full.
    init(_ entries: [NameAffixes.Code: NameAffixes.Kind]) {
        var bits: UInt64 = 4
        while 1 << bits < entries.count * 4 { bits += 1 }
        var heads = [UInt64](repeating: 0, count: 1 << bits)
        var tails = heads
        var kinds = [UInt8](repeating: 0, count: 1 << bits)
        shift = 64 - bits
        // Inserted in a fixed order so that the layout does not depend on the dictionary's seed.
        for (code, kind) in entries.sorted(by: { ($0.key.head, $0.key.tail) < ($1.key.head, $1.key.tail) }) {
            precondition(!kind.isEmpty, "an affix without a kind")
            var slot = Self.slot(code, shift: shift)
            while kinds[slot] != 0 { slot = (slot + 1) & (kinds.count - 1) }
            heads[slot] = code.head
            tails[slot] = code.tail
            kinds[slot] = kind.rawValue
        }
        self.heads = heads
        self.tails = tails
        self.kinds = kinds
    }

    /// The kinds of `code`; empty when it is no affix.
    @inline(__always)
    func kind(of code: NameAffixes.Code) -> NameAffixes.Kind {
        var slot = Self.slot(code, shift: shift)
        while kinds[slot] != 0 {
            if heads[slot] == code.head, tails[slot] == code.tail { return NameAffixes.Kind(rawValue: kinds[slot]) }
            slot = (slot + 1) & (kinds.count - 1)
        }
        return []
    }

    @inline(__always)
    private static func slot(_ code: NameAffixes.Code, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (code.head &* 0x9E37_79B9_7F4A_7C15 ^ code.tail &* 0xC2B2_AE3D_27D4_EB4F) >> shift)
    }
}
