import LeadreconLink

/// A known model and a seeded population of pairs drawn from it, for testing that training recovers it.
struct SyntheticPopulation {
    /// The comparisons: an email (null level last), a name without null level, a city (null level last).
    static let specs: [ComparisonSpec] = [
        try! ComparisonSpec(name: "email", levels: ["exact", "local part", "else", "null"], nullLevel: 3, exactLevels: [0]),
        try! ComparisonSpec(name: "name", levels: ["exact", "jw>=0.92", "jw>=0.80", "else"], exactLevels: [0]),
        try! ComparisonSpec(name: "city", levels: ["exact", "else", "null"], nullLevel: 2, exactLevels: [0]),
    ]
    /// True m per comparison per level (null entries 1, never drawn from).
    static let m: [[Double]] = [[0.85, 0.10, 0.05, 1], [0.70, 0.15, 0.10, 0.05], [0.80, 0.20, 1]]
    /// True u per comparison per level.
    static let u: [[Double]] = [[0.002, 0.008, 0.99, 1], [0.01, 0.03, 0.10, 0.86], [0.10, 0.90, 1]]
    /// The chance that a comparison's value is missing, matches and non-matches alike.
    static let nullShare: [Double] = [0.15, 0, 0.25]

    /// The pairs: `pairCount` gamma vectors, exactly `matchCount` of them matches (the first ones).
    ///
    /// Stratified rather than drawn pair by pair: within each class, each comparison's levels are laid
    /// out in the model's exact proportions (largest remainder) and shuffled with a seeded
    /// ``SplitMix64``, independently per comparison. So the sample's level frequencies equal the model's
    /// to within one pair, comparisons stay independent given the class, and a recovery test measures
    /// EM's error rather than the luck of the draw (pair-by-pair draws of 2,000 matches already move an
    /// m by ±0.01 on their own).
    let gammas: [[UInt8]]
    let isMatch: [Bool]

    init(pairCount: Int = 20_000, matchCount: Int = 2_000, seed: UInt64 = 20_240_601) {
        var generator = SplitMix64(seed: seed)
        var gammas: [[UInt8]] = []
        var isMatch: [Bool] = []
        for (match, size) in [(true, matchCount), (false, pairCount - matchCount)] {
            let columns = Self.specs.indices.map { index in
                Self.column(index, size: size, match: match, generator: &generator)
            }
            for row in 0..<size {
                gammas.append(columns.map { $0[row] })
                isMatch.append(match)
            }
        }
        self.gammas = gammas
        self.isMatch = isMatch
    }

    /// `size` levels of comparison `index` in the class's exact proportions, shuffled.
    private static func column(_ index: Int, size: Int, match: Bool, generator: inout SplitMix64) -> [UInt8] {
        let spec = specs[index]
        let nulls = Int((nullShare[index] * Double(size)).rounded())
        var column = Array(repeating: spec.nullLevel ?? 0, count: nulls)
        let rest = size - nulls
        let probabilities = match ? m[index] : u[index]
        let levels = spec.nonNullLevels
        let exact = levels.map { probabilities[Int($0)] * Double(rest) }
        var counts = exact.map { Int($0.rounded(.down)) }
        let byRemainder = levels.indices.sorted { (exact[$0] - Double(counts[$0])) > (exact[$1] - Double(counts[$1])) }
        for position in byRemainder.prefix(rest - counts.reduce(0, +)) { counts[position] += 1 }
        for (level, count) in zip(levels, counts) { column += Array(repeating: level, count: count) }
        for position in column.indices.reversed() where position > 0 {
            column.swapAt(position, Int(generator.next(below: UInt64(position + 1))))
        }
        return column
    }

    /// The pairs aggregated into patterns, added in the given order.
    func patterns(order: [Int]? = nil) -> GammaPatternCounts {
        var counts = try! GammaPatternCounts(levelCounts: Self.specs.map(\.levelCount))
        for index in order ?? Array(gammas.indices) { counts.add(gammas[index]) }
        return counts
    }

    /// m as the labels of this sample say it is (what EM can at best recover), per comparison per level.
    func empiricalM() -> [[Double]] {
        Self.specs.enumerated().map { index, spec in
            var counts = Array(repeating: 0.0, count: spec.levelCount)
            for (gamma, match) in zip(gammas, isMatch) where match && !spec.isNull(gamma[index]) {
                counts[Int(gamma[index])] += 1
            }
            let total = counts.reduce(0, +)
            return counts.enumerated().map { spec.isNull(UInt8($0)) ? 1 : $1 / total }
        }
    }
}
