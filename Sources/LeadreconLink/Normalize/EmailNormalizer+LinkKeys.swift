extension EmailNormalizer {
    /// The address and local part of `normalize(_:)` (the two values the link stage compares
    /// and blocks on), or nil where it gives nil.
    ///
    /// Why a second entry point: the link stage normalises every distinct address (about 900,000 in
    /// a million records) and needs neither the domain on its own nor the free-mail look-up. For
    /// an ASCII address outside Gmail, the normalised address is the cell's address bytes
    /// lower-cased as they stand (local part, `@`, domain are contiguous), so it is built in one
    /// pass instead of two lower-cased parts and a concatenation. Everything else (non-ASCII
    /// cells, which are NFC-cleaned per part; Gmail, whose local part is rewritten) goes through
    /// `normalize(_:)`. A property test compares both.
    public func linkKeys(_ raw: String) -> (address: String, localPart: String)? {
        var raw = raw
        let fast: (address: String, localPart: String)?? = raw.withUTF8 { bytes in
            guard let bounds = Self.bounds(of: bytes) else { return .some(nil) }
            guard bounds.isASCII, !Self.isGmail(bytes, bounds.domain) else { return nil }
            let address = Self.lowercased(bytes, bounds.local.lowerBound..<bounds.domain.upperBound, isASCII: true)
            let localPart = Self.lowercased(bytes, bounds.local, isASCII: true)
            return (address, localPart)
        }
        if let fast { return fast }
        return normalize(raw).map { ($0.address, $0.localPart) }
    }

    /// ``linkKeys(_:)`` of the cell `raw`, appended as one key to each arena: no key where it gives
    /// nil, and no local part of fewer than `minimumLocalPartCharacters` characters.
    ///
    /// Why bytes: at a million records the `String` per cell and the two per result (addresses are
    /// longer than the 15 bytes a `String` holds inline, so each is an allocation) cost more than
    /// normalising; an ASCII address outside Gmail is lower-cased from the cell into the arenas.
    public func appendLinkKeys(_ raw: UnsafeBufferPointer<UInt8>, address: inout KeyArena, localPart: inout KeyArena,
                               minimumLocalPartCharacters: Int) {
        if let bounds = Self.bounds(of: raw), bounds.isASCII, !Self.isGmail(raw, bounds.domain) {
            address.appendPart(UnsafeBufferPointer(rebasing: raw[bounds.local.lowerBound..<bounds.domain.upperBound]),
                               mapping: CellBytes.lowercased)
            address.closeKey()
            if bounds.local.count >= minimumLocalPartCharacters {
                localPart.appendPart(UnsafeBufferPointer(rebasing: raw[bounds.local]), mapping: CellBytes.lowercased)
                localPart.closeKey()
            } else {
                localPart.appendNoKey()
            }
            return
        }
        guard let keys = linkKeys(String(decoding: raw, as: UTF8.self)) else {
            address.appendNoKey()
            localPart.appendNoKey()
            return
        }
        var (text, local) = keys
        text.withUTF8 { address.append($0) }
        if Self.hasCharacters(local, atLeast: minimumLocalPartCharacters) {
            local.withUTF8 { localPart.append($0) }
        } else {
            localPart.appendNoKey()
        }
    }

    /// Whether `text` has at least `count` characters. `String.count` walks the grapheme clusters
    /// (hundreds of instructions a value); an ASCII text has one character a byte, since the
    /// normaliser rejects control characters (so no CR LF pair makes two bytes one character).
    static func hasCharacters(_ text: String, atLeast count: Int) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= count else { return false }
        return utf8.allSatisfy { $0 < 0x80 } || text.count >= count
    }

    /// Whether the ASCII domain in `range` is `gmail.com` or `googlemail.com` in any case.
    private static func isGmail(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count == 9 || count == 14 else { return false }
        return CellBytes.hasPrefix(bytes, range, lowercased: count == 9 ? "gmail.com" : "googlemail.com")
    }
}
