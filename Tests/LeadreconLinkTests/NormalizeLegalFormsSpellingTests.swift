import Testing
@testable import LeadreconLink

/// `LegalForms.spells`, which confirms a legal-form hash match on the tokens' bytes, answers as
/// the plain definition does: the tokens run together are the spelling.
@Suite struct NormalizeLegalFormsSpellingTests {
    /// The definition, written the obvious way.
    static func reference(_ spelling: String, _ tokens: ArraySlice<String>) -> Bool {
        tokens.joined() == spelling
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
                #expect(LegalForms.spells(spelling, tokens[...]), "\(spelling): \(tokens)")
            }
        }
    }

    @Test(arguments: NormalizePropertyTests.seeds)
    func generatedTokensAgreeWithTheDefinition(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        let pieces = ["gmbh", "g", "mbh", "co", "kg", "and", "ag", "", "e", "v", "ug", "haftungsbeschrankt", "ltd", "x"]
        for _ in 0..<NormalizePropertyTests.runs {
            let spelling = (0..<random.below(4)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let tokens = (0..<random.below(5)).map { _ in pieces[random.below(pieces.count)] }
            #expect(LegalForms.spells(spelling, tokens[...]) == Self.reference(spelling, tokens[...]), "\(spelling): \(tokens)")
        }
    }
}
