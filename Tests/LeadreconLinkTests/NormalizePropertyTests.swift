import LeadreconLink
import Testing

/// SplitMix64: a deterministic generator, so that a failing case is reproduced by its seed. Picks
/// use the raw output modulo the count rather than the standard library's `random(in:)`, whose
/// algorithm may change between toolchains.
struct NormalizeSeededGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    mutating func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    /// A string of up to `maximum` fragments.
    mutating func text(from fragments: [String], maximum: Int) -> String {
        (0..<below(maximum + 1)).map { _ in fragments[below(fragments.count)] }.joined()
    }
}

/// Laws every normaliser obeys on arbitrary input built from awkward fragments: keys stay in their
/// alphabet, and normalising the normalised output changes nothing.
@Suite struct NormalizePropertyTests {
    static let runs = 2000
    static let seeds: [UInt64] = [1, 0x5EED, 0xDEAD_BEEF]

    static let nameFragments = [
        "Hans", "Anna", "Müller", "Groß", "ÖZTÜRK", "von", "der", "van", "de", "la", "zu", "und", "Le", "Dr.", "Prof.",
        "Herr", "Frau", "Mrs", "Dipl.-Ing.", "(FH)", "med.", "h.", "c.", "PhD", "MA", "-", " ", " ", " ", ",", "'",
        "\u{2019}", ".", "ß", "ä", "É", "ı", "İ", "Ø", "Ł", "\u{308}", "Иван", "Πάνος", "明", "Nguyễn", "😀",
        "\u{A0}", "\t", "1", "x", "Ma", "Herr", "\u{200B}",
    ]
    static let companyFragments = [
        "Müller", "Söhne", "Bau", "Verlag", "Schmidt", " ", " ", " ", "&", "+", "und", "and", "u.", "GmbH", "G.m.b.H.",
        "Co.", "KG", "AG", "e.V.", "UG", "(haftungsbeschränkt)", "Ltd", "Inc.", "S.A.", "A/S", "Sp. z o.o.", "Fa.",
        "Firma", "i.L.", "-", ".", ",", "'", "ß", "ä", "Ø", "ООО", "Ромашка", "😀", "1", "3M", "u", "\u{A0}",
    ]
    static let phoneFragments = [
        "+", "00", "0", "49", "30", "1", "151", "171", "41", "43", "44", "33", "31", "123", "4567", "89", " ", " ",
        "-", "/", "(0)", "(030)", "(Büro)", "x", "ext.", "Durchwahl", ".", ",", "Tel.:", "\u{A0}", "\u{2013}", "#",
    ]
    static let emailFragments = [
        "hans", "Anna", ".", ".", "+", "tag", "@", "@", "gmail.com", "googlemail.com", "web.de", "firma.de", "ä",
        "mailto:", "<", ">", " ", "-", "_", "x", "1", "GMX.NET", "\t", "co.uk",
    ]

    @Test(arguments: seeds)
    func personNames(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        var normalizer = PersonNameNormalizer(cacheCapacity: 64)
        for _ in 0..<Self.runs {
            let first = random.text(from: Self.nameFragments, maximum: 5)
            let last = random.text(from: Self.nameFragments, maximum: 5)
            let full = random.text(from: Self.nameFragments, maximum: 8)
            for name in [normalizer.normalize(first: first, last: last), normalizer.splitFullName(full)] {
                guard let name else { continue }
                let keys = [name.firstKey, name.lastKey, name.firstKeyPlain, name.lastKeyPlain, name.lastCoreKey,
                    name.lastCoreKeyPlain] + name.lastPartKeys
                #expect(keys.allSatisfy(Self.isNameKey), "\(first) / \(last) / \(full)")
                let again = normalizer.normalize(first: name.first, last: name.last)
                // Same parts and keys; title and salutation were taken off the first time.
                let before = NormalizePersonNameTests.rendered(name).split(separator: "|")
                let after = NormalizePersonNameTests.rendered(again).split(separator: "|")
                #expect(
                    Array(after.prefix(3)) == Array(before.prefix(3)) && after.dropFirst(5) == before.dropFirst(5),
                    "\(first) / \(last) / \(full): \(before) → \(after)")
                #expect(again?.lastCoreKey == name.lastCoreKey && again?.lastPartKeys == name.lastPartKeys)
                #expect(normalizer.key(name.firstKey, style: .german) == name.firstKey)
                #expect(normalizer.key(name.lastKeyPlain, style: .plain) == name.lastKeyPlain)
            }
        }
    }

    @Test(arguments: seeds)
    func companies(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        var normalizer = CompanyNormalizer(cacheCapacity: 64)
        for _ in 0..<Self.runs {
            let raw = random.text(from: Self.companyFragments, maximum: 8)
            guard let company = normalizer.normalize(raw) else { continue }
            #expect(Self.isCompanyKey(company.key), "\(raw)")
            let fromKey = normalizer.normalize(company.key)
            #expect(fromKey?.key == company.key, "\(raw)")
            #expect(fromKey?.legalForm == nil, "\(raw)")
            #expect(normalizer.normalize(company.display)?.key == company.key, "\(raw)")
        }
    }

    @Test(arguments: seeds)
    func phones(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        let regions = PhoneRegion.allCases
        for _ in 0..<Self.runs {
            let raw = random.text(from: Self.phoneFragments, maximum: 9)
            let region = regions[random.below(regions.count)]
            guard let phone = PhoneNormalizer(defaultRegion: region).normalize(raw) else { continue }
            let digits = phone.e164.utf8.dropFirst()
            #expect(phone.e164.first == "+" && (6...15).contains(digits.count), "\(raw)")
            #expect(digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }, "\(raw)")
            #expect(phone.e164.hasSuffix(phone.lastDigits) && phone.lastDigits.utf8.count == min(9, digits.count))
            for other in regions {
                #expect(PhoneNormalizer(defaultRegion: other).normalize(phone.e164) == phone, "\(raw) in \(other)")
            }
        }
    }

    @Test(arguments: seeds)
    func emails(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        let normalizer = EmailNormalizer()
        var accepted = 0
        for _ in 0..<Self.runs {
            let raw = random.text(from: Self.emailFragments, maximum: 6)
            guard let email = normalizer.normalize(raw) else { continue }
            accepted += 1
            #expect(email.address.utf8.filter { $0 == UInt8(ascii: "@") }.count == 1, "\(raw)")
            #expect(!email.address.contains(" ") && email.address == email.address.lowercased(), "\(raw)")
            #expect(normalizer.normalize(email.address) == email, "\(raw)")
        }
        #expect(accepted > 0)
    }

    static func isNameKey(_ key: String) -> Bool {
        key.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// `[a-z0-9 ]`, words separated by single spaces, none at either end.
    static func isCompanyKey(_ key: String) -> Bool {
        !key.isEmpty && !key.hasPrefix(" ") && !key.hasSuffix(" ") && !key.contains("  ")
            && key.utf8.allSatisfy {
                ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                    || $0 == UInt8(ascii: " ")
            }
    }
}
