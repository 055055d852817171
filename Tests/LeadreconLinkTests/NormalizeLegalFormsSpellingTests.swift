import Testing
@testable import LeadreconLink

/// `LegalForms.spells`, which confirms a legal-form hash match on the tokens' bytes, answers as
/// the plain definition does: the tokens run together are the spelling. And the byte-range
/// normaliser gives what the string-token one gave (``ReferenceCompanyNormalizer``).
@Suite struct NormalizeLegalFormsSpellingTests {
    /// The definition, written the obvious way.
    static func reference(_ spelling: String, _ tokens: CompanyTokens) -> Bool {
        (0..<tokens.count).map(tokens.text).joined() == spelling
    }

    /// Words as tokens (the test pieces are lower-case letters, which the tokenizer keeps).
    static func tokens(_ words: [String]) -> CompanyTokens {
        CompanyTokens(folded: Array(words.joined(separator: " ").utf8))
    }

    @Test func everyEndingIsSpelledByItsTokensHoweverSplit() {
        var random = NormalizeSeededGenerator(seed: 0x1E6A1)
        for (_, ending) in LegalForms.endings {
            let spelling = ending.spelling
            for _ in 0..<10 {
                var tokens: [String] = []
                var rest = Substring(spelling)
                while !rest.isEmpty {
                    let length = 1 + random.below(rest.count)
                    tokens.append(String(rest.prefix(length)))
                    rest = rest.dropFirst(length)
                }
                // A piece the tokenizer reads as a connector (`u` between words) spells `and`.
                let split = Self.tokens(tokens)
                guard (0..<split.count).map(split.text) == tokens else { continue }
                #expect(LegalForms.spells(spelling, split, 0..<split.count), "\(spelling): \(tokens)")
            }
        }
    }

    @Test(arguments: NormalizePropertyTests.seeds)
    func generatedTokensAgreeWithTheDefinition(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        let pieces = ["gmbh", "g", "mbh", "co", "kg", "and", "ag", "", "e", "v", "ug", "haftungsbeschrankt", "ltd", "x"]
        for _ in 0..<NormalizePropertyTests.runs {
            let spelling = (0..<random.below(4)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let tokens = Self.tokens((0..<random.below(5)).map { _ in pieces[random.below(pieces.count)] })
            #expect(LegalForms.spells(spelling, tokens, 0..<tokens.count) == Self.reference(spelling, tokens), "\(spelling)")
        }
    }

    /// Generated company names, and every ending of the catalogue after a name, normalise as
    /// the string-token normaliser did: display, key and legal form.
    @Test(arguments: NormalizePropertyTests.seeds)
    func byteTokensAgreeWithStringTokens(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        var normalizer = CompanyNormalizer(cacheCapacity: 64), folder = KeyFolder(capacity: 64)
        var names = LegalForms.catalogue.flatMap { [$0.canonical] + $0.variants }.map { "Müller und Söhne " + $0 }
        for _ in 0..<NormalizePropertyTests.runs * 4 {
            names.append(random.text(from: NormalizePropertyTests.companyFragments, maximum: 8))
        }
        for name in names {
            #expect(normalizer.normalize(name) == ReferenceCompanyNormalizer.key(name, folder: &folder), "\(name)")
        }
    }
}
