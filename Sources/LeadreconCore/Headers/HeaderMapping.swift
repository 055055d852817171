/// The result of mapping a header line: which column carries which canonical field, and why.
public struct HeaderMapping: Sendable, Hashable {
    /// How well a preset fits a header line: the number of headers it knows.
    public struct Score: Sendable, Hashable, CustomStringConvertible {
        /// The preset's name.
        public let preset: String
        /// Headers that the preset maps to a field the role loads.
        public let matched: Int
        /// All headers of the line.
        public let total: Int

        /// Creates a score.
        public init(preset: String, matched: Int, total: Int) {
            self.preset = preset
            self.matched = matched
            self.total = total
        }

        /// `17 of 20 headers matched hubspot_contacts`.
        public var description: String { "\(matched) of \(total) headers matched \(preset)" }
    }

    /// The name of the preset used, detected or given.
    public let preset: String
    /// The chosen preset's score on this header line.
    public let score: Score
    /// True when the preset was detected from the headers rather than named by the caller.
    public let detected: Bool
    /// The column index (zero-based) of every loaded field.
    public let columns: [CanonicalField: Int]
    /// One decision per header, in column order.
    public let decisions: [HeaderDecision]
    /// Problems worth telling, each a short lower-case sentence: duplicated headers, two columns
    /// for one field, a tied detection.
    public let warnings: [String]

    /// Creates a mapping.
    public init(
        preset: String,
        score: Score,
        detected: Bool,
        columns: [CanonicalField: Int],
        decisions: [HeaderDecision],
        warnings: [String]
    ) {
        self.preset = preset
        self.score = score
        self.detected = detected
        self.columns = columns
        self.decisions = decisions
        self.warnings = warnings
    }

    /// Headers that no alias or override claimed for a loaded field, in column order; their
    /// columns are dropped. Duplicated and superseded columns are not listed here (see `warnings`).
    public var unmappedHeaders: [String] {
        decisions.filter { $0.how == .unmapped }.map(\.header)
    }

    /// The column that carries a field, or nil when none does.
    public func column(of field: CanonicalField) -> Int? {
        columns[field]
    }
}
