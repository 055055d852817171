/// The counts of a blocking run: per rule, and the union.
public struct BlockingReport: Sendable, Hashable, CustomStringConvertible {
    /// One report per rule, in the rules' order.
    public var rules: [BlockingRuleReport]
    /// The sum of the rules' candidate pairs: the union's size if no two rules found the same pair.
    public var countedPairs: Int
    /// Distinct pairs in the union of the rules (0 when blocking stopped before making pairs).
    public var uniquePairs: Int
    /// Every skipped block, by rule and then by the key's first appearance.
    public var skippedBlocks: [SkippedBlock]

    /// A report with the given counts.
    public init(rules: [BlockingRuleReport], countedPairs: Int, uniquePairs: Int, skippedBlocks: [SkippedBlock]) {
        self.rules = rules
        self.countedPairs = countedPairs
        self.uniquePairs = uniquePairs
        self.skippedBlocks = skippedBlocks
    }

    /// A small text table, one line per rule, then the union.
    public var description: String {
        var lines = ["rule\tkeyed\tkeys\tblocks\tlargest\tpairs\tnew\tskipped blocks\tskipped pairs"]
        for rule in rules {
            lines.append(
                "\(rule.name)\t\(rule.keyedRecords)\t\(rule.distinctKeys)\t\(rule.blocks)\t\(rule.largestBlock)"
                    + "\t\(rule.candidatePairs)\t\(rule.newPairs)\t\(rule.skippedBlocks)\t\(rule.skippedPairs)"
            )
        }
        lines.append("unique pairs: \(uniquePairs) (counted per rule: \(countedPairs))")
        return lines.joined(separator: "\n")
    }
}
