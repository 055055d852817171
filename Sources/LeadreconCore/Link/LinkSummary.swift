/// The link figures of `summary.json`.
public struct LinkSummary: Sendable, Codable, Equatable {
    public struct Rule: Sendable, Codable, Equatable {
        public var name: String
        public var keyedRecords: Int
        public var blocks: Int
        public var largestBlock: Int
        public var candidatePairs: Int
        /// Pairs this rule found that no earlier rule had.
        public var newPairs: Int
        public var skippedBlocks: Int
    }

    public var records: Int
    public var candidatePairs: Int
    public var rules: [Rule]
    /// Pairs at or above the threshold, and those linked (some are refused by the cluster guards).
    public var pairsAboveThreshold: Int
    public var links: Int
    public var refusedLinks: Int
    public var people: Int
    public var largestPerson: Int
    public var threshold: Double
    /// Share of each source's records that share a person with another record of the same source.
    public var duplicateRateBySource: [String: Double]
    /// Linked records by the comparison that weighed most in the link that attached them.
    public var matchedOn: [String: Int]
    public var priorMatchProbability: Double
    public var emIterations: Int?
    public var emConverged: Bool?
    public var randomPairsForU: Int?
    public var warnings: [String]
}
