extension PersonNameNormalizer {
    /// `firstKey` and `lastKey` of `normalize(first:last:)`, nil where it gives nil.
    ///
    /// Why a second entry point: the link stage compares and blocks on these two keys only, for
    /// every distinct name of the register (hundreds of thousands at a million records), and
    /// building the whole `NormalizedName` (display parts, titles, plain and core keys, part
    /// keys) was a third of the cost of a name. The parsing is the same; only these keys are
    /// folded. A property test compares both entry points.
    public mutating func linkKeys(first: String, last: String) -> (first: String, last: String)? {
        if let keys = Self.plainWordKeys(first: first, last: last) { return keys }
        return linkKeys(from: NameParser.parse(first: DisplayText.clean(first), last: DisplayText.clean(last)))
    }

    /// `firstKey` and `lastKey` of `splitFullName(_:)`, nil where it gives nil.
    public mutating func linkKeys(fullName: String) -> (first: String, last: String)? {
        linkKeys(from: NameParser.parse(fullName: DisplayText.clean(fullName)))
    }

    /// The keys as `name(from:)` builds them: the first name's German key, and the last name's
    /// particles' key in front of its core's.
    private mutating func linkKeys(from parts: NameParts) -> (first: String, last: String)? {
        let firstKey = germanKey(parts.first[...])
        let particleLength = NameToken.particleLength(in: parts.last, at: 0)
        let hasCore = particleLength > 0 && particleLength < parts.last.count
        var lastKey = germanKey(hasCore ? parts.last[particleLength...] : parts.last[...])
        if hasCore { lastKey = germanKey(parts.last[..<particleLength]) + lastKey }
        guard !firstKey.isEmpty || !lastKey.isEmpty else { return nil }
        return (firstKey, lastKey)
    }

    /// The German key of the words joined by spaces; a single word is folded as it stands,
    /// without joining it into a new `String` (the same text, so the same key).
    private mutating func germanKey(_ tokens: ArraySlice<NameToken>) -> String {
        if tokens.count == 1 { return folder.germanNameKey(tokens[tokens.startIndex].text) }
        return folder.germanNameKey(Substring(NameToken.joined(tokens)))
    }
}
