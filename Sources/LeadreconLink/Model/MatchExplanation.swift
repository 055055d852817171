/// Why a pair got its match weight: the prior and each comparison's contribution, largest first.
///
/// The data behind `leadrecon explain` and behind the "field that decided" column of `people.csv`;
/// ``waterfall`` renders it as text.
public struct MatchExplanation: Sendable, Equatable {
    /// λ, the prior match probability.
    public let priorMatchProbability: Double
    /// log2(λ / (1 − λ)).
    public let priorWeight: Double
    /// One entry per comparison, sorted by |weight|, largest first (ties in comparison order).
    public let contributions: [MatchWeightContribution]
    /// The pair's match weight, equal to ``LinkModel/matchWeight(_:)-(UnsafeBufferPointer<UInt8>)``.
    public let weight: Double

    /// The pair's match probability.
    public var probability: Double { LinkModel.probability(weight: weight) }

    /// The comparison with the largest |weight|, if any comparison carries evidence.
    public var decidingComparison: MatchWeightContribution? {
        contributions.first.flatMap { $0.weight == 0 ? nil : $0 }
    }
}
