/// What one comparison added to a pair's match weight: the level it fell in and that level's weight.
public struct MatchWeightContribution: Sendable, Equatable {
    /// The comparison's position in the gamma vector.
    public let comparisonIndex: Int
    /// The comparison's name.
    public let comparison: String
    /// The level index of the pair.
    public let level: UInt8
    /// The level's label.
    public let levelLabel: String
    /// The level's m, or `nil` for the null level.
    public let m: Double?
    /// The u used: the level's u, the term-frequency u when adjusted, `nil` for the null level.
    public let u: Double?
    /// Whether u is the value's term frequency rather than the level's u.
    public let isTermFrequencyAdjusted: Bool
    /// log2(m/u): the weight this comparison added (0 for the null level).
    public let weight: Double
}
