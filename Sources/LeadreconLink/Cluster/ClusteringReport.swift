/// The counts of a clustering run.
public struct ClusteringReport: Sendable, Hashable {
    /// Clusters, singletons included.
    public var clusters = 0
    /// Clusters of one record.
    public var singletons = 0
    /// The size of the largest cluster.
    public var largestCluster = 0
    /// Links given.
    public var links = 0
    /// Links ignored for a weight below the threshold.
    public var linksBelowThreshold = 0
    /// Links followed: unions plus links inside a cluster already formed.
    public var acceptedLinks = 0
    /// Links that merged two clusters.
    public var unions = 0
    /// Links refused because the merged cluster would pass `maxClusterSize`.
    public var refusedForSize = 0
    /// Links refused because both clusters held a record of one source.
    public var refusedForSource = 0
    /// Clusters of exactly `maxClusterSize` records.
    public var clustersAtMaxSize = 0
    /// Clusters at either end of a link refused for size: where the guard split a would-be giant.
    public var clustersStoppedBySizeLimit = 0

    /// An empty report.
    public init() {}
}
