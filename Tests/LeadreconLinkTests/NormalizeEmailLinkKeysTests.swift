import LeadreconLink
import Testing

/// `EmailNormalizer.linkKeys` gives exactly the address and local part of `normalize(_:)`: its
/// ASCII fast path and its fall-back, on table cases and on generated cells.
@Suite struct NormalizeEmailLinkKeysTests {
    static func same(_ lhs: (address: String, localPart: String)?, _ rhs: (address: String, localPart: String)?) -> Bool {
        lhs?.address == rhs?.address && lhs?.localPart == rhs?.localPart && (lhs == nil) == (rhs == nil)
    }

    @Test(arguments: [
        ("hans.mueller@firma.de", "hans.mueller@firma.de", "hans.mueller"),
        ("  Hans.Mueller@Firma.DE.  ", "hans.mueller@firma.de", "hans.mueller"),
        ("<mailto:Info@Firma.de?subject=x>", "info@firma.de", "info"),
        ("H.A.N.S+crm@GoogleMail.com", "hans@gmail.com", "hans"),
        ("anna@GMAIL.COM", "anna@gmail.com", "anna"),
        ("Hans Müller <Hans.Mueller@Firma.de>", "hans.mueller@firma.de", "hans.mueller"),
        ("jürgen@müller.de", "jürgen@müller.de", "jürgen"),
        ("JÜRGEN@MÜLLER.DE", "jürgen@müller.de", "jürgen"),
    ])
    func emailLinkKeys(raw: String, address: String, localPart: String) {
        let normalizer = EmailNormalizer()
        let keys = normalizer.linkKeys(raw)
        #expect(keys?.address == address && keys?.localPart == localPart)
        let email = normalizer.normalize(raw)
        #expect(Self.same(keys, email.map { ($0.address, $0.localPart) }))
    }

    @Test(arguments: ["", "hans", "a@b", "a@@b.de", "a b@c.de", "@firma.de", "anna@", "x@y..de", ".@gmail.com", "+@gmail.com"])
    func emailLinkKeysRejectWhatNormalizeRejects(raw: String) {
        #expect(EmailNormalizer().linkKeys(raw) == nil)
        #expect(EmailNormalizer().normalize(raw) == nil)
    }

    static let emailFragments = NormalizePropertyTests.emailFragments + [
        "GMAIL.COM", "GoogleMail.com", "Firma.DE", "info", "Hans.Mueller", "mailto:", "?subject=Hi", "\u{A0}", "ü",
    ]

    @Test(arguments: NormalizePropertyTests.seeds)
    func generatedEmailLinkKeysMatchNormalize(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        let normalizer = EmailNormalizer()
        var accepted = 0
        for _ in 0..<NormalizePropertyTests.runs {
            // An address-shaped cell half of the time, so that most draws reach the fast path.
            let raw = random.below(2) == 0
                ? random.text(from: Self.emailFragments, maximum: 6)
                : random.text(from: Self.emailFragments, maximum: 3) + "@" + random.text(from: Self.emailFragments, maximum: 3)
            let email = normalizer.normalize(raw)
            if email != nil { accepted += 1 }
            #expect(Self.same(normalizer.linkKeys(raw), email.map { ($0.address, $0.localPart) }), "\(raw)")
            #expect(Self.appended(raw) == Self.expectedKeys(normalizer.linkKeys(raw)), "\(raw)")
        }
        #expect(accepted > 100)
    }

    /// `appendLinkKeys` writes the keys `linkKeys` gives, local parts of fewer than five characters
    /// (grapheme clusters, not bytes) left out.
    @Test(arguments: ["Hans.Mueller@Firma.de", "Info@firma.de", "H.A.N.S+crm@GoogleMail.com", "jürgen@müller.de",
                      "jürg@x.de", "ab\u{301}cde@x.de", "not an address", ""])
    func appendedKeysAreTheLinkKeys(raw: String) {
        #expect(Self.appended(raw) == Self.expectedKeys(EmailNormalizer().linkKeys(raw)))
    }

    /// The address and local part `appendLinkKeys` writes for `raw` (nil for no key).
    static func appended(_ raw: String) -> [String?] {
        var address = KeyArena(), localPart = KeyArena(), raw = raw
        raw.withUTF8 { EmailNormalizer().appendLinkKeys($0, address: &address, localPart: &localPart, minimumLocalPartCharacters: 5) }
        #expect(address.count == 1 && localPart.count == 1)
        return [address, localPart].map { BlockingKeyColumn(keys: $0).key(ofRecord: 0) }
    }

    static func expectedKeys(_ keys: (address: String, localPart: String)?) -> [String?] {
        guard let keys else { return [nil, nil] }
        return [keys.address, keys.localPart.count >= 5 ? keys.localPart : nil]
    }
}
