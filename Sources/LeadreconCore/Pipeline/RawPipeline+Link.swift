extension RawPipeline {
    /// The `link` section.
    struct Link {
        static let keys = ["threshold", "max_block_size", "max_cluster_size", "one_record_per_source",
                           "blocking", "comparisons", "model"]

        var threshold: RawScalar?
        var maxBlockSize: RawScalar?
        var maxClusterSize: RawScalar?
        var oneRecordPerSource: RawScalar?
        var blocking: RawList<BlockingRule>?
        var comparisons: RawList<Comparison>?
        var model: RawScalar?

        init(_ reader: MappingReader, log: DiagnosticLog) {
            threshold = reader.scalar("threshold")
            maxBlockSize = reader.scalar("max_block_size")
            maxClusterSize = reader.scalar("max_cluster_size")
            oneRecordPerSource = reader.scalar("one_record_per_source")
            blocking = reader.list("blocking") { BlockingRule($0, log: log) }
            comparisons = reader.list("comparisons") { node in
                MappingReader.readingEntry(node, of: "comparisons", keys: Comparison.keys, log: log)
                    .map { Comparison($0) }
            }
            model = reader.scalar("model")
        }
    }

    /// A `blocking` entry: a built-in rule's name, or `{name, fields}`.
    struct BlockingRule {
        var location: SourceLocation
        var name: RawScalar?
        var fields: RawList<RawScalar>?
        var writtenKeys: Set<String> = ["name"]

        init?(_ node: YAMLNode, log: DiagnosticLog) {
            location = node.location
            if case .scalar = node {
                guard let name = MappingReader.scalar(node, key: "blocking", log: log) else {
                    log.error("empty entry in 'blocking'", at: node.location)
                    return nil
                }
                self.name = name
                return
            }
            guard let reader = MappingReader.readingEntry(node, of: "blocking", keys: ["name", "fields"], log: log)
            else { return nil }
            name = reader.scalar("name")
            fields = reader.scalarList("fields")
            writtenKeys = reader.writtenKeys
        }
    }

    /// A `comparisons` entry.
    struct Comparison {
        static let keys = ["field", "method", "thresholds", "m", "u", "term_frequency"]

        var location: SourceLocation
        var writtenKeys: Set<String>
        var field: RawScalar?
        var method: RawScalar?
        var thresholds: RawList<RawScalar>?
        var m: RawList<RawScalar>?
        var u: RawList<RawScalar>?
        var termFrequency: RawScalar?

        init(_ reader: MappingReader) {
            location = reader.location
            writtenKeys = reader.writtenKeys
            field = reader.scalar("field")
            method = reader.scalar("method")
            thresholds = reader.scalarList("thresholds")
            m = reader.scalarList("m")
            u = reader.scalarList("u")
            termFrequency = reader.scalar("term_frequency")
        }
    }
}
