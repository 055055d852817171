/// A block that blocking refused to expand because it had more records than `maxBlockSize`.
///
/// Such a key is almost always a placeholder (`info@`, `test`, a switchboard number) or a rule that
/// is too coarse; its pairs are not compared unless another rule finds them.
public struct SkippedBlock: Sendable, Hashable, CustomStringConvertible {
    /// The position of the rule among the rules.
    public var rule: Int
    /// The rule's name.
    public var ruleName: String
    /// The key all records of the block share.
    public var key: String
    /// The number of records in the block.
    public var size: Int
    /// The pairs the block would have yielded, k(k−1)/2, before any restriction to link-only pairs.
    public var pairs: Int

    /// A skipped block of `size` records sharing `key` under rule `rule`.
    public init(rule: Int, ruleName: String, key: String, size: Int, pairs: Int) {
        self.rule = rule
        self.ruleName = ruleName
        self.key = key
        self.size = size
        self.pairs = pairs
    }

    /// The warning text, naming rule, key and size.
    public var description: String {
        "blocking rule '\(ruleName)': skipped block '\(key)' of \(size) records (\(pairs) pairs)"
            + " above the maximum block size"
    }
}
