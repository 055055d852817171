import LeadreconValues
import Testing

/// German or English notation per column: proof by values only one notation reads, conflicts, and
/// the caller's fallback when nothing proves a notation.
@Suite struct NumberNotationDetectorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var samples: [String]
        var fallback: NumberNotation
        var notation: NumberNotation
        var reason: String
        var german = 0, english = 0, ambiguous = 0
        var isConflict = false, isDefault = false
        var testDescription: String { samples.joined(separator: " | ") }
    }

    static let cases: [Case] = [
        Case(samples: ["1.234,56", "12,5", "1.000", "7"], fallback: .english, notation: .german,
             reason: "german: 2 values are only valid in German notation (',' decimal, '.' thousands)",
             german: 2, ambiguous: 1),
        Case(samples: ["1.234.567"], fallback: .english, notation: .german,
             reason: "german: 1 value is only valid in German notation (',' decimal, '.' thousands)", german: 1),
        Case(samples: ["€ 0,99", "4,33E+11"], fallback: .english, notation: .german,
             reason: "german: 2 values are only valid in German notation (',' decimal, '.' thousands)", german: 2),
        Case(samples: ["1,234.56", "0.5", "$3", "4.33E+11", "1,234,567"], fallback: .german, notation: .english,
             reason: "english: 4 values are only valid in English notation ('.' decimal, ',' thousands)", english: 4),
        Case(samples: ["1,5", "2,5", "1.5"], fallback: .english, notation: .german,
             reason: "conflict: 2 values are only valid in German notation but 1 value is only valid in "
                + "English notation; reading german by the majority",
             german: 2, english: 1, isConflict: true),
        Case(samples: ["1,5", "1.5"], fallback: .english, notation: .english,
             reason: "conflict: 1 value is only valid in German notation but 1 value is only valid in "
                + "English notation; reading english by the fallback",
             german: 1, english: 1, isConflict: true),
        Case(samples: ["1.234", "2.500", "17"], fallback: .german, notation: .german,
             reason: "german by default: no value proves a notation (2 are ambiguous like 1.234)",
             ambiguous: 2, isDefault: true),
        Case(samples: ["1,234"], fallback: .english, notation: .english,
             reason: "english by default: no value proves a notation (1 is ambiguous like 1.234)",
             ambiguous: 1, isDefault: true),
        Case(samples: ["17", "", "abc", "1.23.456", "12.03.2024"], fallback: .english, notation: .english,
             reason: "english by default: no value has a decimal or thousands separator that decides",
             isDefault: true),
        Case(samples: [], fallback: .german, notation: .german,
             reason: "german by default: no value has a decimal or thousands separator that decides",
             isDefault: true),
    ]

    @Test(arguments: cases)
    func decision(_ example: Case) {
        let decision = NumberNotationDetector.decide(example.samples, fallback: example.fallback)
        #expect(decision.notation == example.notation)
        #expect(decision.reason == example.reason)
        #expect(decision.germanEvidence == example.german)
        #expect(decision.englishEvidence == example.english)
        #expect(decision.ambiguous == example.ambiguous)
        #expect(decision.isConflict == example.isConflict)
        #expect(decision.isDefault == example.isDefault)
    }

    /// A decided notation reads every value of the column it was decided from.
    @Test func decidedNotationReadsTheColumn() {
        let column = ["1.234,56", "1.000", "12,5 %", "€ 3"]
        var detector = NumberNotationDetector(fallback: .english)
        for value in column {
            Array(value.utf8).withUnsafeBufferPointer { detector.add($0) }
        }
        let parser = NumberParser(notation: detector.decision.notation)
        #expect(column.map { parser.parse($0) } == [.value(1234.56), .value(1000), .value(12.5), .value(3)])
    }
}
