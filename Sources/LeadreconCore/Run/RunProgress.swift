/// Where a long stage stands, for a progress display (the command draws a bar on a terminal).
///
/// Separate from the runner's `log`: log lines are kept (stderr, a log collector), progress is
/// transient and may be dropped or redrawn at will.
public struct RunProgress: Sendable, Equatable {
    /// The stage (`ingest`, …).
    public var stage: String
    /// What the stage is working on: the source's name for ingest.
    public var item: String
    /// Units done so far (rows for ingest).
    public var done: Int
    /// What `done` counts ("rows").
    public var unit: String
    /// Bytes of the input consumed and its size, when known: the ETA rests on these, as rows per
    /// file are unknown until the end.
    public var bytesDone: Int?
    public var bytesTotal: Int?
    /// True on the last report of this item.
    public var finished: Bool

    public init(stage: String, item: String, done: Int, unit: String, bytesDone: Int? = nil,
                bytesTotal: Int? = nil, finished: Bool = false) {
        self.stage = stage
        self.item = item
        self.done = done
        self.unit = unit
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.finished = finished
    }

    /// Share of the work done, in [0, 1], when the size is known.
    public var fraction: Double? {
        guard let bytesDone, let bytesTotal, bytesTotal > 0 else { return nil }
        return min(1, max(0, Double(bytesDone) / Double(bytesTotal)))
    }
}
