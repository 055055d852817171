import LeadreconLink
import Testing

/// The Jaro-Winkler upper bound that lets comparators skip the full measure.
@Suite struct CompareJaroWinklerBoundTests {
    /// Law: the bound is never below the measure (ASCII strings; other strings get the bound 1).
    @Test(arguments: CompareSimilarityPropertyTests.Alphabet.allCases)
    func boundIsAtLeastTheMeasure(alphabet: CompareSimilarityPropertyTests.Alphabet) {
        let strings = CompareSimilarityPropertyTests.strings(alphabet, count: 2 * CompareSimilarityPropertyTests.pairsPerCase,
                                                             maxLength: 14, seed: 11)
        for index in stride(from: 0, to: strings.count, by: 2) {
            let a = strings[index], b = strings[index + 1]
            let bound = bytes(a, b) { StringSimilarity.jaroWinklerUpperBound($0, $1) }
            #expect(bound >= StringSimilarity.jaroWinkler(a, b), "\(a) / \(b)")
            if !a.allSatisfy(\.isASCII) || !b.allSatisfy(\.isASCII) { #expect(bound == 1) }
        }
    }

    @Test(arguments: [
        // (a, b, bound): m bounded by the characters both have at all.
        ("anna", "thomas", (0.25 + 1.0 / 6 + 1) / 3),  // only one a of thomas can match
        ("abc", "xyz", 0),  // nothing in common
        ("martha", "marhta", 1),  // the same letters: no bound below 1 (Jaro ≤ 1, prefix 3)
        ("dixon", "dickson", (4.0 / 5 + 4.0 / 7 + 1) / 3 + 2 * 0.1 * (1 - (4.0 / 5 + 4.0 / 7 + 1) / 3)),
        ("", "a", 1),  // empty: no bound
        ("müller", "muller", 1),  // not ASCII: no bound
    ])
    func bound(a: String, b: String, expected: Double) {
        let bound = bytes(a, b) { StringSimilarity.jaroWinklerUpperBound($0, $1) }
        #expect(abs(bound - expected) < 1e-12)
    }

    /// Law: the comparator's levels are those of the full measure, the bound only saves work.
    @Test(arguments: [[0.92, 0.8], [0.95, 0.9, 0.85, 0.7], [0.5]])
    func levelsAreThoseOfTheFullMeasure(thresholds: [Double]) {
        let comparator = Comparator(.jaroWinkler(thresholds: thresholds))
        let strings = CompareSimilarityPropertyTests.strings(.names, count: 2_000, maxLength: 9, seed: 5)
            + CompareSimilarityPropertyTests.strings(.ascii, count: 2_000, maxLength: 7, seed: 6)
        for index in stride(from: 0, to: strings.count, by: 2) {
            let a = strings[index], b = strings[index + 1]
            guard !a.isEmpty, !b.isEmpty, a != b else { continue }
            let similarity = StringSimilarity.jaroWinkler(a, b)
            let expected = thresholds.firstIndex { similarity >= $0 }.map { $0 + 1 } ?? comparator.elseLevel
            #expect(comparator.level(a, b) == expected, "\(a) / \(b): \(similarity)")
        }
    }

    private func bytes(_ a: String, _ b: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Double) -> Double {
        var a = a, b = b
        return a.withUTF8 { a in b.withUTF8 { b in body(a, b) } }
    }
}
