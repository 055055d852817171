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

    public var isEmpty: Bool { mask == 0 }

    /// Adds every field of `other`: one instruction, for loops that looked their fields up once.
    public mutating func formUnion(_ other: CanonicalFieldSet) { mask |= other.mask }

    /// Each field's bit, by its position among all cases (fewer than 64, checked once).
    private static let bits: [CanonicalField: UInt64] = {
        precondition(CanonicalField.allCases.count <= 64, "CanonicalFieldSet holds at most 64 fields")
        return Dictionary(uniqueKeysWithValues: CanonicalField.allCases.enumerated().map { ($1, UInt64(1) << UInt64($0)) })
    }()

    @inline(__always)
    private static func bit(_ field: CanonicalField) -> UInt64 { bits[field]! }
}
