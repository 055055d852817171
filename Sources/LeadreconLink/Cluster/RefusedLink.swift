/// A link above the threshold that clustering did not follow, and why.
///
/// Links are taken strongest first, so a refused link is the weakest link at which a chain would
/// have grown into a giant cluster (or joined two records of one source). Its records end in
/// different clusters, and stay there: clusters only grow, so the reason still holds at the end.
public struct RefusedLink: Sendable, Hashable {
    /// Why a union was refused.
    public enum Reason: Sendable, Hashable {
        /// The merged cluster would have had this many records, above `maxClusterSize`.
        case clusterSize(Int)
        /// Both clusters already held a record of this source.
        case sameSource(Int)
    }

    /// The link, with `i < j`.
    public var link: WeightedLink
    /// Why it was refused.
    public var reason: Reason

    /// A refusal of `link` for `reason`.
    public init(link: WeightedLink, reason: Reason) {
        self.link = link
        self.reason = reason
    }
}
