/// Thresholds and guards for clustering.
public struct ClusteringOptions: Sendable, Hashable {
    /// Links with a weight below this are ignored (not refused: they never were links). Default: none
    /// ignored, for callers that pass only the pairs already above their threshold.
    public var threshold: Double
    /// A union that would make a cluster larger than this is refused: the guard against chaining
    /// (A~B, B~C, C~D, … into one giant "person"). Default 50.
    public var maxClusterSize: Int
    /// Refuse a union that would put two records of the same source into one cluster: at most one
    /// record per source per person, for sources known to be free of duplicates. Default off.
    public var oneRecordPerSource: Bool

    /// Options with the given values.
    public init(threshold: Double = -.infinity, maxClusterSize: Int = 50, oneRecordPerSource: Bool = false) {
        self.threshold = threshold
        self.maxClusterSize = maxClusterSize
        self.oneRecordPerSource = oneRecordPerSource
    }
}
