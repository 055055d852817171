/// Turns company names into keys that agree however the legal form, the "and" and the umlauts
/// were written: `Müller & Söhne GmbH & Co. KG` and `Mueller und Soehne GmbH&Co.KG` both give
/// `mueller and soehne`.
///
/// Steps: NFC and blanks cleaned (kept as `display`); folded to lower-case ASCII the German way
/// (`ü→ue`, other scripts through ICU, cached as for names); split into tokens (see
/// `CompanyTokens`); then, until nothing changes, a leading `Fa.`/`Firma`, trailing connectors,
/// status words (`i.L.`, `in Gründung`) and the longest legal form at the end (see `LegalForms`)
/// are taken off. A name is never stripped to nothing: `AG` alone stays `ag`.
///
/// Concurrency: as `PersonNameNormalizer`, the transliteration cache lives inside this value;
/// give each worker thread its own normaliser.
public struct CompanyNormalizer: Sendable {
    private var folder: KeyFolder

    /// Creates a normaliser whose transliteration cache holds up to `cacheCapacity` values
    /// (0 turns caching off).
    public init(cacheCapacity: Int = 4096) {
        folder = KeyFolder(capacity: cacheCapacity)
    }

    /// The normalised form of a company cell, or nil when it holds no letter or digit.
    public mutating func normalize(_ raw: String) -> NormalizedCompany? {
        let display = DisplayText.clean(raw)
        guard !display.isEmpty else { return nil }
        let tokens = CompanyTokens(folded: folder.fold(display, style: .german))
        // The tokens left, `tokens[first..<end]`, as connectors, leading words and endings go.
        var first = 0, end = tokens.count
        var forms: [String] = []
        var changed = true
        while changed {
            changed = false
            while first < end && tokens.isConnector(first) { first += 1 }
            while end > first && tokens.isConnector(end - 1) { end -= 1 }
            // Words before a name that say only "the firm": `Fa. Müller`, `Firma Müller`.
            if end - first > 1, tokens.isWord(first, "fa") || tokens.isWord(first, "firma") {
                first += 1
                changed = true
            }
            let endings = LegalForms.trailingEndings(in: tokens, first..<end)
            if endings.status > 0 {
                end -= endings.status
                changed = true
            } else if let form = endings.form {
                end -= form.count
                forms.insert(form.canonical, at: 0)
                changed = true
            }
        }
        guard first < end else { return nil }
        return NormalizedCompany(
            display: display,
            key: tokens.joined(first..<end),
            legalForm: forms.isEmpty ? nil : forms.joined(separator: " ")
        )
    }
}
