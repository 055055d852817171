/// Turns raw e-mail cells into `NormalizedEmail`s, or nil for values that are obviously no address.
///
/// Steps: blanks trimmed; a display-name form `Hans Müller <hans@firma.de>` or a bare `<…>` reduced
/// to the address; a `mailto:` prefix (and its `?subject=…` query) removed; lower-cased. Rejected
/// (nil): no `@` or more than one, blanks or the characters `" ( ) , : ; < > [ \ ]` inside, an empty
/// local part or domain, a domain without a dot or with an empty label. Only for `gmail.com` and
/// `googlemail.com`, which deliver `h.a.n.s+crm@googlemail.com` to `hans@gmail.com`, are dots and
/// `+tags` removed from the local part and the domain unified to `gmail.com`; every other provider
/// may treat them as significant, so they are kept.
///
/// A pure value: one instance may be shared by any number of threads.
public struct EmailNormalizer: Sendable {
    /// The domains whose addresses name a person rather than a company.
    public var freeMailDomains: FreeMailDomains

    /// Creates a normaliser that classifies domains with `freeMailDomains`.
    public init(freeMailDomains: FreeMailDomains = .standard) {
        self.freeMailDomains = freeMailDomains
    }

    /// The normalised form of one raw cell, or nil when it holds no plausible address.
    public func normalize(_ raw: String) -> NormalizedEmail? {
        var raw = raw
        let parts = raw.withUTF8 { Self.parts(of: $0) }
        guard let parts else { return nil }
        var localPart = parts.local
        var domain = parts.domain
        if domain == "gmail.com" || domain == "googlemail.com" {
            domain = "gmail.com"
            localPart = Self.gmailMailbox(localPart)
            guard !localPart.isEmpty else { return nil }
        }
        return NormalizedEmail(localPart: localPart, domain: domain, isFreeMail: freeMailDomains.contains(domain))
    }

    /// Gmail ignores dots and everything from `+` on.
    private static func gmailMailbox(_ localPart: String) -> String {
        var mailbox: [UInt8] = []
        mailbox.reserveCapacity(localPart.utf8.count)
        for byte in localPart.utf8 {
            if byte == UInt8(ascii: "+") { break }
            if byte != UInt8(ascii: ".") { mailbox.append(byte) }
        }
        return String(decoding: mailbox, as: UTF8.self)
    }

    /// The lower-cased local part and domain, or nil when the cell is not an address.
    private static func parts(of bytes: UnsafeBufferPointer<UInt8>) -> (local: String, domain: String)? {
        guard let bounds = bounds(of: bytes) else { return nil }
        let local = lowercased(bytes, bounds.local, isASCII: bounds.isASCII)
        let domain = lowercased(bytes, bounds.domain, isASCII: bounds.isASCII)
        return (local, domain)
    }

    /// Where the local part and the domain are in `bytes` (the domain without a trailing FQDN dot),
    /// and whether the address is ASCII; nil when the cell is not an address.
    static func bounds(of bytes: UnsafeBufferPointer<UInt8>) -> (local: Range<Int>, domain: Range<Int>, isASCII: Bool)? {
        var range = CellBytes.trimmed(bytes, 0..<bytes.count)
        // `Name <address>`, `<address>`, `mailto:address?subject=…`, in any nesting of the two.
        for _ in 0..<2 {
            if let last = range.last, bytes[last] == UInt8(ascii: ">"),
                let open = range.lastIndex(where: { bytes[$0] == UInt8(ascii: "<") })
            {
                range = CellBytes.trimmed(bytes, (open + 1)..<last)
            }
            if CellBytes.hasPrefix(bytes, range, lowercased: "mailto:") {
                range = (range.lowerBound + 7)..<range.upperBound
                if let query = range.firstIndex(where: { bytes[$0] == UInt8(ascii: "?") }) {
                    range = range.lowerBound..<query
                }
                range = CellBytes.trimmed(bytes, range)
            }
        }
        var at: Int?
        var isASCII = true
        for index in range {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "@"):
                if at != nil { return nil }
                at = index
            case 0..<0x21, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","),
                UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
                UInt8(ascii: "\\"), UInt8(ascii: "]"):
                return nil
            case 0x80...:
                isASCII = false
            default:
                break
            }
        }
        guard let at, at > range.lowerBound else { return nil }
        var domainEnd = range.upperBound
        if domainEnd - 1 > at, bytes[domainEnd - 1] == UInt8(ascii: ".") { domainEnd -= 1 }  // FQDN dot
        let domainRange = (at + 1)..<domainEnd
        guard isPlausibleDomain(bytes, domainRange) else { return nil }
        return (range.lowerBound..<at, domainRange, isASCII)
    }

    /// Labels separated by single dots, at least two of them, each of letters, digits, `-` or
    /// non-ASCII (internationalised names).
    private static func isPlausibleDomain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var labelLength = 0
        var dots = 0
        for index in range {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                if labelLength == 0 { return false }
                dots += 1
                labelLength = 0
            } else if CellBytes.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte >= 0x80 {
                labelLength += 1
            } else {
                return false
            }
        }
        return dots > 0 && labelLength > 0
    }

    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isASCII: Bool) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard isASCII else {
            return DisplayText.clean(String(decoding: slice, as: UTF8.self)).lowercased()
        }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            for index in 0..<slice.count { buffer[index] = CellBytes.lowercased(slice[index]) }
            return slice.count
        }
    }
}
