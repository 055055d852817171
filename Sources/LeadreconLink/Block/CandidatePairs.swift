/// The candidate pairs of a linkage: the union of the pairs of every blocking rule, each pair once
/// with the rules that found it, sorted by (i, j) with i < j.
///
/// ```swift
/// let pairs = try CandidatePairs(
///     recordCount: records.count,
///     rules: [BlockingRule(name: "email", keys: emails), BlockingRule(name: "phone", keys: phones)])
/// for pair in pairs where pair.rules.contains(rule: 0) { … }
/// ```
///
/// Blocking counts every rule's pairs before making any (Σ k(k−1)/2 over its blocks), skips blocks
/// above `maxBlockSize` with a warning in `report.skippedBlocks`, and stops with
/// `BlockingError.tooManyCandidatePairs` before allocating when the total would pass
/// `maxCandidatePairs`. Storage is 12 bytes a pair. The result depends only on the keys, their order
/// and the options, never on `threads` or a hash seed.
public struct CandidatePairs: Sendable, RandomAccessCollection {
    /// The number of records blocked.
    public let recordCount: Int
    /// The rules' names, by rule index (the bit positions of `RuleMask`).
    public let ruleNames: [String]
    /// Per-rule counts, the union's size and the skipped blocks.
    public let report: BlockingReport
    private let left: [UInt32]
    private let right: [UInt32]
    private let masks: [UInt32]

    /// Blocks `recordCount` records with `rules`.
    ///
    /// - Parameters:
    ///   - recordCount: The number of records; each rule has one key per record.
    ///   - rules: At most `RuleMask.maxRules` rules; their order gives the bits of `RuleMask` and
    ///     which rule a pair counts as new for.
    ///   - sources: The source of each record (any numbering); needed for `.linkOnly`, else unused.
    ///   - options: Block and pair limits, scope, threads.
    /// - Throws: `BlockingError` for inconsistent input or too many pairs.
    public init(
        recordCount: Int,
        rules: [BlockingRule],
        sources: [Int]? = nil,
        options: BlockingOptions = BlockingOptions()
    ) throws(BlockingError) {
        try Self.validate(recordCount: recordCount, rules: rules, sources: sources, options: options)
        let index = BlockIndex(recordCount: recordCount, rules: rules, sources: sources, options: options)
        let counted = index.ruleReports.reduce(0) { $0 + $1.candidatePairs }
        guard counted <= options.maxCandidatePairs else {
            let report = BlockingReport(
                rules: index.ruleReports, countedPairs: counted, uniquePairs: 0, skippedBlocks: index.skippedBlocks)
            throw .tooManyCandidatePairs(pairs: counted, limit: options.maxCandidatePairs, report: report)
        }
        let chunk = index.pairs(threads: options.threads, atMost: counted)
        var ruleReports = index.ruleReports
        for rule in ruleReports.indices { ruleReports[rule].newPairs = chunk.newPairs[rule] }

        self.recordCount = recordCount
        ruleNames = rules.map(\.name)
        report = BlockingReport(
            rules: ruleReports, countedPairs: counted, uniquePairs: chunk.left.count,
            skippedBlocks: index.skippedBlocks)
        left = chunk.left
        right = chunk.right
        masks = chunk.masks
    }

    /// The pairs' record indices, left (the smaller) and right, position by position: for loops
    /// over millions of pairs that grade one comparison at a time.
    public var recordIndices: (left: [UInt32], right: [UInt32]) { (left, right) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { left.count }

    /// The pair at `position`.
    public subscript(position: Int) -> CandidatePair {
        CandidatePair(i: Int(left[position]), j: Int(right[position]), rules: RuleMask(rawValue: masks[position]))
    }

    /// The skipped blocks, as warnings to show.
    public var warnings: [SkippedBlock] { report.skippedBlocks }

    /// The names of the rules that found the pair at `position`, e.g. for "matched on".
    public func ruleNames(at position: Int) -> [String] {
        RuleMask(rawValue: masks[position]).rules.map { ruleNames[$0] }
    }

    private static func validate(
        recordCount: Int, rules: [BlockingRule], sources: [Int]?, options: BlockingOptions
    ) throws(BlockingError) {
        guard rules.count <= RuleMask.maxRules else { throw .tooManyRules(count: rules.count) }
        guard recordCount >= 0 else { throw .invalidOption("record count \(recordCount) is negative") }
        // Record indices and member positions are 32-bit, and UInt32.max marks "none".
        guard recordCount < Int(UInt32.max), recordCount * Swift.max(1, rules.count) < Int(UInt32.max) else {
            throw .tooManyRecords(recordCount)
        }
        guard options.maxBlockSize >= 2 else {
            throw .invalidOption("maximum block size \(options.maxBlockSize) is below 2")
        }
        guard options.threads >= 1 else { throw .invalidOption("threads \(options.threads) is below 1") }
        guard options.maxCandidatePairs >= 0 else {
            throw .invalidOption("maximum candidate pairs \(options.maxCandidatePairs) is negative")
        }
        for rule in rules where rule.keys.count != recordCount {
            throw .keyCountMismatch(rule: rule.name, keys: rule.keys.count, records: recordCount)
        }
        if let sources, sources.count != recordCount {
            throw .sourceCountMismatch(sources: sources.count, records: recordCount)
        }
        if options.scope == .linkOnly, sources == nil { throw .sourcesRequired }
    }
}
