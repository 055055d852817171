/// What one blocking rule contributed.
public struct BlockingRuleReport: Sendable, Hashable {
    /// The rule's name.
    public var name: String
    /// Records that have a key under the rule.
    public var keyedRecords: Int
    /// Distinct keys.
    public var distinctKeys: Int
    /// Blocks of two or more records that were expanded into pairs (skipped blocks not included).
    public var blocks: Int
    /// The size of the largest block, skipped or not.
    public var largestBlock: Int
    /// The pairs the rule yields, within the pair scope, counted before any pair was made. A pair is
    /// counted by every rule that finds it.
    public var candidatePairs: Int
    /// Blocks skipped for being larger than the maximum block size.
    public var skippedBlocks: Int
    /// The pairs the skipped blocks would have yielded.
    public var skippedPairs: Int
    /// Pairs this rule found that no earlier rule found (as in Splink's cumulative comparisons chart).
    /// Summed over the rules, this is the number of unique pairs.
    public var newPairs: Int

    /// A report with the given counts.
    public init(
        name: String,
        keyedRecords: Int = 0,
        distinctKeys: Int = 0,
        blocks: Int = 0,
        largestBlock: Int = 0,
        candidatePairs: Int = 0,
        skippedBlocks: Int = 0,
        skippedPairs: Int = 0,
        newPairs: Int = 0
    ) {
        self.name = name
        self.keyedRecords = keyedRecords
        self.distinctKeys = distinctKeys
        self.blocks = blocks
        self.largestBlock = largestBlock
        self.candidatePairs = candidatePairs
        self.skippedBlocks = skippedBlocks
        self.skippedPairs = skippedPairs
        self.newPairs = newPairs
    }
}
