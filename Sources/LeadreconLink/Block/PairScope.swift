/// Which candidate pairs a linkage wants, as Splink's `link_type`.
public enum PairScope: Sendable, Hashable {
    /// Pairs within a source and across sources: deduplicate each source and link them (default).
    case dedupeAndLink
    /// Only pairs whose records come from different sources: link without deduplicating.
    case linkOnly
}
