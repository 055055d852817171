import LeadreconLink
import Testing

/// Laws of the string measures on seeded random strings: symmetry, range, identity, the triangle
/// inequality, limits, and agreement of the banded distances with the full-matrix textbook algorithm.
@Suite struct CompareSimilarityPropertyTests {
    /// SplitMix64: a small seeded generator, so that every run sees the same strings.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Characters random strings are drawn from: few, so that strings share many of them.
    enum Alphabet: String, CaseIterable, CustomTestStringConvertible {
        case ascii = "abcd"
        case mixed = "aäbßé"
        case names = "MARTHEüs .-"

        var testDescription: String { "\(self)" }
    }

    static let pairsPerCase = 600

    /// Random strings of 0 to `maxLength` characters of `alphabet`.
    static func strings(_ alphabet: Alphabet, count: Int, maxLength: Int = 10, seed: UInt64) -> [String] {
        var generator = SeededGenerator(state: seed)
        let characters = Array(alphabet.rawValue)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...maxLength, using: &generator)
            return String((0..<length).map { _ in characters.randomElement(using: &generator)! })
        }
    }

    /// The full-matrix Levenshtein or optimal string alignment distance over Unicode scalars.
    static func referenceDistance(_ a: String, _ b: String, transpositions: Bool) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if transpositions, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// The distance under test, with a limit.
    static func distance(transpositions: Bool) -> (String, String, Int) -> Int {
        if transpositions { return { StringSimilarity.damerauLevenshtein($0, $1, limit: $2) } }
        return { StringSimilarity.levenshtein($0, $1, limit: $2) }
    }

    @Test(arguments: Alphabet.allCases)
    func similaritiesAreSymmetricAndInRange(alphabet: Alphabet) {
        let a = Self.strings(alphabet, count: Self.pairsPerCase, seed: 1)
        let b = Self.strings(alphabet, count: Self.pairsPerCase, seed: 2)
        for (a, b) in zip(a, b) {
            let jaro = StringSimilarity.jaro(a, b)
            let jaroWinkler = StringSimilarity.jaroWinkler(a, b)
            #expect(jaro == StringSimilarity.jaro(b, a), "jaro(\(a), \(b))")
            #expect(jaroWinkler == StringSimilarity.jaroWinkler(b, a), "jaroWinkler(\(a), \(b))")
            #expect(jaro >= 0 && jaro <= 1, "jaro(\(a), \(b)) = \(jaro)")
            #expect(jaroWinkler >= jaro && jaroWinkler <= 1, "jaroWinkler(\(a), \(b)) = \(jaroWinkler)")
            #expect((jaro == 1) == (a == b), "jaro(\(a), \(b)) = \(jaro)")
        }
    }

    @Test(arguments: Alphabet.allCases)
    func identicalStringsAreSimilarityOneDistanceZero(alphabet: Alphabet) {
        for a in Self.strings(alphabet, count: Self.pairsPerCase, seed: 3) {
            #expect(StringSimilarity.jaro(a, a) == 1)
            #expect(StringSimilarity.jaroWinkler(a, a) == 1)
            #expect(StringSimilarity.levenshtein(a, a) == 0)
            #expect(StringSimilarity.damerauLevenshtein(a, a) == 0)
            #expect(StringSimilarity.levenshtein(a, a, limit: 0) == 0)
        }
    }

    @Test(arguments: Alphabet.allCases, [false, true])
    func distancesMatchTheFullMatrixAndAreSymmetric(alphabet: Alphabet, transpositions: Bool) {
        let distance = Self.distance(transpositions: transpositions)
        let a = Self.strings(alphabet, count: Self.pairsPerCase, seed: 4)
        let b = Self.strings(alphabet, count: Self.pairsPerCase, seed: 5)
        for (a, b) in zip(a, b) {
            let full = distance(a, b, .max)
            #expect(full == Self.referenceDistance(a, b, transpositions: transpositions), "(\(a), \(b))")
            #expect(full == distance(b, a, .max), "(\(a), \(b))")
        }
    }

    @Test(arguments: Alphabet.allCases, [false, true])
    func limitedDistanceIsFullCappedAtLimitPlusOne(alphabet: Alphabet, transpositions: Bool) {
        let distance = Self.distance(transpositions: transpositions)
        let a = Self.strings(alphabet, count: Self.pairsPerCase, seed: 6)
        let b = Self.strings(alphabet, count: Self.pairsPerCase, seed: 7)
        for (a, b) in zip(a, b) {
            let full = distance(a, b, .max)
            for limit in 0...6 {
                #expect(distance(a, b, limit) == min(full, limit + 1), "(\(a), \(b), limit: \(limit))")
                #expect(distance(b, a, limit) == min(full, limit + 1), "(\(b), \(a), limit: \(limit))")
            }
        }
    }

    @Test(arguments: Alphabet.allCases)
    func levenshteinObeysTheTriangleInequality(alphabet: Alphabet) {
        let a = Self.strings(alphabet, count: Self.pairsPerCase, seed: 8)
        let b = Self.strings(alphabet, count: Self.pairsPerCase, seed: 9)
        let c = Self.strings(alphabet, count: Self.pairsPerCase, seed: 10)
        for index in a.indices {
            let (a, b, c) = (a[index], b[index], c[index])
            let direct = StringSimilarity.levenshtein(a, c)
            let via = StringSimilarity.levenshtein(a, b) + StringSimilarity.levenshtein(b, c)
            #expect(direct <= via, "(\(a), \(b), \(c))")
        }
    }

    @Test func longStringsStayWithinTheBand() {
        // Past the sizes of names: the band and the early exit on strings of a few hundred characters.
        let a = Self.strings(.mixed, count: 20, maxLength: 300, seed: 11)
        let b = a.map { String($0.reversed()) }
        for (a, b) in zip(a, b) {
            let full = Self.referenceDistance(a, b, transpositions: false)
            #expect(StringSimilarity.levenshtein(a, b) == full)
            #expect(StringSimilarity.levenshtein(a, b, limit: 5) == min(full, 6))
        }
    }
}
