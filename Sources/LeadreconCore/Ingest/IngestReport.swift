/// What ingesting one source found out, for `summary.json`, `inspect` and the data-quality verdict.
public struct IngestReport: Sendable, Codable, Equatable {
    public struct Column: Sendable, Codable, Equatable {
        /// 1-based column number in the file.
        public var column: Int
        public var header: String
        /// The canonical field it feeds, or nil when dropped.
        public var field: String?
        /// `preset`, `override`, `unmapped` or `duplicate`.
        public var how: String
    }

    /// A per-column decision about how its values were read, e.g. the date order.
    public struct ValueDecision: Sendable, Codable, Equatable {
        public var field: String
        public var column: Int
        public var decision: String
        public var reason: String
    }

    public var source: String
    public var role: String
    public var path: String
    public var bytes: Int = 0
    public var sha256: String = ""
    public var encoding: String = ""
    public var delimiter: String = ""
    public var delimiterReason: String = ""
    public var headerLine: Int = 1
    public var preambleLines: [String] = []
    public var footerRowsSkipped: Int = 0
    public var physicalLines: Int = 0
    public var preset: String = ""
    public var presetScore: String = ""
    public var presetDetected: Bool = false
    public var columns: [Column] = []
    public var valueDecisions: [ValueDecision] = []
    public var rowsRead: Int = 0
    public var rowsLoaded: Int = 0
    public var rowsRejected: Int = 0
    public var rejectsByReason: [String: Int] = [:]
    public var invalidValues: [String: Int] = [:]
    public var warnings: [String] = []

    public init(source: String, role: String, path: String) {
        self.source = source
        self.role = role
        self.path = path
    }

    /// `rows read = rows loaded + rows rejected`: checked in tests and before reports are written.
    public func _checkInvariants() {
        precondition(rowsRead == rowsLoaded + rowsRejected, "ledger broken for \(path): \(rowsRead) ≠ \(rowsLoaded) + \(rowsRejected)")
        precondition(rejectsByReason.values.reduce(0, +) == rowsRejected, "reject reasons do not add up for \(path)")
    }
}
