/// The legal forms stripped from company names, and how they are matched.
///
/// Every form's run-together spelling is distinct, except where two forms cannot be told apart
/// once punctuation is gone (`A/S`, `AS`): those share one canonical spelling.
///
/// A form matches the last words of a name when those words, written as company-key tokens and
/// run together, equal the form's tokens run together: so `GmbH & Co. KG`, `GmbH&Co.KG`,
/// `GmbH und Co KG`, `Gmbh u. Co. KG` and `G.m.b.H. + Co. K.G.` are one form, and a form never
/// matches inside a word (`Verlag` does not end in `AG`).
enum LegalForms {
    /// Canonical spellings (DOMAIN.md's list, the `… & Co. KG` compounds of its forms, and a few
    /// more common in DACH data), with the spellings that mean the same form.
    static let catalogue: [(canonical: String, variants: [String])] = [
        ("GmbH & Co. KGaA", []), ("GmbH & Co. KG", []), ("GmbH & Co. OHG", []),
        ("AG & Co. KGaA", []), ("AG & Co. KG", []), ("SE & Co. KGaA", []), ("SE & Co. KG", []),
        ("UG (haftungsbeschränkt) & Co. KG", ["UG (haftungsbeschrankt) & Co. KG", "UG (haftungsbeschr.) & Co. KG"]),
        ("UG & Co. KG", []), ("Stiftung & Co. KG", []), ("Ltd. & Co. KG", []), ("Limited & Co. KG", []),
        ("UG (haftungsbeschränkt)", ["UG (haftungsbeschrankt)", "UG (haftungsbeschr.)", "UG (hb)"]),
        ("gGmbH", []), ("GmbH", ["G.m.b.H."]), ("GesmbH", ["Ges.m.b.H."]), ("mbH", []),
        ("AG", []), ("KGaA", []), ("KG", []), ("OHG", []), ("GbR", []), ("PartG mbB", []), ("PartG", []),
        ("e.K.", []), ("e.Kfm.", []), ("e.Kfr.", []), ("eG", []), ("e.V.", []), ("SE", []), ("UG", []),
        ("Stiftung", []),
        ("Inc.", ["Incorporated"]), ("LLC", ["L.L.C."]), ("LLP", []), ("Ltd.", ["Limited"]), ("PLC", []),
        ("Corp.", ["Corporation"]), ("Co.", ["Company"]), ("Pty Ltd", ["Pty Limited"]),
        ("S.A.", []), ("S.A.S.", []), ("SARL", ["S.à r.l."]), ("S.r.l.", []), ("S.p.A.", []),
        ("B.V.", []), ("N.V.", []), ("BVBA", []), ("Oy", []), ("AB", []), ("ApS", []),
        // Danish A/S and Norwegian AS are one spelling once the slash is gone: reported as written
        // more often in DACH data.
        ("A/S", ["AS"]),
        ("Sp. z o.o.", []), ("s.r.o.", []), ("Kft.", []),
    ]

    /// Words before a name that say only "the firm": `Fa. Müller`, `Firma Müller`.
    static let leadingWords: Set<String> = ["fa", "firma"]

    /// Status words after a legal form (`GmbH i.L.`, `GmbH in Gründung`), run together; dropped
    /// so that the form before them is found.
    static let statusSuffixes: Set<String> = ["il", "inliquidation", "ig", "igr", "ingruendung"]

    /// Each form's tokens run together, mapped to its canonical spelling.
    static let byCompactSpelling: [String: String] = {
        var forms: [String: String] = [:]
        for (canonical, variants) in catalogue {
            for spelling in [canonical] + variants {
                let compact = CompanyTokens.tokens(ofFolded: LatinFoldTable.foldedASCII(spelling)).joined()
                forms[compact] = canonical
            }
        }
        return forms
    }()

    /// The longest run-together spelling of any form, in bytes: how far back a match can reach.
    static let longestCompactSpelling: Int = byCompactSpelling.keys.map(\.utf8.count).max() ?? 0

    /// The number of trailing tokens that spell the longest legal form at the end of `tokens`
    /// (never all of them), and its canonical spelling.
    static func trailingForm(in tokens: [String]) -> (count: Int, canonical: String)? {
        guard tokens.count > 1 else { return nil }
        var compact = ""
        var found: (Int, String)?
        for count in 1..<tokens.count {
            compact = tokens[tokens.count - count] + compact
            if compact.utf8.count > longestCompactSpelling { break }
            if let canonical = byCompactSpelling[compact] { found = (count, canonical) }
        }
        return found
    }

    /// The number of trailing tokens that spell a status suffix, or 0.
    static func trailingStatus(in tokens: [String]) -> Int {
        guard tokens.count > 1 else { return 0 }
        var compact = ""
        for count in 1..<min(tokens.count, 4) {
            compact = tokens[tokens.count - count] + compact
            if statusSuffixes.contains(compact) { return count }
        }
        return 0
    }
}
