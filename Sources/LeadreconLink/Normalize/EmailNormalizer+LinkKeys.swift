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

    /// Whether the ASCII domain in `range` is `gmail.com` or `googlemail.com` in any case.
    private static func isGmail(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count == 9 || count == 14 else { return false }
        return CellBytes.hasPrefix(bytes, range, lowercased: count == 9 ? "gmail.com" : "googlemail.com")
    }
}
