@testable import LeadreconLink
import Testing

/// `PersonNameNormalizer.linkKeys` gives exactly the keys of the full `NormalizedName`, on table
/// cases and on generated names mixing ASCII (the fast paths) and other text.
@Suite struct NormalizeNameLinkKeysTests {
    static func same(_ lhs: (first: String, last: String)?, _ rhs: (first: String, last: String)?) -> Bool {
        lhs?.first == rhs?.first && lhs?.last == rhs?.last && (lhs == nil) == (rhs == nil)
    }

    @Test(arguments: [
        // first, last, full: ASCII, Latin beyond ASCII, other scripts, titles and particles.
        ("Hans", "Mueller", "Dr. Hans-Peter von der Mueller"),
        ("Jürgen", "Weiß", "Dr. Hans-Peter von der Müller"),
        ("HANS-PETER", "VON DER MÜLLER", "Herr Prof. Dr. med. Klaus Weber"),
        ("Ludwig van", "Beethoven", "Müller, Dr. Hans"),
        ("", "Frau Dr. Schmidt", "Anna Schmidt, PhD"),
        ("Иван", "Петров", "Иван Петров"),
        ("Nguyễn", "Văn An", "明 Wang"),
        ("Dr.", "", "van der Berg"),
        (",", "-", "  ,  "),
        ("Seán", "O'Brien", "Gianna D\u{2019}Angelo"),
    ])
    func personNameLinkKeysMatchNormalize(first: String, last: String, full: String) {
        var normalizer = PersonNameNormalizer()
        var other = PersonNameNormalizer()
        let name = normalizer.normalize(first: first, last: last)
        #expect(Self.same(other.linkKeys(first: first, last: last), name.map { ($0.firstKey, $0.lastKey) }))
        let split = normalizer.splitFullName(full)
        #expect(Self.same(other.linkKeys(fullName: full), split.map { ($0.firstKey, $0.lastKey) }))
    }

    /// Mostly ASCII words (the fast paths) with the awkward fragments of `NormalizePropertyTests`
    /// mixed in.
    static let nameFragments = NormalizePropertyTests.nameFragments + [
        "Peter", "Schmidt", "Meier", "O'Neil", "Hans-Peter", "von der", "Mc", "Ng", "Li", "Dr.med.", "(FH)", "jr",
    ]

    @Test(arguments: NormalizePropertyTests.seeds)
    func generatedPersonNameLinkKeysMatchNormalize(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        var normalizer = PersonNameNormalizer(cacheCapacity: 64)
        var other = PersonNameNormalizer(cacheCapacity: 64)
        for _ in 0..<NormalizePropertyTests.runs {
            let first = random.text(from: Self.nameFragments, maximum: 5)
            let last = random.text(from: Self.nameFragments, maximum: 5)
            let full = random.text(from: Self.nameFragments, maximum: 8)
            let name = normalizer.normalize(first: first, last: last)
            #expect(Self.same(other.linkKeys(first: first, last: last), name.map { ($0.firstKey, $0.lastKey) }),
                    "\(first) / \(last)")
            let split = normalizer.splitFullName(full)
            #expect(Self.same(other.linkKeys(fullName: full), split.map { ($0.firstKey, $0.lastKey) }), "\(full)")
        }
    }

    /// Pieces of one-word ASCII cells: names, salutations, titles, particles, postnominals,
    /// punctuation and symbols, so that generated cells take the plain-word path (`Hans`, `Dr.`,
    /// `Herr`, `von`, `O'Brien`, `-`, `+1`) or just miss it (a blank, a comma, an umlaut).
    static let wordFragments = [
        "Hans", "ANNA", "peter", "Mueller", "O", "'", "Brien", "-", "Luise", "Dr.", "Dr", "Prof.", "Herr", "Frau",
        "Mr", "Mrs.", "Dipl.-Ing.", "(FH)", "von", "van", "de", "le", "PhD", "MA", "h.", "c.", ".", "_", "+", "1",
        "x", "Ma", "Le", "Da", "z", "(", ")", "*", "#", "~", "Abcdefghijklmnopq", " ", ",", "ü", "\t",
    ]

    @Test(arguments: NormalizePropertyTests.seeds)
    func plainWordPathMatchesTheParser(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        var normalizer = PersonNameNormalizer(cacheCapacity: 64)
        var other = PersonNameNormalizer(cacheCapacity: 64)
        var plain = 0
        for _ in 0..<NormalizePropertyTests.runs {
            let first = random.text(from: Self.wordFragments, maximum: 3)
            let last = random.text(from: Self.wordFragments, maximum: 3)
            if PersonNameNormalizer.plainWordKeys(first: first, last: last) != nil { plain += 1 }
            let name = normalizer.normalize(first: first, last: last)
            #expect(Self.same(other.linkKeys(first: first, last: last), name.map { ($0.firstKey, $0.lastKey) }),
                    "\(first) / \(last)")
        }
        #expect(plain > NormalizePropertyTests.runs / 4)
    }

    @Test(arguments: [
        // first, last, first key, last key: the plain-word path and its boundaries.
        ("Hans", "Mueller", "hans", "mueller"),
        ("Marie-Luise", "O'Brien", "marieluise", "obrien"),
        ("Herr", "Mueller", "", "mueller"),
        ("Dr.", "Mueller", "", "mueller"),
        ("von", "Berg", "von", "berg"),
        ("Hans", "PhD", "hans", "phd"),
        ("-", "Mueller", "", "mueller"),
        ("Hans", "-", "hans", ""),
        ("Jürgen", "Mueller", "juergen", "mueller"),
        ("Hans Peter", "Mueller", "hanspeter", "mueller"),
    ])
    func plainWordCases(first: String, last: String, firstKey: String, lastKey: String) {
        var normalizer = PersonNameNormalizer()
        let keys = normalizer.linkKeys(first: first, last: last)
        #expect(keys?.first == firstKey && keys?.last == lastKey)
        let name = normalizer.normalize(first: first, last: last)
        #expect(name?.firstKey == firstKey && name?.lastKey == lastKey)
    }
}
