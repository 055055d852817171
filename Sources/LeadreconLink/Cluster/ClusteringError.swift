/// Why clustering could not run.
public enum ClusteringError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The link at `index` names a record outside `0..<recordCount`, links a record to itself, or has
    /// a NaN weight.
    case invalidLink(index: Int, link: WeightedLink)
    /// `oneRecordPerSource` needs the source of every record, one per record.
    case sourcesRequired
    /// The source column does not have one source per record.
    case sourceCountMismatch(sources: Int, records: Int)
    /// An option is out of range (`maxClusterSize` below 1, a NaN threshold).
    case invalidOption(String)

    /// A short lower-case message.
    public var description: String {
        switch self {
        case .invalidLink(let index, let link):
            "link \(index) \(link) is not a link between two distinct records with a weight"
        case .sourcesRequired:
            "one record per source needs the source of every record"
        case .sourceCountMismatch(let sources, let records):
            "\(sources) record sources given for \(records) records"
        case .invalidOption(let message):
            message
        }
    }
}
