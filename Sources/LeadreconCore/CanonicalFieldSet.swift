/// A set of canonical fields as one 64-bit mask: which fields a record has a value for, asked per
/// record and rule. A `Set<CanonicalField>` per record costs a heap allocation and a hash per
/// insert; at a million records that was a visible share of assembling people.
public struct CanonicalFieldSet: Sendable, Equatable, ExpressibleByArrayLiteral {
    private var mask: UInt64 = 0

    public init() {}

    public init(arrayLiteral fields: CanonicalField...) {
        for field in fields { insert(field) }
    }

    public func contains(_ field: CanonicalField) -> Bool { mask & Self.bit(field) != 0 }

    public mutating func insert(_ field: CanonicalField) { mask |= Self.bit(field) }

    public mutating func remove(_ field: CanonicalField) { mask &= ~Self.bit(field) }

    public var isEmpty: Bool { mask == 0 }

    /// Whether the two sets share a field.
    public func intersects(_ other: CanonicalFieldSet) -> Bool { mask & other.mask != 0 }

    /// Adds every field of `other`: one instruction, for loops that looked their fields up once.
    public mutating func formUnion(_ other: CanonicalFieldSet) { mask |= other.mask }

    /// Each field's bit is its position among all cases: a field-less enum is stored as that
    /// position (its tag, in declaration order, one byte). Debug builds (the tests) check that for
    /// every case at the first use; `CanonicalFieldSetTests` checks every field's bit. Looking the
    /// bit up in a `[CanonicalField: UInt64]` hashed the field on every `contains`, asked several
    /// times per record and rule.
    private static let tagsArePositions: Bool = {
        precondition(CanonicalField.allCases.count <= 64, "CanonicalFieldSet holds at most 64 fields")
        precondition(MemoryLayout<CanonicalField>.size == 1, "CanonicalField is stored as a one-byte tag")
        for (position, field) in CanonicalField.allCases.enumerated() {
            precondition(Int(unsafeBitCast(field, to: UInt8.self)) == position, "CanonicalField's tags follow allCases")
        }
        return true
    }()

    @inline(__always)
    private static func bit(_ field: CanonicalField) -> UInt64 {
        assert(tagsArePositions)
        return UInt64(1) << UInt64(unsafeBitCast(field, to: UInt8.self))
    }
}
