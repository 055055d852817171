internal import Foundation

/// The working state of one EM run: patterns laid out flat, parameters as plain arrays, and the
/// E and M steps. Kept apart from ``ExpectationMaximisation`` so the loop there reads as the algorithm.
struct EMState {
    private let start: LinkModel
    private let options: ExpectationMaximisation.Options
    private let specs: [ComparisonSpec]
    /// Pattern p's level for comparison c is `levels[p * comparisonCount + c]`.
    private let levels: [UInt8]
    private let counts: [Double]
    private let comparisonCount: Int
    private var prior: Double
    private var m: [[Double]]
    private var u: [[Double]]
    /// The largest change of any estimated probability in the last iteration.
    private(set) var lastChange = Double.infinity

    init(start: LinkModel, patterns: GammaPatternCounts, options: ExpectationMaximisation.Options) {
        self.start = start
        self.options = options
        self.specs = start.specs
        self.comparisonCount = start.comparisons.count
        var levels: [UInt8] = []
        var counts: [Double] = []
        patterns.forEachPattern { gamma, count in
            levels.append(contentsOf: gamma)
            counts.append(Double(count))
        }
        self.levels = levels
        self.counts = counts
        self.prior = start.priorMatchProbability
        self.m = start.comparisons.map(\.m)
        self.u = start.comparisons.map(\.u)
    }

    /// One E step and one M step; returns the log2-likelihood under the parameters before the update.
    mutating func iterate() -> Double {
        // E: posterior per pattern, accumulated into expected level counts among matches / non-matches.
        let log2M = m.map { $0.map(Foundation.log2) }
        let log2U = u.map { $0.map(Foundation.log2) }
        let log2Prior = Foundation.log2(prior)
        let log2NotPrior = Foundation.log2(1 - prior)
        var matchLevels = specs.map { Array(repeating: 0.0, count: $0.levelCount) }
        var nonMatchLevels = matchLevels
        var matchTotal = 0.0
        var total = 0.0
        var logLikelihood = 0.0
        for pattern in counts.indices {
            let base = pattern * comparisonCount
            var a = log2Prior
            var b = log2NotPrior
            for comparison in 0..<comparisonCount {
                let level = Int(levels[base + comparison])
                if specs[comparison].isNull(UInt8(level)) { continue }
                a += log2M[comparison][level]
                b += log2U[comparison][level]
            }
            let n = counts[pattern]
            let posterior = 1 / (1 + Foundation.exp2(b - a))
            logLikelihood += n * (Swift.max(a, b) + Foundation.log2(1 + Foundation.exp2(-abs(a - b))))
            matchTotal += n * posterior
            total += n
            for comparison in 0..<comparisonCount {
                let level = Int(levels[base + comparison])
                matchLevels[comparison][level] += n * posterior
                nonMatchLevels[comparison][level] += n * (1 - posterior)
            }
        }

        // M: new probabilities from the expected counts; fixed and unobserved ones stay.
        var change = 0.0
        for comparison in 0..<comparisonCount {
            let parameters = start.comparisons[comparison]
            if !parameters.mIsFixed, let next = shares(matchLevels[comparison], spec: specs[comparison]) {
                change = Swift.max(change, largestDifference(m[comparison], next))
                m[comparison] = next
            }
            if options.estimatesU, !parameters.uIsFixed,
                let next = shares(nonMatchLevels[comparison], spec: specs[comparison])
            {
                change = Swift.max(change, largestDifference(u[comparison], next))
                u[comparison] = next
            }
        }
        if options.estimatesPrior, total > 0 {
            let floor = options.probabilityFloor
            let next = Swift.min(Swift.max(matchTotal / total, floor), 1 - floor)
            change = Swift.max(change, abs(next - prior))
            prior = next
        }
        lastChange = change
        return logLikelihood
    }

    /// The current parameters as a model.
    func model() throws(LinkModelError) -> LinkModel {
        var comparisons: [ComparisonParameters] = []
        for (index, parameters) in start.comparisons.enumerated() {
            comparisons.append(try parameters.replacing(m: m[index], u: u[index]))
        }
        return try LinkModel(priorMatchProbability: prior, comparisons: comparisons)
    }

    /// Expected counts turned into level probabilities over the non-null levels, floored and
    /// renormalised; `nil` when no non-null level has any weight (nothing to learn from).
    private func shares(_ expected: [Double], spec: ComparisonSpec) -> [Double]? {
        let nonNull = spec.nonNullLevels.map(Int.init)
        let sum = nonNull.reduce(0.0) { $0 + expected[$1] }
        guard sum > 0 else { return nil }
        var result = Array(repeating: 1.0, count: spec.levelCount)
        for level in nonNull { result[level] = expected[level] / sum }
        return Self.floored(result, levels: nonNull, floor: options.probabilityFloor)
    }

    /// Raises probabilities below `floor` to it and scales the rest so the levels still sum to 1,
    /// repeating while the scaling pushes another level under the floor.
    static func floored(_ probabilities: [Double], levels: [Int], floor: Double) -> [Double] {
        var result = probabilities
        var pinned = Set<Int>()
        while true {
            let newlyPinned = levels.filter { !pinned.contains($0) && result[$0] < floor }
            if newlyPinned.isEmpty { return result }
            pinned.formUnion(newlyPinned)
            let free = levels.filter { !pinned.contains($0) }
            let freeSum = free.reduce(0.0) { $0 + result[$1] }
            let budget = 1 - floor * Double(pinned.count)
            for level in pinned { result[level] = floor }
            guard freeSum > 0, budget > 0 else { return result }
            for level in free { result[level] *= budget / freeSum }
        }
    }

    private func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0.0) { Swift.max($0, abs($1.0 - $1.1)) }
    }
}
