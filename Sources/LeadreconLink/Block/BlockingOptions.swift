/// Limits and choices for blocking.
public struct BlockingOptions: Sendable, Hashable {
    /// A block (records sharing one key under one rule) with more records than this is skipped with
    /// a warning rather than expanded into k(k−1)/2 pairs. Default 5000 (12.5 million pairs).
    public var maxBlockSize: Int
    /// Blocking fails before allocating any pair when the rules together would yield more candidate
    /// pairs than this (counted per rule, before removing pairs that several rules found; at 12 bytes
    /// a unique pair, 50 million is at most 600 MB). Default 50,000,000.
    public var maxCandidatePairs: Int
    /// Which pairs are wanted: within and across sources, or across only.
    public var scope: PairScope
    /// Threads generating pairs; 1 runs on the calling thread. The result does not depend on it.
    public var threads: Int

    /// Options with the given values; the defaults suit a single machine.
    public init(
        maxBlockSize: Int = 5000,
        maxCandidatePairs: Int = 50_000_000,
        scope: PairScope = .dedupeAndLink,
        threads: Int = 1
    ) {
        self.maxBlockSize = maxBlockSize
        self.maxCandidatePairs = maxCandidatePairs
        self.scope = scope
        self.threads = threads
    }
}
