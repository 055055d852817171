internal import Foundation

/// A trained Fellegi–Sunter model: the prior match probability λ and, per comparison, m and u per level.
///
/// A pair, graded into a gamma vector (one level index per comparison), gets the match weight
///
///     w = log2(λ / (1 − λ)) + Σ_c log2(m_c[γ_c] / u_c[γ_c])
///
/// where a null level adds 0, and its match probability is 2^w / (1 + 2^w). The per-level weights are
/// computed once when the model is made, so scoring is a table lookup per comparison and allocates
/// nothing. `model.json` is this type encoded with ``jsonData()``; see `LinkModel+Codable.swift`.
public struct LinkModel: Sendable, Equatable {
    /// The version written to and required from `model.json`.
    public static let formatVersion = 1

    /// λ: the probability that a candidate pair (one that passed blocking) is a match.
    public let priorMatchProbability: Double
    /// The comparisons, in gamma-vector order.
    public let comparisons: [ComparisonParameters]
    /// The precomputed weights; derived from the two properties above.
    let table: MatchWeightTable

    /// Creates and validates a model.
    ///
    /// - Parameters:
    ///   - priorMatchProbability: λ in (0, 1).
    ///   - comparisons: The comparisons in gamma-vector order, with unique names.
    /// - Throws: ``LinkModelError/prior(_:)`` or ``LinkModelError/duplicateComparisonName(_:)``.
    public init(priorMatchProbability: Double, comparisons: [ComparisonParameters]) throws(LinkModelError) {
        guard priorMatchProbability > 0, priorMatchProbability < 1 else { throw .prior(priorMatchProbability) }
        var names = Set<String>()
        for comparison in comparisons where !names.insert(comparison.spec.name).inserted {
            throw .duplicateComparisonName(comparison.spec.name)
        }
        self.priorMatchProbability = priorMatchProbability
        self.comparisons = comparisons
        self.table = MatchWeightTable(prior: priorMatchProbability, comparisons: comparisons)
    }

    /// The comparison specs, in gamma-vector order.
    public var specs: [ComparisonSpec] { comparisons.map(\.spec) }

    /// The level count of each comparison, in gamma-vector order.
    public var levelCounts: [Int] { comparisons.map(\.spec.levelCount) }

    /// The prior's contribution to every match weight: log2(λ / (1 − λ)).
    public var priorWeight: Double { table.priorWeight }

    /// The weight one comparison level adds, log2(m/u) (0 for the null level), without term frequencies.
    public func levelWeight(comparison: Int, level: UInt8) -> Double {
        table.weight(comparison: comparison, level: level, frequency: nil)
    }

    /// The match weight of a pair.
    ///
    /// - Parameter gamma: One level index per comparison, in the model's order. A level index out of
    ///   range for its comparison traps.
    /// - Returns: log2 of the posterior odds that the pair is a match.
    public func matchWeight(_ gamma: UnsafeBufferPointer<UInt8>) -> Double {
        table.total(gamma)
    }

    /// The match weight of a pair; see ``matchWeight(_:)-(UnsafeBufferPointer<UInt8>)``.
    public func matchWeight(_ gamma: [UInt8]) -> Double {
        gamma.withUnsafeBufferPointer { table.total($0) }
    }

    /// The match weight of a pair with term-frequency adjustment.
    ///
    /// - Parameters:
    ///   - gamma: One level index per comparison.
    ///   - termFrequencies: One entry per comparison: the relative frequency (in [0, 1]) of the value
    ///     the pair agrees on, or `nil`. Used only where the pair's level is exact: there u becomes
    ///     max(frequency, the comparison's ``ComparisonSpec/termFrequencyMinimumU``).
    public func matchWeight(
        _ gamma: UnsafeBufferPointer<UInt8>,
        termFrequencies: UnsafeBufferPointer<Double?>
    ) -> Double {
        table.total(gamma, termFrequencies: termFrequencies)
    }

    /// The match weight of a pair with term-frequency adjustment; see the buffer variant.
    public func matchWeight(_ gamma: [UInt8], termFrequencies: [Double?]) -> Double {
        gamma.withUnsafeBufferPointer { gamma in
            termFrequencies.withUnsafeBufferPointer { table.total(gamma, termFrequencies: $0) }
        }
    }

    /// The match probability of a match weight: 2^w / (1 + 2^w), computed as 1 / (1 + 2^−w) so that
    /// large weights give 1 rather than ∞/∞. A weight of 0 gives 0.5.
    public static func probability(weight: Double) -> Double {
        1 / (1 + Foundation.exp2(-weight))
    }

    /// The match weight of a match probability in (0, 1): log2(p / (1 − p)).
    public static func weight(probability: Double) -> Double {
        MatchWeightTable.log2Ratio(probability, 1 - probability)
    }
}
