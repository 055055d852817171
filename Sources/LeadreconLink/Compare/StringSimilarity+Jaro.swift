extension StringSimilarity {
    /// Jaro similarity over characters that are bytes (ASCII) or scalar values.
    static func jaroOfElements<Element: FixedWidthInteger>(
        _ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>
    ) -> Double {
        let aCount = a.count
        let bCount = b.count
        if aCount == 0 || bCount == 0 { return aCount == bCount ? 1 : 0 }
        let window = max(0, max(aCount, bCount) / 2 - 1)
        if aCount <= 64, bCount <= 64 { return jaroOfShort(a, b, window: window) }
        // One flag per character of each side: whether it has been matched.
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: aCount + bCount) { flags in
            flags.initialize(repeating: false)
            let aMatched = flags.baseAddress!
            let bMatched = aMatched + aCount
            var matches = 0
            for i in 0..<aCount {
                let low = max(0, i - window)
                let high = min(bCount - 1, i + window)
                guard low <= high else { continue }
                let character = a[i]
                for j in low...high where !bMatched[j] && b[j] == character {
                    aMatched[i] = true
                    bMatched[j] = true
                    matches += 1
                    break
                }
            }
            guard matches > 0 else { return 0 }
            // Walk both sides' matched characters in order; each disagreement is half a transposition.
            var outOfOrder = 0
            var j = 0
            for i in 0..<aCount where aMatched[i] {
                while !bMatched[j] { j += 1 }
                if a[i] != b[j] { outOfOrder += 1 }
                j += 1
            }
            let m = Double(matches)
            let t = Double(outOfOrder / 2)
            return (m / Double(aCount) + m / Double(bCount) + (m - t) / m) / 3
        }
    }

    /// Jaro similarity of strings of at most 64 characters, the matched flags kept as bits of two
    /// registers instead of in memory: names and e-mail local parts, most of what is compared. The
    /// same algorithm and result as the general case.
    @inline(__always)
    private static func jaroOfShort<Element: FixedWidthInteger>(
        _ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>, window: Int
    ) -> Double {
        let aCount = a.count, bCount = b.count
        var aMatched: UInt64 = 0, bMatched: UInt64 = 0
        var matches = 0
        for i in 0..<aCount {
            let low = max(0, i - window)
            let high = min(bCount - 1, i + window)
            guard low <= high else { continue }
            let character = a[i]
            var j = low
            while j <= high {
                if bMatched & (1 << UInt64(j)) == 0, b[j] == character {
                    aMatched |= 1 << UInt64(i)
                    bMatched |= 1 << UInt64(j)
                    matches += 1
                    break
                }
                j += 1
            }
        }
        guard matches > 0 else { return 0 }
        // Both sides' matched characters in order: the k-th set bit of each mask.
        var outOfOrder = 0
        while aMatched != 0 {
            if a[aMatched.trailingZeroBitCount] != b[bMatched.trailingZeroBitCount] { outOfOrder += 1 }
            aMatched &= aMatched &- 1
            bMatched &= bMatched &- 1
        }
        let m = Double(matches)
        let t = Double(outOfOrder / 2)
        return (m / Double(aCount) + m / Double(bCount) + (m - t) / m) / 3
    }

    /// Jaro-Winkler similarity over characters that are bytes (ASCII) or scalar values.
    static func jaroWinklerOfElements<Element: FixedWidthInteger>(
        _ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>
    ) -> Double {
        let jaro = jaroOfElements(a, b)
        guard jaro > winklerBoostThreshold else { return jaro }
        let longest = min(winklerMaxPrefix, a.count, b.count)
        var prefix = 0
        while prefix < longest, a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * winklerPrefixScale * (1 - jaro)
    }
}
