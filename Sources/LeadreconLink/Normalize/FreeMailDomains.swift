/// The domains of free-mail and ISP mailboxes: an address there names a person, not a company.
///
/// `FreeMailDomains.standard` is the list in DOMAIN.md (the common DACH providers and the global
/// ones); a pipeline can add its own, such as a regional ISP or a client's list.
public struct FreeMailDomains: Sendable, Hashable {
    /// The lower-case domains, matched exactly (`mail.gmx.net` is not `gmx.net`).
    public private(set) var domains: Set<String>

    /// The free-mail and ISP domains of DOMAIN.md.
    public static let standardDomains: [String] = [
        "gmail.com", "googlemail.com", "web.de", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "t-online.de",
        "freenet.de", "mail.de", "posteo.de", "arcor.de", "online.de", "outlook.com", "outlook.de",
        "hotmail.com", "hotmail.de", "live.com", "live.de", "msn.com", "yahoo.com", "yahoo.de", "ymail.com",
        "aol.com", "aol.de", "icloud.com", "me.com", "mailbox.org", "protonmail.com", "proton.me",
        "tutanota.de", "tutanota.com", "bluewin.ch",
    ]

    /// The standard list alone.
    public static let standard = FreeMailDomains()

    /// The standard list plus `extraDomains`, which may be written in any case, with blanks
    /// around them or with a leading `@`.
    public init(adding extraDomains: some Sequence<String> = [String]()) {
        var domains = Set(Self.standardDomains)
        for extra in extraDomains {
            let domain = Self.canonical(extra)
            if !domain.isEmpty { domains.insert(domain) }
        }
        self.domains = domains
    }

    /// Whether `domain` (as `NormalizedEmail.domain` spells it: lower case) is a free-mail domain.
    public func contains(_ domain: String) -> Bool {
        domains.contains(domain)
    }

    private static func canonical(_ domain: String) -> String {
        var text = Substring(DisplayText.clean(domain).lowercased())
        while text.first == "@" { text = text.dropFirst() }
        while text.last == "." { text = text.dropLast() }
        return String(text)
    }
}
