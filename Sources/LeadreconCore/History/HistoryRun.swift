/// One recorded run as the trend over previous runs shows it: when it ran and its main counts.
public struct HistoryRun: Sendable, Equatable {
    /// The run id of `summary.json`.
    public var runID: String
    public var startedAt: String
    public var asOf: String
    public var configHash: String
    /// `flags.csv` rows by flag.
    public var flagCounts: [String: Int]
    /// Good leads still inside their first-touch window.
    public var pending: Int
    /// The share of timed good leads touched within their SLA, when any were timed.
    public var slaCompliance: Double?
    /// People the link stage found (nil when it did not run).
    public var people: Int?
    /// Rows loaded from all sources.
    public var records: Int

    public init(runID: String, startedAt: String, asOf: String, configHash: String, flagCounts: [String: Int],
                pending: Int, slaCompliance: Double?, people: Int?, records: Int) {
        self.runID = runID
        self.startedAt = startedAt
        self.asOf = asOf
        self.configHash = configHash
        self.flagCounts = flagCounts
        self.pending = pending
        self.slaCompliance = slaCompliance
        self.people = people
        self.records = records
    }

    /// All findings of the run.
    public var findings: Int { flagCounts.values.reduce(0, +) }
}

/// What a successful run leaves in the history: its metadata, counts and the keys of its findings.
struct HistoryEntry: Sendable {
    struct Input: Sendable {
        var source: String
        var path: String
        var sha256: String
    }

    struct RecordedFinding: Sendable {
        var key: FindingKey
        var severity: String
    }

    var run: HistoryRun
    var pipeline: String
    var pipelineFile: String
    var leadreconVersion: String
    var inputs: [Input]
    var findings: [RecordedFinding]
}
