import LeadreconLink
import Testing

/// Each method's levels, null handling, and the text levels of the string methods.
@Suite struct CompareComparatorTests {
    @Test(arguments: [
        (Comparator.Method.exact, ["exact", "else", "null"]),
        (.jaroWinkler(), ["exact", "jaro_winkler >= 0.92", "jaro_winkler >= 0.8", "else", "null"]),
        (.jaroWinkler(thresholds: [0.9]), ["exact", "jaro_winkler >= 0.9", "else", "null"]),
        (.jaroWinkler(thresholds: []), ["exact", "else", "null"]),
        (.levenshtein(), ["exact", "levenshtein <= 1", "levenshtein <= 2", "else", "null"]),
        (.damerauLevenshtein(thresholds: [1, 3]),
         ["exact", "damerau_levenshtein <= 1", "damerau_levenshtein <= 3", "else", "null"]),
        (.email(), ["exact", "exact local part", "same domain, local part jaro_winkler >= 0.92", "else", "null"]),
        (.email(localPartThresholds: []), ["exact", "exact local part", "else", "null"]),
        (.phone(), ["exact", "last 8 digits", "else", "null"]),
        (.phone(lastDigits: [10, 7]), ["exact", "last 10 digits", "last 7 digits", "else", "null"]),
        (.date(), ["exact day", "within 1 day", "within 30 days", "else", "null"]),
        (.numeric(), ["exact", "abs_diff <= 1", "else", "null"]),
        (.numeric(tolerance: [0.5, 10]), ["exact", "abs_diff <= 0.5", "abs_diff <= 10", "else", "null"]),
    ])
    func levels(method: Comparator.Method, labels: [String]) {
        let comparator = Comparator(method)
        #expect(comparator.levels.map(\.label) == labels)
        #expect(comparator.levels.map(\.index) == Array(labels.indices))
        #expect(comparator.levels.map(\.isNull) == labels.indices.map { $0 == labels.count - 1 })
        #expect(comparator.nullLevel == labels.count - 1)
        #expect(comparator.elseLevel == labels.count - 2)
        #expect(comparator.method == method)
    }

    @Test(arguments: [
        Comparator.Method.exact, .jaroWinkler(), .levenshtein(), .damerauLevenshtein(), .email(), .phone(),
    ])
    func missingTextIsNullNotElse(method: Comparator.Method) {
        let comparator = Comparator(method)
        let present = "x@example.com"
        let pairs: [(String?, String?)] = [
            (nil, present), (present, nil), (nil, nil), ("", present), (present, ""), ("", ""),
        ]
        for (a, b) in pairs {
            #expect(comparator.level(a, b) == comparator.nullLevel, "(\(a ?? "nil"), \(b ?? "nil"))")
        }
        #expect(comparator.level(utf8: nil, nil) == comparator.nullLevel)
        #expect(comparator.nullLevel != comparator.elseLevel)
    }

    @Test(arguments: [Comparator.Method.exact, .date()])
    func missingTimestampsAndDaysAreNull(method: Comparator.Method) {
        let comparator = Comparator(method)
        #expect(comparator.level(days: nil, 3) == comparator.nullLevel)
        #expect(comparator.level(days: 3, nil) == comparator.nullLevel)
        #expect(comparator.level(days: nil, nil) == comparator.nullLevel)
    }

    @Test(arguments: [Comparator.Method.exact, .numeric()])
    func missingNumbersAreNull(method: Comparator.Method) {
        let comparator = Comparator(method)
        for (a, b) in [(nil, 1), (1, nil), (nil, nil), (.nan, 1), (1, .nan), (.nan, .nan)] as [(Double?, Double?)] {
            #expect(comparator.level(a, b) == comparator.nullLevel)
        }
    }

    @Test(arguments: [
        // method, a, b, expected level label
        (Comparator.Method.exact, "Anna", "Anna", "exact"),
        (.exact, "Anna", "anna", "else"),
        (.exact, "Müller", "Müller", "exact"),
        (.jaroWinkler(), "MARTHA", "MARTHA", "exact"),
        (.jaroWinkler(), "MARTHA", "MARHTA", "jaro_winkler >= 0.92"),  // 0.961
        (.jaroWinkler(), "DWAYNE", "DUANE", "jaro_winkler >= 0.8"),  // 0.840
        (.jaroWinkler(), "DIXON", "DICKSONX", "jaro_winkler >= 0.8"),  // 0.813
        (.jaroWinkler(), "CRATE", "TRACE", "else"),  // 0.733
        (.jaroWinkler(), "müller", "muller", "jaro_winkler >= 0.8"),  // 0.900
        (.jaroWinkler(thresholds: [0.9]), "müller", "muller", "jaro_winkler >= 0.9"),
        (.jaroWinkler(thresholds: []), "MARTHA", "MARHTA", "else"),
        (.levenshtein(), "kitten", "kitten", "exact"),
        (.levenshtein(), "kitten", "sitten", "levenshtein <= 1"),
        (.levenshtein(), "flaw", "lawn", "levenshtein <= 2"),
        (.levenshtein(), "kitten", "sitting", "else"),
        (.levenshtein(), "Müller", "Muller", "levenshtein <= 1"),
        (.levenshtein(), "abcd", "acbd", "levenshtein <= 2"),
        (.levenshtein(thresholds: []), "kitten", "sitten", "else"),
        (.damerauLevenshtein(), "abcd", "acbd", "damerau_levenshtein <= 1"),
        (.damerauLevenshtein(), "abcd", "badc", "damerau_levenshtein <= 2"),
        (.damerauLevenshtein(), "ca", "abc", "else"),
        (.damerauLevenshtein(thresholds: [3]), "ca", "abc", "damerau_levenshtein <= 3"),
    ])
    func textLevels(method: Comparator.Method, a: String, b: String, expected: String) {
        let comparator = Comparator(method)
        let level = comparator.level(a, b)
        #expect(comparator.levels[level].label == expected)
        var a = a
        var b = b
        let bytesLevel = a.withUTF8 { a in b.withUTF8 { b in comparator.level(utf8: a, b) } }
        #expect(bytesLevel == level)
    }
}
