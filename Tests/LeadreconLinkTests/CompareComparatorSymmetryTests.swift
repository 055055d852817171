import LeadreconLink
import LeadreconValues
import Testing

/// level(a, b) == level(b, a) for every method, on seeded random values built to hit every level.
@Suite struct CompareComparatorSymmetryTests {
    typealias Generator = CompareSimilarityPropertyTests.SeededGenerator

    static let pairs = 800

    /// Texts that often share local parts, domains and trailing digits, with some missing.
    static func texts(for method: Comparator.Method, seed: UInt64) -> [String?] {
        var generator = Generator(state: seed)
        let locals = ["john.king", "john_king", "jon.king", "anna", "änna", "a", ""]
        let domains = ["acme.com", "gmail.com", "acme.de"]
        let digits = Array("0123")
        return (0..<pairs).map { _ -> String? in
            if Int.random(in: 0..<10, using: &generator) == 0 { return nil }
            switch method {
            case .email:
                let local = locals.randomElement(using: &generator)!
                if Bool.random(using: &generator) { return local }
                return local + "@" + domains.randomElement(using: &generator)!
            case .phone:
                let prefix = ["+49", "+43", ""].randomElement(using: &generator)!
                let count = Int.random(in: 0...10, using: &generator)
                return prefix + String((0..<count).map { _ in digits.randomElement(using: &generator)! })
            default:
                let count = Int.random(in: 0...7, using: &generator)
                return String((0..<count).map { _ in Array("abcäß").randomElement(using: &generator)! })
            }
        }
    }

    @Test(arguments: [
        Comparator.Method.exact, .jaroWinkler(), .jaroWinkler(thresholds: [0.95, 0.9, 0.85, 0.7]),
        .levenshtein(), .levenshtein(thresholds: [1, 2, 3, 4]), .damerauLevenshtein(),
        .email(), .email(localPartThresholds: [0.95, 0.8]), .phone(), .phone(lastDigits: [6, 4, 2]),
    ])
    func textLevelsAreSymmetric(method: Comparator.Method) {
        let comparator = Comparator(method)
        let a = Self.texts(for: method, seed: 21)
        // Every fourth pair shares its value, so that exact agreement is drawn too.
        let b = zip(a, Self.texts(for: method, seed: 22)).enumerated().map { index, pair in
            index % 4 == 0 ? pair.0 : pair.1
        }
        var seen = Set<Int>()
        for (a, b) in zip(a, b) {
            let level = comparator.level(a, b)
            #expect(level == comparator.level(b, a), "(\(a ?? "nil"), \(b ?? "nil"))")
            #expect(comparator.levels.indices.contains(level))
            seen.insert(level)
        }
        // The values are built so that the draw reaches exact, else and null at least.
        #expect(seen.isSuperset(of: [0, comparator.elseLevel, comparator.nullLevel]))
    }

    @Test(arguments: [Comparator.Method.date(), .date(withinDays: [2, 5, 40]), .exact])
    func dateLevelsAreSymmetric(method: Comparator.Method) {
        let comparator = Comparator(method)
        var generator = Generator(state: 23)
        for _ in 0..<Self.pairs {
            let a = Int64.random(in: -3 * 86_400...3 * 86_400, using: &generator)
            let b = Bool.random(using: &generator)
                ? a : Int64.random(in: -90 * 86_400...90 * 86_400, using: &generator)
            let aTime = Timestamp(secondsSinceEpoch: a)
            let bTime = Timestamp(secondsSinceEpoch: b, precision: .date)
            #expect(comparator.level(aTime, bTime) == comparator.level(bTime, aTime))
            let aDay = Int(a / 3600)  // hours read as day numbers: a spread across every level
            let bDay = Int(b / 3600)
            #expect(comparator.level(days: aDay, bDay) == comparator.level(days: bDay, aDay))
        }
    }

    @Test(arguments: [Comparator.Method.numeric(), .numeric(tolerance: [0.25, 2, 8]), .exact])
    func numericLevelsAreSymmetric(method: Comparator.Method) {
        let comparator = Comparator(method)
        var generator = Generator(state: 24)
        for _ in 0..<Self.pairs {
            let a = Double(Int.random(in: -40...40, using: &generator)) / 4
            let b = Bool.random(using: &generator) ? a : Double(Int.random(in: -40...40, using: &generator)) / 4
            #expect(comparator.level(a, b) == comparator.level(b, a), "(\(a), \(b))")
        }
    }
}
