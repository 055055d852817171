extension Comparator {
    /// The most trailing digits ``packedTrailingDigits(_:)`` can hold.
    public static let maxPackedDigits = 8

    /// Whether this is a phone comparison whose levels can be read from packed trailing digits
    /// (its digit counts are at most ``maxPackedDigits``).
    ///
    /// Why: a phone comparison reads only the last few digits of two numbers. Packed into 32 bits
    /// beside a record's value ids, they come with the record's other values in one cache line,
    /// instead of two look-ups per number (offset, then bytes) among a million phone numbers.
    public var readsPackedDigits: Bool {
        guard case .phone = method, let most = counts.max() else { return false }
        return most <= Self.maxPackedDigits
    }

    /// `value`'s trailing digits, as many as the largest digit count: how many in the top 4 bits,
    /// their number below.
    /// - Precondition: ``readsPackedDigits``.
    public func packedTrailingDigits(_ value: UnsafeBufferPointer<UInt8>) -> UInt32 {
        precondition(readsPackedDigits, "packed digits are for phone comparisons of at most 8 digits")
        let limit = counts.max() ?? 0
        var digits: UInt32 = 0, number: UInt32 = 0, scale: UInt32 = 1
        var index = value.count - 1
        while index >= 0, digits < limit, value[index] &- 0x30 < 10 {
            number += UInt32(value[index] &- 0x30) * scale
            scale &*= 10
            digits += 1
            index -= 1
        }
        return digits << 28 | number
    }

    /// The level of two unequal phone numbers given as ``packedTrailingDigits(_:)``: the same as
    /// ``level(utf8:_:)`` of their texts.
    @inline(__always)
    public func phoneLevel(packed a: UInt32, _ b: UInt32) -> Int {
        let available = Int(min(a >> 28, b >> 28))
        let left = a & 0x0FFF_FFFF, right = b & 0x0FFF_FFFF
        // Indices, not `enumerated()`: an iterator would hold (retain) the array for every pair.
        for offset in counts.indices {
            let digits = counts[offset]
            guard digits <= available else { continue }
            let modulus = Self.powersOfTen[digits]
            if left % modulus == right % modulus { return 1 + offset }
        }
        return elseLevel
    }

    private static let powersOfTen: [UInt32] = (0...maxPackedDigits).map { (0..<$0).reduce(1) { value, _ in value * 10 } }
}
