public import Foundation

/// A pipeline file, validated and resolved: which sources to read, which stages to run, and every
/// setting of RULES.md with its default filled in.
///
/// Pipeline files are YAML (`version: 1`). Loading happens in two steps: the YAML is parsed into a
/// raw tree with every key checked against the schema (a typo such as `treshold` is an error, not
/// silently ignored), then validated into this value: paths are resolved relative to the pipeline
/// file's folder, durations and opening hours parsed, patterns compiled. All problems found are
/// reported together as one ``PipelineFileError``.
///
/// The principal types are ``Pipeline``, its sections (``Source``, ``IngestSettings``,
/// ``LinkSettings``, ``CalendarSettings``, ``RuleSettings``, ``AlertSettings``, ``OutputSettings``),
/// ``PipelineStage``, ``WorkingDuration`` and ``PipelineFileError``.
public struct Pipeline: Sendable, Equatable {
    /// The pipeline file format version this leadrecon reads.
    public static let supportedVersion = 1

    /// The pipeline's name, shown in reports (default: the file name without extension).
    public var name: String
    /// The instant findings are evaluated at (default: the time the file was loaded).
    public var asOf: Date
    /// The input files, in the order the file lists them; never empty.
    public var sources: [Source]
    /// The stages that run, in order (disabled stages are left out).
    public var stages: [PipelineStage]
    /// Settings of the ingest stage.
    public var ingest: IngestSettings
    /// Settings of the link stage.
    public var link: LinkSettings
    /// The working calendar SLA windows are measured in.
    public var calendar: CalendarSettings
    /// Thresholds and lists the flag stage applies.
    public var rules: RuleSettings
    /// Which findings make `leadrecon run` exit 1.
    public var alert: AlertSettings
    /// Where and how reports are written.
    public var outputs: OutputSettings
    /// SHA-256 of the pipeline file's bytes, lower-case hex; reported in `summary.json` so a run
    /// can be tied to the exact configuration it used.
    public var configHash: String
    /// The pipeline file as the user named it (empty for pipelines built in code).
    public var filePath: String = ""

    /// Creates a pipeline; every setting not given takes its documented default.
    public init(
        name: String,
        asOf: Date,
        sources: [Source],
        stages: [PipelineStage] = PipelineStage.allCases,
        ingest: IngestSettings = IngestSettings(),
        link: LinkSettings = LinkSettings(),
        calendar: CalendarSettings = CalendarSettings(),
        rules: RuleSettings = RuleSettings(),
        alert: AlertSettings = AlertSettings(),
        outputs: OutputSettings,
        configHash: String = ""
    ) {
        self.name = name
        self.asOf = asOf
        self.sources = sources
        self.stages = stages
        self.ingest = ingest
        self.link = link
        self.calendar = calendar
        self.rules = rules
        self.alert = alert
        self.outputs = outputs
        self.configHash = configHash
    }

    /// Whether `stage` is listed and enabled.
    public func runs(_ stage: PipelineStage) -> Bool {
        stages.contains(stage)
    }

    /// The source named `name`, if the file declares one.
    public func source(named name: String) -> Source? {
        sources.first { $0.name == name }
    }
}

extension Pipeline {
    /// Settings of the ingest stage.
    public struct IngestSettings: Sendable, Equatable {
        /// The largest share of a file's rows that may be rejected before the run stops (0...1).
        public var maxRejectRatio: Double

        /// Creates the settings; anything not given takes its default (RULES.md).
        public init(maxRejectRatio: Double = 0.05) {
            self.maxRejectRatio = maxRejectRatio
        }
    }
}
