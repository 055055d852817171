/// A phone number in E.164 form, the form compared across sources.
public struct NormalizedPhone: Sendable, Hashable, CustomStringConvertible {
    /// `+`, the country code and the national significant number: `+4930123456`.
    public var e164: String
    /// The last nine digits of `e164` (all of them when shorter): a weak key that still matches
    /// when the country code was guessed wrongly or a trunk prefix was kept by mistake.
    public var lastDigits: String

    /// Creates a normalised number from its E.164 form.
    public init(e164: String) {
        self.e164 = e164
        lastDigits = String(e164.dropFirst(max(1, e164.utf8.count - 9)))  // ASCII: characters are bytes
    }

    public var description: String { e164 }
}
