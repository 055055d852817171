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
        // Danish A/S and Norwegian AS are one spelling once the slash is gone: both report `A/S`.
        ("A/S", ["AS"]),
        ("Sp. z o.o.", []), ("s.r.o.", []), ("Kft.", []),
    ]

    /// Status words after a legal form (`GmbH i.L.`, `GmbH in Gründung`), run together; dropped
    /// so that the form before them is found.
    static let statusSuffixes: Set<String> = ["il", "inliquidation", "ig", "igr", "ingruendung"]

    /// What the last words of a name can spell.
    enum Ending {
        /// A legal form, with its canonical spelling.
        case form(String)
        /// A status word (`i.L.`).
        case status
    }

    /// Every form's and status word's tokens run together, keyed by `backwardHash` of that
    /// spelling so that a match grows one token at a time from the end without building strings.
    static let endings: [UInt64: (spelling: String, ending: Ending)] = {
        var endings: [UInt64: (spelling: String, ending: Ending)] = [:]
        for (canonical, variants) in catalogue {
            for spelling in [canonical] + variants {
                let tokens = CompanyTokens(folded: LatinFoldTable.foldedASCII(spelling))
                let compact = tokens.runTogether(0..<tokens.count)
                endings[backwardHash(compact)] = (compact, .form(canonical))
            }
        }
        for status in statusSuffixes { endings[backwardHash(status)] = (status, .status) }
        return endings
    }()

    /// One bit per low 12 bits of the endings' hashes: most names end in no legal form, and a
    /// dictionary look-up per trailing token (hashing the hash again) was a third of matching them.
    static let endingHashBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for hash in endings.keys { bits[Int(hash & 0xFFF) >> 6] |= 1 << (hash & 63) }
        return bits
    }()

    /// The longest run-together spelling of any ending, in bytes: how far back a match can reach.
    static let longestSpelling: Int = endings.values.map(\.spelling.utf8.count).max() ?? 0

    /// FNV-1a offset basis: the hash of nothing.
    static let emptyHash: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a over `text` read backwards, continuing from `hash`.
    @inline(__always)
    static func backwardHash(_ text: String, continuing hash: UInt64 = emptyHash) -> UInt64 {
        var hash = hash
        for byte in text.utf8.reversed() { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The endings spelled by the last words of `tokens[range]` (never all of them): how many
    /// trailing tokens spell a status word (0 if none), and the longest legal form with its
    /// canonical spelling.
    static func trailingEndings(in tokens: CompanyTokens, _ range: Range<Int>) -> (status: Int, form: (count: Int, canonical: String)?) {
        guard range.count > 1 else { return (0, nil) }
        var hash = emptyHash
        var length = 0
        var status = 0
        var form: (count: Int, canonical: String)?
        let hashBits = endingHashBits
        for count in 1..<range.count {
            let token = tokens.ranges[range.upperBound - count]
            length += token.count
            if length > longestSpelling { break }
            for index in token.reversed() { hash = (hash ^ UInt64(tokens.bytes[index])) &* 0x0000_0100_0000_01B3 }
            guard hashBits[Int(hash & 0xFFF) >> 6] & 1 << (hash & 63) != 0, let ending = endings[hash],
                  spells(ending.spelling, tokens, range.upperBound - count..<range.upperBound) else { continue }
            switch ending.ending {
            case .form(let canonical): form = (count, canonical)
            case .status: if status == 0 { status = count }
            }
        }
        return (status, form)
    }

    /// Whether `tokens[range]` run together are `spelling` (confirms a hash match), compared on
    /// the bytes.
    static func spells(_ spelling: String, _ tokens: CompanyTokens, _ range: Range<Int>) -> Bool {
        var spelling = spelling
        return spelling.withUTF8 { target in
            var offset = 0
            for index in range {
                let token = tokens.ranges[index]
                guard token.count <= target.count - offset else { return false }
                for (at, byte) in zip(offset..., tokens.bytes[token]) where target[at] != byte { return false }
                offset += token.count
            }
            return offset == target.count
        }
    }
}
