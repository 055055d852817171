import LeadreconLink
import Testing

/// Textbook values of the string measures (Winkler 1990; the Jaro-Winkler and Levenshtein articles'
/// worked examples), the empty-string conventions, non-ASCII text and the limits.
@Suite struct StringSimilarityTests {
    /// `value` rounded to three decimals, as the textbook tables print them.
    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    @Test(arguments: [
        // a, b, Jaro, Jaro-Winkler
        ("MARTHA", "MARHTA", 0.944, 0.961),
        ("DWAYNE", "DUANE", 0.822, 0.840),
        ("DIXON", "DICKSONX", 0.767, 0.813),
        ("CRATE", "TRACE", 0.733, 0.733),
        ("JONES", "JOHNSON", 0.790, 0.832),
        ("SHACKLEFORD", "SHACKELFORD", 0.970, 0.982),
        ("MARTHA", "MARTHA", 1.0, 1.0),
        ("", "", 1.0, 1.0),
        ("", "ABC", 0.0, 0.0),
        ("ABC", "", 0.0, 0.0),
        ("ABC", "XYZ", 0.0, 0.0),
        ("A", "A", 1.0, 1.0),
        // Below the boost threshold 0.7 a common prefix earns nothing: Jaro 0.556 stays.
        ("ABCDEF", "ABXYZW", 0.556, 0.556),
        // The prefix boost stops at 4 characters although 7 agree: 0.917 + 4 · 0.1 · 0.083.
        ("ABCDEFGH", "ABCDEFGX", 0.917, 0.950),
        // Unicode scalars, not bytes: one differing character of six.
        ("Müller", "Muller", 0.889, 0.900),
        ("Zoë", "Zoë", 1.0, 1.0),
    ])
    func jaroAndJaroWinkler(a: String, b: String, jaro: Double, jaroWinkler: Double) {
        #expect(Self.rounded(StringSimilarity.jaro(a, b)) == jaro)
        #expect(Self.rounded(StringSimilarity.jaroWinkler(a, b)) == jaroWinkler)
    }

    @Test func winklerConstants() {
        #expect(StringSimilarity.winklerPrefixScale == 0.1)
        #expect(StringSimilarity.winklerMaxPrefix == 4)
        #expect(StringSimilarity.winklerBoostThreshold == 0.7)
    }

    @Test(arguments: [
        // a, b, Levenshtein, Damerau-Levenshtein (optimal string alignment)
        ("kitten", "sitting", 3, 3),
        ("flaw", "lawn", 2, 2),
        ("saturday", "sunday", 3, 3),
        ("gumbo", "gambol", 2, 2),
        ("ca", "abc", 3, 3),  // OSA may not edit the swapped pair again; unrestricted DL gives 2
        ("abcd", "acbd", 2, 1),
        ("ab", "ba", 2, 1),
        ("abcd", "badc", 3, 2),
        ("", "", 0, 0),
        ("", "abc", 3, 3),
        ("abc", "", 3, 3),
        ("abc", "abc", 0, 0),
        ("Müller", "Muller", 1, 1),
        ("Straße", "Strasse", 2, 2),
        ("Mülelr", "Müller", 2, 1),
        ("日本語", "日本", 1, 1),
        ("a", "abcdefgh", 7, 7),
    ])
    func editDistances(a: String, b: String, levenshtein: Int, damerauLevenshtein: Int) {
        #expect(StringSimilarity.levenshtein(a, b) == levenshtein)
        #expect(StringSimilarity.damerauLevenshtein(a, b) == damerauLevenshtein)
    }

    @Test(arguments: [
        // a, b, limit, Levenshtein, Damerau-Levenshtein: limit + 1 once the distance is over the limit
        ("abcdef", "ghijkl", 2, 3, 3),
        ("kitten", "sitting", 3, 3, 3),
        ("kitten", "sitting", 2, 3, 3),
        ("kitten", "sitting", 0, 1, 1),
        ("kitten", "kitten", 0, 0, 0),
        ("a", "abcdefgh", 3, 4, 4),  // lengths alone tell
        ("abcd", "acbd", 1, 2, 1),
        ("abcd", "badc", 1, 2, 2),
        ("Müller", "Mueller", 1, 2, 2),
        ("Müller", "Muller", 1, 1, 1),
        ("", "abc", 5, 3, 3),
        ("prefixABCsuffix", "prefixXYZsuffix", 2, 3, 3),
    ])
    func limits(a: String, b: String, limit: Int, levenshtein: Int, damerauLevenshtein: Int) {
        #expect(StringSimilarity.levenshtein(a, b, limit: limit) == levenshtein)
        #expect(StringSimilarity.damerauLevenshtein(a, b, limit: limit) == damerauLevenshtein)
    }

    @Test(arguments: [
        // Malformed UTF-8 decodes to U+FFFD and is compared, never trapping.
        ([0x4D, 0xFF, 0x6C], [0x4D, 0xC3, 0xBC, 0x6C], 1),
        ([0xC3], [0xC3], 0),
        ([0xE2, 0x82], [0x61], 1),
    ] as [([UInt8], [UInt8], Int)])
    func malformedUTF8(a: [UInt8], b: [UInt8], levenshtein: Int) {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                #expect(StringSimilarity.levenshtein(a, b) == levenshtein)
                let jaroWinkler = StringSimilarity.jaroWinkler(a, b)
                #expect(jaroWinkler >= 0 && jaroWinkler <= 1)
            }
        }
    }
}
