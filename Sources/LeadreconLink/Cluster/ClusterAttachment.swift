/// The link that attached a record to its cluster: its strongest accepted link to another member.
public struct ClusterAttachment: Sendable, Hashable {
    /// The member at the other end of the link.
    public var partner: Int
    /// The link's weight.
    public var weight: Double

    /// An attachment to `partner` by a link of `weight`.
    public init(partner: Int, weight: Double) {
        self.partner = partner
        self.weight = weight
    }
}
