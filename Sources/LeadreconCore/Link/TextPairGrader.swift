import LeadreconLink

/// Grades pairs of values of one text comparison, given as value ids of its column (both present).
///
/// Why a type: the cheapest way to a level depends on the method. `exact` needs no bytes at all
/// (interned values are equal exactly when their ids are); `phone` compares a few trailing
/// digits, cheaper than a cache probe; the string measures (Jaro-Winkler, edit distances, e-mail
/// local parts) remember recent value pairs in a direct-mapped cache, because names repeat (a
/// million records carry a few thousand first names) and most measures asked for were asked
/// before. A class with its own allocation: grading loops call it for every pair and must not pay
/// for copy-on-write checks of a cache held in a struct. One per thread: it is not thread-safe.
final class TextPairGrader {
    /// Entries of the cache (indexed by the top 16 bits of a hash of the pair).
    static let cacheSize = 1 << 16

    private enum Route { case ids, direct, cached }

    private let comparator: Comparator
    private let route: Route
    private let elseLevel: UInt8
    private let arena: UnsafeBufferPointer<UInt8>
    private let offsets: UnsafeBufferPointer<UInt32>
    private let cachedPairs: UnsafeMutableBufferPointer<UInt64>
    private let cachedLevels: UnsafeMutableBufferPointer<UInt8>
    /// Per value id, for Jaro-Winkler: what the upper bound reads (see ``JaroBoundSignature``).
    private let signatures: UnsafeBufferPointer<JaroBoundSignature>?
    /// Keeps `signatures` allocated while this grader reads them.
    private let signatureOwner: BoundSignatures?
    /// With signatures: the bound below which a pair is at the else level.
    private let elseBelow: Double

    /// A grader of `comparator` over a column's storage (``BlockingKeyColumn/withUnsafeStorage(_:)``),
    /// which must stay valid while it is used; `signatures`, when given, are the column's.
    init(_ comparator: Comparator, arena: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<UInt32>,
         signatures: BoundSignatures? = nil) {
        signatureOwner = signatures
        self.signatures = signatures?.values
        elseBelow = comparator.jaroWinklerElseBelow ?? -.infinity
        self.comparator = comparator
        route = switch comparator.method {
        case .exact: .ids
        case .phone: .direct
        default: .cached
        }
        elseLevel = UInt8(comparator.elseLevel)
        self.arena = arena
        self.offsets = offsets
        let size = route == .cached ? Self.cacheSize : 0
        cachedPairs = .allocate(capacity: size)
        cachedPairs.initialize(repeating: .max)
        cachedLevels = .allocate(capacity: size)
        cachedLevels.initialize(repeating: 0)
    }

    deinit {
        cachedPairs.deallocate()
        cachedLevels.deallocate()
    }

    /// The level of values `a` and `b`: 0 for equal ids, else the comparator's level of their bytes.
    @inline(__always)
    func level(_ a: UInt32, _ b: UInt32) -> UInt8 {
        if a == b { return 0 }
        switch route {
        case .ids:
            return elseLevel
        case .direct:
            return UInt8(comparator.level(utf8: text(a), text(b)))
        case .cached:
            // The bound first: it settles most pairs from two signatures, where the cache, a
            // half-megabyte table, would cost a miss for pairs that rarely repeat (companies).
            var bounded = false
            if let signatures, let bound = StringSimilarity.jaroWinklerUpperBound(signatures[Int(a)], signatures[Int(b)]) {
                if bound < elseBelow { return elseLevel }
                bounded = true
            }
            let key = UInt64(a) << 32 | UInt64(b)
            let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
            if cachedPairs[slot] == key { return cachedLevels[slot] }
            let level = bounded ? UInt8(comparator.jaroWinklerLevel(unequal: text(a), text(b)))
                : UInt8(comparator.level(utf8: text(a), text(b)))
            cachedPairs[slot] = key
            cachedLevels[slot] = level
            return level
        }
    }

    /// The level of two unequal phone numbers given as packed trailing digits
    /// (``Comparator/packedTrailingDigits(_:)``).
    @inline(__always)
    func level(packed a: UInt32, _ b: UInt32) -> UInt8 {
        UInt8(comparator.phoneLevel(packed: a, b))
    }

    @inline(__always)
    private func text(_ id: UInt32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])])
    }
}

/// A Jaro-Winkler column's bound signatures, one per value id: computed once per column and read by
/// the graders of every thread (read-only after `init`, hence `@unchecked Sendable`).
final class BoundSignatures: @unchecked Sendable {
    let values: UnsafeBufferPointer<JaroBoundSignature>

    /// The signatures of `column`'s values, or nil when `comparator` is not a Jaro-Winkler one.
    init?(_ comparator: Comparator, _ column: LinkTextColumn) {
        guard case .jaroWinkler = comparator.method else { return nil }
        let count = column.values.distinctKeyCount
        let values = UnsafeMutableBufferPointer<JaroBoundSignature>.allocate(capacity: count)
        // On both cores: the company column of the 1M-person world took a fifth of a second on one.
        column.values.withUnsafeStorage { _, arena, offsets in
            let shared = UncheckedSendable((values, arena, offsets))
            ParallelRanges.forEach(count: count) { ids in
                let (values, arena, offsets) = shared.value
                for id in ids {
                    values.initializeElement(
                        at: id, to: JaroBoundSignature(UnsafeBufferPointer(rebasing: arena[Int(offsets[id])..<Int(offsets[id + 1])])))
                }
            }
        }
        self.values = UnsafeBufferPointer(values)
    }

    deinit {
        values.deallocate()
    }
}
