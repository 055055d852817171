/// An e-mail address in the form used for comparing and blocking.
public struct NormalizedEmail: Sendable, Hashable, CustomStringConvertible {
    /// The whole normalised address: `localPart@domain`.
    public var address: String
    /// The part before `@`, lower case; for Gmail without dots and `+tag`.
    public var localPart: String
    /// The part after `@`, lower case; `googlemail.com` becomes `gmail.com`.
    public var domain: String
    /// Whether `domain` is a free-mail or ISP domain, so that the address names no company.
    public var isFreeMail: Bool

    /// Creates a normalised address from its parts.
    public init(localPart: String, domain: String, isFreeMail: Bool) {
        self.address = localPart + "@" + domain
        self.localPart = localPart
        self.domain = domain
        self.isFreeMail = isFreeMail
    }

    /// The employer's domain, derived only from company addresses: nil for free-mail.
    public var companyDomain: String? {
        isFreeMail ? nil : domain
    }

    public var description: String { address }
}
