internal import Foundation

/// The per-level match weights of a model laid out flat, so that scoring a pair is one table lookup
/// and one addition per comparison, with no allocation.
///
/// Level `l` of comparison `c` lives at `offsets[c] + l`; `offsets` has one more entry than there are
/// comparisons, so `offsets[c + 1] - offsets[c]` is the level count. Every weight of the model — in
/// scoring, in an explanation, in training — goes through ``log2Ratio(_:_:)`` so they agree to the bit.
struct MatchWeightTable: Sendable, Equatable {
    /// log2(λ / (1 − λ)).
    let priorWeight: Double
    /// Start of each comparison's levels in the flat lists, plus the end.
    let offsets: [Int]
    /// log2(m/u) per level; 0 for a null level.
    let weights: [Double]
    /// log2(m) per level, for term-frequency adjusted weights; 0 for a null level.
    let log2M: [Double]
    /// Whether a level is exact (term-frequency eligible).
    let isExact: [Bool]
    /// The term-frequency floor of each comparison.
    let termFrequencyMinimumU: [Double]

    init(prior: Double, comparisons: [ComparisonParameters]) {
        priorWeight = Self.log2Ratio(prior, 1 - prior)
        var offsets = [0]
        var weights: [Double] = []
        var log2M: [Double] = []
        var isExact: [Bool] = []
        for comparison in comparisons {
            for level in 0..<UInt8(comparison.spec.levelCount) {
                let null = comparison.spec.isNull(level)
                weights.append(comparison.weight(level: level))
                log2M.append(null ? 0 : Foundation.log2(comparison.m[Int(level)]))
                isExact.append(comparison.spec.isExact(level))
            }
            offsets.append(weights.count)
        }
        self.offsets = offsets
        self.weights = weights
        self.log2M = log2M
        self.isExact = isExact
        self.termFrequencyMinimumU = comparisons.map(\.spec.termFrequencyMinimumU)
    }

    /// log2(a/b) as a difference of logarithms.
    static func log2Ratio(_ a: Double, _ b: Double) -> Double {
        Foundation.log2(a) - Foundation.log2(b)
    }

    /// The weight of level `level` of comparison `comparison`, term-frequency adjusted when `frequency`
    /// is given and the level is exact: log2(m) − log2(max(frequency, floor)).
    @inline(__always)
    func weight(comparison: Int, level: UInt8, frequency: Double?) -> Double {
        let start = offsets[comparison]
        let index = start + Int(level)
        precondition(index < offsets[comparison + 1], "level \(level) out of range for comparison \(comparison)")
        if let frequency, isExact[index] {
            precondition(frequency >= 0 && frequency <= 1, "term frequency \(frequency) is not in [0, 1]")
            return log2M[index] - Foundation.log2(Swift.max(frequency, termFrequencyMinimumU[comparison]))
        }
        return weights[index]
    }

    /// The match weight of a gamma vector: the prior plus each comparison's weight, in comparison order.
    func total(_ gamma: UnsafeBufferPointer<UInt8>) -> Double {
        precondition(gamma.count == offsets.count - 1, "gamma has \(gamma.count) levels, the model \(offsets.count - 1)")
        return weights.withUnsafeBufferPointer { weights in
            offsets.withUnsafeBufferPointer { offsets in
                var total = priorWeight
                for comparison in 0..<gamma.count {
                    let index = offsets[comparison] + Int(gamma[comparison])
                    precondition(index < offsets[comparison + 1], "level out of range for comparison \(comparison)")
                    total += weights[index]
                }
                return total
            }
        }
    }

    /// The match weight of a gamma vector with optional term frequencies per comparison.
    func total(_ gamma: UnsafeBufferPointer<UInt8>, termFrequencies: UnsafeBufferPointer<Double?>) -> Double {
        precondition(gamma.count == offsets.count - 1, "gamma has \(gamma.count) levels, the model \(offsets.count - 1)")
        precondition(termFrequencies.count == gamma.count, "one term frequency (or nil) per comparison")
        var total = priorWeight
        for comparison in 0..<gamma.count {
            total += weight(comparison: comparison, level: gamma[comparison], frequency: termFrequencies[comparison])
        }
        return total
    }
}
