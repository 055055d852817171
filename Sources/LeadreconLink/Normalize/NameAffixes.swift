/// The words around a person's name that are not the name: salutations, academic and
/// professional titles, and the particles that belong to a last name.
///
/// Tokens are matched by their affix key: lower case, letters only, so that `Dipl.-Ing.`,
/// `Dipl. Ing`, `DIPL.-ING.` and `Dipl.Ing.` are all `dipling`.
enum NameAffixes {
    /// Salutations in German, English, French, Dutch, Italian and Spanish.
    static let salutations: Set<String> = [
        "herr", "herrn", "frau", "hr", "fr", "mr", "mrs", "ms", "miss", "mx", "mister", "madam", "madame", "mme",
        "mlle", "monsieur", "dhr", "mevr", "mevrouw", "meneer", "signor", "signora", "sig", "sigra", "sra",
        "señor", "señora",
    ]

    /// Titles written before the name, alone or as the head of a longer title.
    static let titles: Set<String> = [
        "dr", "drs", "prof", "professor", "mag", "maga", "magister", "magistra", "ing", "ir", "phd", "dipl",
        "dipling", "diplkfm", "diplkffr", "diplkaufm", "diplkauffr", "diplinf", "diplinform", "diplvw",
        "diplvolksw", "diplpsych", "diplphys", "diplchem", "diplbiol", "diploec", "diplmath", "diplbw",
        "diplbetrw", "diplwiing", "diplwirtsching", "diplwirtinf", "diplpäd", "diplpaed", "diplsozpäd",
        "diplsozpaed", "diplgeogr", "diplarch", "dring", "drmed", "drmeddent", "drmedvet", "drrernat",
        "drrerpol", "drphil", "drjur", "driur", "droec", "drhc", "drmult", "drdr", "privdoz", "bsc", "msc",
        "mba", "llm", "mphil", "beng", "meng", "bakk", "lic",
    ]

    /// The parts that continue a title: `Dr. med.`, `Dr. rer. nat.`, `Dipl.-Ing. (FH)`, `Dr. h. c.`.
    /// They count only when written as abbreviations (with a dot or parentheses) or in lower case,
    /// so that `Dr. Phil Collins` keeps his first name.
    static let titleContinuations: Set<String> = [
        "med", "dent", "vet", "rer", "nat", "pol", "oec", "phil", "jur", "iur", "theol", "habil", "mult", "hc",
        "fh", "th", "tu", "ing", "sc", "techn", "dr",
    ]

    /// Titles that may follow the name: `Anna Schmidt PhD`, `Schmidt, MBA`. `MA` and `BA` (also
    /// Chinese surnames) count only after a comma.
    static let postnominals: Set<String> = ["phd", "mba", "msc", "bsc", "llm", "mphil", "beng", "meng"]

    /// Postnominals accepted only as a comma-separated segment.
    static let commaPostnominals: Set<String> = ["ma", "ba", "dr", "prof"]

    /// Last-name particles, longest sequences first where one is the start of another.
    static let particles: [[String]] = [
        ["von", "und", "zu"], ["von", "der"], ["von", "dem"], ["van", "der"], ["van", "den"], ["van", "de"],
        ["van", "het"], ["de", "la"], ["de", "las"], ["de", "los"], ["von"], ["van"], ["vom"], ["zu"], ["zum"],
        ["zur"], ["de"], ["del"], ["della"], ["di"], ["da"], ["dos"], ["du"], ["ten"], ["ter"], ["le"],
    ]

    /// The affix key of a token: lower case, letters only.
    static func key(_ token: Substring) -> String {
        var isASCII = true
        for byte in token.utf8 where byte >= 0x80 {
            isASCII = false
            break
        }
        guard isASCII else { return String(token.lowercased().unicodeScalars.filter(\.properties.isAlphabetic)) }
        var letters: [UInt8] = []
        letters.reserveCapacity(token.utf8.count)
        for byte in token.utf8 where CellBytes.isLetter(byte) { letters.append(CellBytes.lowercased(byte)) }
        return String(decoding: letters, as: UTF8.self)
    }

    /// Whether `token` is written as an abbreviation or in lower case: `med.`, `(FH)`, `nat`.
    static func looksAbbreviated(_ token: Substring) -> Bool {
        token.contains(".") || token.hasPrefix("(") || token.first?.isLowercase == true
    }

    /// The number of tokens of the longest particle sequence starting at `start` in `keys`, or 0.
    static func particleLength(in keys: [String], at start: Int) -> Int {
        for particle in particles where start + particle.count <= keys.count {
            if particle.indices.allSatisfy({ keys[start + $0] == particle[$0] }) { return particle.count }
        }
        return 0
    }
}
