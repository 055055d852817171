/// What ``StringSimilarity/jaroWinklerUpperBound(_:_:)`` reads of a string, computed once per
/// distinct value, so that the bound of two values needs neither string's bytes.
///
/// Why: a million candidate pairs of namesakes compare company names that are mostly unrelated;
/// the bound settles those, but reading both names' bytes from among tens of thousands (two cache
/// misses) and classifying them each time cost more than the rest of the pair. From 80 bytes per
/// value the bound takes sixteen population counts. The byte classes are the bound's (low 6 bits),
/// and a class occurring at most eight times is counted exactly by eight masks (company names
/// repeat their vowels); a string with a class nine times or more, an empty one or a non-ASCII one
/// keeps needing its bytes (``isUsable``).
public struct JaroBoundSignature: Sendable {
    /// Mask `k` (from 1): the classes occurring at least `k` times.
    let m1: UInt64, m2: UInt64, m3: UInt64, m4: UInt64, m5: UInt64, m6: UInt64, m7: UInt64, m8: UInt64
    let count: Int
    /// The first four bytes, little-endian, zero-padded.
    let prefix: UInt32
    /// Whether the bound can be read from the signature alone.
    public let isUsable: Bool

    /// The signature of `bytes`.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var m: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0)
        var union: UInt8 = 0
        var prefix: UInt32 = 0
        for (index, byte) in bytes.enumerated() {
            let bit: UInt64 = 1 &<< UInt64(byte & 63)
            // The first mask without the class gets it (masks nest: k + 1 only within k).
            m.8 |= m.7 & bit
            m.7 |= m.6 & bit
            m.6 |= m.5 & bit
            m.5 |= m.4 & bit
            m.4 |= m.3 & bit
            m.3 |= m.2 & bit
            m.2 |= m.1 & bit
            m.1 |= m.0 & bit
            m.0 |= bit
            union |= byte
            if index < 4 { prefix |= UInt32(byte) << UInt32(8 * index) }
        }
        (m1, m2, m3, m4, m5, m6, m7, m8) = (m.0, m.1, m.2, m.3, m.4, m.5, m.6, m.7)
        count = bytes.count
        self.prefix = prefix
        isUsable = !bytes.isEmpty && union < 0x80 && m.8 == 0
    }

    /// How many of this string's bytes fall into the classes of `other`.
    @inline(__always)
    func kept(in other: JaroBoundSignature) -> Int {
        let classes = other.m1
        return (m1 & classes).nonzeroBitCount + (m2 & classes).nonzeroBitCount + (m3 & classes).nonzeroBitCount
            + (m4 & classes).nonzeroBitCount + (m5 & classes).nonzeroBitCount + (m6 & classes).nonzeroBitCount
            + (m7 & classes).nonzeroBitCount + (m8 & classes).nonzeroBitCount
    }
}

extension StringSimilarity {
    /// ``jaroWinklerUpperBound(_:_:)`` of the two strings the signatures were made of, the same
    /// value to the last bit (the same expression on the same counts), or nil when either signature
    /// is not usable.
    @inline(__always)
    public static func jaroWinklerUpperBound(_ a: JaroBoundSignature, _ b: JaroBoundSignature) -> Double? {
        guard a.isUsable, b.isUsable else { return nil }
        let matches = min(a.kept(in: b), b.kept(in: a))
        guard matches > 0 else { return 0 }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + m / m) / 3
        guard jaro > winklerBoostThreshold else { return jaro }
        let longest = min(winklerMaxPrefix, a.count, b.count)
        let difference = a.prefix ^ b.prefix
        let prefix = min(longest, difference == 0 ? 4 : difference.trailingZeroBitCount / 8)
        return jaro + Double(prefix) * winklerPrefixScale * (1 - jaro)
    }
}
