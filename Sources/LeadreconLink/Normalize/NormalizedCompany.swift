/// A company name in the form used for comparing and blocking, with its original for display.
public struct NormalizedCompany: Sendable, Hashable {
    /// The name as written (NFC, trimmed, single spaces): `Müller & Söhne GmbH & Co. KG`.
    public var display: String
    /// Lower-case ASCII words separated by single spaces, legal form and punctuation removed,
    /// umlauts folded the German way, every "and" spelled `and`: `mueller and soehne`.
    public var key: String
    /// The canonical spelling of the legal form(s) taken off the end: `GmbH & Co. KG`.
    public var legalForm: String?

    /// Creates a normalised company name from its parts.
    public init(display: String, key: String, legalForm: String?) {
        self.display = display
        self.key = key
        self.legalForm = legalForm
    }
}
