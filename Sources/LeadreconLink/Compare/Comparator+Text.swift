extension Comparator {
    /// The level of a pair of texts: an index into ``levels``, the null level when either is `nil`
    /// or empty.
    ///
    /// For the methods `exact`, `jaroWinkler`, `levenshtein`, `damerauLevenshtein`, `email` and
    /// `phone`; the values are compared as normalised (no case folding or trimming here).
    public func level(_ a: String?, _ b: String?) -> Int {
        guard var a, var b, !a.isEmpty, !b.isEmpty else { return nullLevel }
        return a.withUTF8 { aBytes in b.withUTF8 { bBytes in level(utf8: aBytes, bBytes) } }
    }

    /// The level of a pair of UTF-8 texts: an index into ``levels``, the null level when either is
    /// `nil` or empty; see the `String` overload.
    public func level(utf8 a: UnsafeBufferPointer<UInt8>?, _ b: UnsafeBufferPointer<UInt8>?) -> Int {
        guard let a, let b, !a.isEmpty, !b.isEmpty else { return nullLevel }
        if method.valueKind != .text, method.valueKind != .any { wrongValues("text") }
        if Self.equal(a, b) { return 0 }
        switch method {
        case .exact:
            return elseLevel
        case .jaroWinkler:
            return firstLevel(jaroWinklerOf: a, b, from: 1)
        case .levenshtein:
            guard let limit = counts.last else { return elseLevel }
            return firstLevel(distance: StringSimilarity.levenshtein(a, b, limit: limit))
        case .damerauLevenshtein:
            guard let limit = counts.last else { return elseLevel }
            return firstLevel(distance: StringSimilarity.damerauLevenshtein(a, b, limit: limit))
        case .email:
            return emailLevel(a, b)
        case .phone:
            return phoneLevel(a, b)
        case .date, .numeric:
            wrongValues("text")
        }
    }

    /// Levels of an e-mail pair that is not equal: see ``Comparator`` for the reasons.
    private func emailLevel(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let (aLocal, aDomain) = Self.splitAddress(a)
        let (bLocal, bDomain) = Self.splitAddress(b)
        // The addresses differ, so equal local parts mean different domains.
        if !aLocal.isEmpty, Self.equal(aLocal, bLocal) { return 1 }
        guard !fractions.isEmpty, !aDomain.isEmpty, Self.equal(aDomain, bDomain) else { return elseLevel }
        return firstLevel(jaroWinklerOf: aLocal, bLocal, from: 2)
    }

    /// Levels of a phone pair that is not equal: the most trailing digits that agree.
    private func phoneLevel(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var agreeing = 0
        var aIndex = a.count - 1
        var bIndex = b.count - 1
        while aIndex >= 0, bIndex >= 0, a[aIndex] == b[bIndex], a[aIndex] &- 0x30 < 10 {
            agreeing += 1
            aIndex -= 1
            bIndex -= 1
        }
        // Digit counts go from most to fewest: the first one reached is the strictest level met.
        for (offset, digits) in counts.enumerated() where agreeing >= digits { return 1 + offset }
        return elseLevel
    }

    /// The level of the first Jaro-Winkler threshold that `a` and `b` reach, numbering the
    /// thresholds' levels from `first`; else when none is. Pairs whose upper bound
    /// (``StringSimilarity/jaroWinklerUpperBound(_:_:)``) is below the loosest threshold are else
    /// without the full measure: most pairs, and the same levels.
    private func firstLevel(jaroWinklerOf a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                            from first: Int) -> Int {
        // The margin absorbs rounding in Winkler's boost, which need not be monotone to the last bit.
        if let loosest = fractions.last, StringSimilarity.jaroWinklerUpperBound(a, b) < loosest - 1e-9 {  // see jaroWinklerElseBelow
            return elseLevel
        }
        return firstLevel(similarity: StringSimilarity.jaroWinkler(a, b), from: first)
    }

    /// For a Jaro-Winkler comparison, the upper bound (``StringSimilarity/jaroWinklerUpperBound(_:_:)``)
    /// below which a pair is at the else level without the full measure: the test
    /// ``level(utf8:_:)`` makes first. Nil for other methods.
    public var jaroWinklerElseBelow: Double? {
        guard case .jaroWinkler = method, let loosest = fractions.last else { return nil }
        return loosest - 1e-9
    }

    /// The level of two unequal, non-empty texts of a Jaro-Winkler comparison whose upper bound is
    /// known not to rule them out: ``level(utf8:_:)`` without the bound.
    public func jaroWinklerLevel(unequal a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        firstLevel(similarity: StringSimilarity.jaroWinkler(a, b), from: 1)
    }

    /// The level of the first similarity threshold reached, numbering the thresholds' levels from
    /// `first`; else when none is.
    func firstLevel(similarity: Double, from first: Int) -> Int {
        for (offset, threshold) in fractions.enumerated() where similarity >= threshold { return first + offset }
        return elseLevel
    }

    /// The level of the first count threshold (edits, days) that `distance` is within; else when none is.
    func firstLevel(distance: Int) -> Int {
        for (offset, threshold) in counts.enumerated() where distance <= threshold { return 1 + offset }
        return elseLevel
    }

    /// The local part and the domain of an address split at its last `@`; without an `@` the whole
    /// text is the local part and the domain is empty.
    private static func splitAddress(
        _ address: UnsafeBufferPointer<UInt8>
    ) -> (local: UnsafeBufferPointer<UInt8>, domain: UnsafeBufferPointer<UInt8>) {
        guard let at = address.lastIndex(of: UInt8(ascii: "@")) else {
            return (address, UnsafeBufferPointer(rebasing: address[address.endIndex...]))
        }
        return (UnsafeBufferPointer(rebasing: address[..<at]),
                UnsafeBufferPointer(rebasing: address[(at + 1)...]))
    }

    /// Whether two byte sequences are equal.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }
}
