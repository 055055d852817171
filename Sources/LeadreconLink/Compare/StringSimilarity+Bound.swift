extension StringSimilarity {
    /// An upper bound of ``jaroWinkler(_:_:)-(UnsafeBufferPointer<UInt8>,UnsafeBufferPointer<UInt8>)``
    /// from the characters the two strings have at all, without Jaro's matching loop; 1 (no bound)
    /// when either string is empty or not ASCII.
    ///
    /// Why: most pairs a linkage grades — random pairs for u, candidates blocked on another field —
    /// are two unrelated names, far below the loosest threshold, and two short passes over the
    /// bytes settle them. A character of one string that does not occur in the other can never be
    /// a Jaro match, so the matches m are at most |a| less such characters of a, and likewise for b;
    /// Jaro is at most (m/|a| + m/|b| + 1)/3 with that m (no transpositions), the same expression
    /// in the same order, so rounding keeps the bound above; Winkler's boost is then added for the
    /// actual common prefix. Bytes are told apart by their low 6 bits (every letter and digit is its
    /// own class, or shares one with a letter of the other case): a shared class only loosens the
    /// bound.
    public static func jaroWinklerUpperBound(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 1 }
        var aClasses: UInt64 = 0, bClasses: UInt64 = 0, union: UInt8 = 0
        for byte in a {
            aClasses |= 1 &<< UInt64(byte & 63)
            union |= byte
        }
        for byte in b {
            bClasses |= 1 &<< UInt64(byte & 63)
            union |= byte
        }
        guard union < 0x80 else { return 1 }
        var aKept = 0, bKept = 0
        for byte in a where bClasses & (1 &<< UInt64(byte & 63)) != 0 { aKept += 1 }
        for byte in b where aClasses & (1 &<< UInt64(byte & 63)) != 0 { bKept += 1 }
        let matches = min(aKept, bKept)
        guard matches > 0 else { return 0 }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + m / m) / 3
        guard jaro > winklerBoostThreshold else { return jaro }
        let longest = min(winklerMaxPrefix, a.count, b.count)
        var prefix = 0
        while prefix < longest, a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * winklerPrefixScale * (1 - jaro)
    }
}
