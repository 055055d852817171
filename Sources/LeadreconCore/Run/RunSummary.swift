/// `summary.json`: what a run read, loaded and rejected, and how. Other programs read it, so keys
/// are only ever added; renaming or dropping one bumps ``schemaVersion``.
public struct RunSummary: Sendable, Codable, Equatable {
    public static let currentSchemaVersion = 1

    public struct Run: Sendable, Codable, Equatable {
        public var id: String
        public var pipeline: String
        public var pipelineFile: String
        public var configHash: String
        public var asOf: String
        public var startedAt: String
        public var leadreconVersion: String
        /// Stages that ran, in order.
        public var stagesRun: [String]
        /// Stages the pipeline asks for that this version of leadrecon does not have yet.
        public var stagesNotAvailable: [String]
    }

    public struct Ledger: Sendable, Codable, Equatable {
        public var rowsRead = 0
        public var rowsLoaded = 0
        public var rowsRejected = 0
        public var rejectsByReason: [String: Int] = [:]
    }

    public struct DiagnosticsSummary: Sendable, Codable, Equatable {
        public var counts: [String: Int]
        /// The first few of each kind per file and column.
        public var examples: [Diagnostic]
    }

    public var schemaVersion = Self.currentSchemaVersion
    public var run: Run
    public var inputs: [IngestReport]
    public var ledger: Ledger
    public var diagnostics: DiagnosticsSummary
    /// Link figures, when the link stage ran.
    public var link: LinkSummary?
    /// Findings by flag, reason and severity, PENDING, SLA compliance and first-touch percentiles.
    public var findings: FlagSummary?
    /// Counts of `flags.csv` rows by flag (empty until the flag stage runs).
    public var flags: [String: Int]
    /// Wall-clock seconds per stage.
    public var timings: [String: Double]
    public var warnings: [String]
}
