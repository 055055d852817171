/// The words around a person's name that are not the name: salutations, academic and
/// professional titles, and the particles that belong to a last name.
///
/// Words are matched by their affix code: the lower-case ASCII letters of the word's plain fold,
/// so that `Dipl.-Ing.`, `Dipl. Ing`, `DIPL.-ING.` and `Dipl.Ing.` are all `dipling` and `Señor`
/// is `senor`. Codes pack up to 16 letters into two integers: every affix fits, longer words are
/// never affixes, and a look-up hashes two words instead of a string.
enum NameAffixes {
    /// What a word can be; one word may be several (`Dr.` is a title and, after `Prof.`, continues one).
    struct Kind: OptionSet {
        let rawValue: UInt8
        static let salutation = Kind(rawValue: 1 << 0)
        /// A title written before the name, alone or as the head of a longer title.
        static let title = Kind(rawValue: 1 << 1)
        /// Continues a title (`Dr. med.`, `Dr. rer. nat.`, `Dipl.-Ing. (FH)`, `Dr. h.c.`) when written
        /// as an abbreviation, so that `Dr. Phil Collins` keeps his first name.
        static let continuation = Kind(rawValue: 1 << 2)
        /// A title that may follow the name: `Anna Schmidt PhD`.
        static let postnominal = Kind(rawValue: 1 << 3)
        /// A title accepted only as its own comma-separated segment: `MA` and `BA` are also surnames.
        static let commaPostnominal = Kind(rawValue: 1 << 4)
        /// The first word of a particle sequence (`von`, `van`, `de`, …).
        static let particle = Kind(rawValue: 1 << 5)
    }

    /// Up to 16 lower-case ASCII letters, one per byte.
    struct Code: Hashable {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var count = 0

        /// Appends a letter; false when the word is too long to be an affix.
        @inline(__always)
        mutating func append(_ letter: UInt8) -> Bool {
            guard count < 16 else { return false }
            if count < 8 {
                head |= UInt64(letter) << (8 * UInt64(count))
            } else {
                tail |= UInt64(letter) << (8 * UInt64(count - 8))
            }
            count += 1
            return true
        }

        init() {}

        /// The code of a word from the lists below (lower-case ASCII letters).
        init(_ word: String) {
            for byte in word.utf8 { _ = append(byte) }
        }
    }

    static let salutations = [
        "herr", "herrn", "frau", "hr", "fr", "mr", "mrs", "ms", "miss", "mx", "mister", "madam", "madame", "mme",
        "mlle", "monsieur", "dhr", "mevr", "mevrouw", "meneer", "signor", "signora", "sig", "sigra", "sra", "senor",
        "senora",
    ]
    static let titles = [
        "dr", "drs", "prof", "professor", "mag", "maga", "magister", "magistra", "ing", "ir", "phd", "dipl",
        "dipling", "diplkfm", "diplkffr", "diplkaufm", "diplkauffr", "diplinf", "diplinform", "diplvw",
        "diplvolksw", "diplpsych", "diplphys", "diplchem", "diplbiol", "diploec", "diplmath", "diplbw",
        "diplbetrw", "diplwiing", "diplwirtsching", "diplwirtinf", "diplpad", "diplpaed", "diplsozpad",
        "diplsozpaed", "diplgeogr", "diplarch", "dring", "drmed", "drmeddent", "drmedvet", "drrernat",
        "drrerpol", "drphil", "drjur", "driur", "droec", "drhc", "drmult", "drdr", "privdoz", "bsc", "msc",
        "mba", "llm", "mphil", "beng", "meng", "bakk", "lic",
    ]
    static let continuations = [
        "med", "dent", "vet", "rer", "nat", "pol", "oec", "phil", "jur", "iur", "theol", "habil", "mult", "hc",
        "fh", "th", "tu", "ing", "sc", "techn", "dr",
    ]
    static let postnominals = ["phd", "mba", "msc", "bsc", "llm", "mphil", "beng", "meng"]
    static let commaPostnominals = ["ma", "ba", "dr", "prof"]

    /// Last-name particles, longest first where one starts another.
    static let particleWords: [[String]] = [
        ["von", "und", "zu"], ["von", "der"], ["von", "dem"], ["van", "der"], ["van", "den"], ["van", "de"],
        ["van", "het"], ["de", "la"], ["de", "las"], ["de", "los"], ["von"], ["van"], ["vom"], ["zu"], ["zum"],
        ["zur"], ["de"], ["del"], ["della"], ["di"], ["da"], ["dos"], ["du"], ["ten"], ["ter"], ["le"],
    ]
    static let particles: [[Code]] = particleWords.map { $0.map(Code.init) }

    /// The `h` and `c` of `Dr. h. c.` written apart.
    static let honorisH = Code("h")
    static let honorisC = Code("c")

    /// Every affix code with its kinds: one hash look-up per word.
    static let kinds: [Code: Kind] = {
        var kinds: [Code: Kind] = [:]
        for (words, kind) in [
            (salutations, Kind.salutation), (titles, .title), (continuations, .continuation),
            (postnominals, .postnominal), (commaPostnominals, .commaPostnominal), (particleWords.map { $0[0] }, .particle),
        ] {
            for word in words { kinds[Code(word), default: []].insert(kind) }
        }
        return kinds
    }()

    /// `kinds` as a table that answers a look-up without hashing through `Hasher`.
    static let table = NameAffixTable(kinds)

    /// The kinds of `code`; empty when it is no affix. Same answer as `kinds[code] ?? []`.
    @inline(__always)
    static func kind(of code: Code) -> Kind {
        table.kind(of: code)
    }

    /// The affix code of a word, or nil when it has more than 16 letters.
    static func code(_ word: Substring) -> Code? {
        var code = Code()
        for byte in word.utf8 {
            if byte >= 0x80 { return latinCode(word) }
            if CellBytes.isLetter(byte), !code.append(byte | 0x20) { return nil }
        }
        return code
    }

    /// `code(_:)` for words beyond ASCII: letters of the plain fold; other scripts cannot be affixes.
    private static func latinCode(_ word: Substring) -> Code? {
        var code = Code()
        for scalar in word.unicodeScalars where scalar.value < 0x180 {
            let folded = LatinFoldTable.fold(scalar, style: .plain)
            for byte in [UInt8(truncatingIfNeeded: folded), UInt8(truncatingIfNeeded: folded >> 8)]
            where CellBytes.isLetter(byte) {
                if !code.append(byte) { return nil }
            }
        }
        return code
    }
}
