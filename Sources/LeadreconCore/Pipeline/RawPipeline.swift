/// The pipeline file as written: every key checked against the schema and every value's shape
/// (single value, mapping, list) checked, but no value interpreted yet. Step one of "parse, then
/// validate"; ``PipelineValidator`` does step two.
struct RawPipeline {
    static let keys = ["version", "name", "as_of", "sources", "stages", "ingest", "link", "calendar",
                       "rules", "alert", "outputs"]

    var location: SourceLocation
    var writtenKeys: Set<String>
    var name: RawScalar?
    var asOf: RawScalar?
    var sources: RawList<Source>?
    var stages: RawList<Stage>?
    var maxRejectRatio: RawScalar?
    var link: Link?
    var calendar: Calendar?
    var rules: Rules?
    var failOn: RawList<RawScalar>?
    var outputs: Outputs?

    /// Reads the document's root; `nil` (logged) if it is not a mapping.
    init?(_ root: YAMLNode, log: DiagnosticLog) {
        guard case .mapping(let mapping) = root else {
            log.error("expected settings such as 'version: 1' at the top of the file, got \(root.shapeDescription)",
                      at: root.location)
            return nil
        }
        let reader = MappingReader(mapping, keys: Self.keys, log: log)
        location = reader.location
        writtenKeys = reader.writtenKeys
        name = reader.scalar("name")
        asOf = reader.scalar("as_of")
        sources = reader.list("sources") { node in
            MappingReader.readingEntry(node, of: "sources", keys: Source.keys, log: log).map { Source($0) }
        }
        stages = reader.list("stages") { Stage($0, log: log) }
        maxRejectRatio = reader.mapping("ingest", keys: ["max_reject_ratio"])?.scalar("max_reject_ratio")
        link = reader.mapping("link", keys: Link.keys).map { Link($0, log: log) }
        calendar = reader.mapping("calendar", keys: Calendar.keys).map { Calendar($0, log: log) }
        rules = reader.mapping("rules", keys: Rules.keys).map { Rules($0, log: log) }
        failOn = reader.mapping("alert", keys: ["fail_on"])?.scalarList("fail_on")
        outputs = reader.mapping("outputs", keys: Outputs.keys).map { Outputs($0) }
    }

    /// Only the `version` key of a root mapping: checked before anything else, so that a file of
    /// another version is not buried in unknown-key errors.
    static func version(of root: YAMLNode, log: DiagnosticLog) -> RawScalar? {
        guard case .mapping(let mapping) = root,
              let entry = mapping.entries.first(where: { $0.key.text == "version" })
        else { return nil }
        return MappingReader.scalar(entry.value, key: "version", log: log)
    }

    /// A `stages` entry: `link`, or `{name: link, enabled: false}`.
    struct Stage {
        var location: SourceLocation
        var name: RawScalar?
        var enabled: RawScalar?
        var writtenKeys: Set<String> = ["name"]

        init?(_ node: YAMLNode, log: DiagnosticLog) {
            location = node.location
            if case .scalar = node {
                guard let name = MappingReader.scalar(node, key: "stages", log: log) else {
                    log.error("empty entry in 'stages'", at: node.location)
                    return nil
                }
                self.name = name
                return
            }
            guard let reader = MappingReader.readingEntry(node, of: "stages", keys: ["name", "enabled"], log: log)
            else { return nil }
            name = reader.scalar("name")
            enabled = reader.scalar("enabled")
            writtenKeys = reader.writtenKeys
        }
    }

    /// The `outputs` section.
    struct Outputs {
        static let keys = ["dir", "dialect", "history", "history_keep_findings", "pseudonymize"]

        var directory: RawScalar?
        var dialect: RawScalar?
        var history: RawScalar?
        var historyKeepFindings: RawScalar?
        var pseudonymize: RawScalar?

        init(_ reader: MappingReader) {
            directory = reader.scalar("dir")
            dialect = reader.scalar("dialect")
            history = reader.scalar("history")
            historyKeepFindings = reader.scalar("history_keep_findings")
            pseudonymize = reader.scalar("pseudonymize")
        }
    }
}
