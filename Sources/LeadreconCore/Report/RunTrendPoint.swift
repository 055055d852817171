/// One earlier run's main counts, for the report's trend chart. The run history supplies these;
/// the report appends the current run as the last point.
public struct RunTrendPoint: Sendable, Equatable {
    public var runID: String
    /// The run's `as_of` (ISO 8601), the x axis of the trend.
    public var asOf: String
    /// Count by name: `mqls`, `pending` and each flag (`IGNORED_GOOD_LEAD`, …).
    public var counts: [String: Int]

    public init(runID: String, asOf: String, counts: [String: Int]) {
        self.runID = runID
        self.asOf = asOf
        self.counts = counts
    }
}
