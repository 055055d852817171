/// Which date order a column uses, with the evidence and a sentence saying why.
public struct DateOrderDecision: Sendable, Hashable {
    /// The order to read the column with.
    public var order: DateOrder
    /// Why, as a sentence for the run report, e.g. "day-first: 41 values have a first component
    /// above 12".
    public var reason: String
    /// Values whose first component is above 12 (so it must be the day).
    public var dayFirstEvidence: Int
    /// Values whose second component is above 12 (so it must be the day).
    public var monthFirstEvidence: Int
    /// Day/month values that fit either order (both components 12 or below).
    public var undecided: Int
    /// Day/month values valid in neither order (`13/13/2024`, `31.02.2024`).
    public var impossible: Int
    /// Whether values prove both orders: the column mixes conventions, and `order` only follows
    /// the majority. Values read in the other order are wrong or invalid.
    public var isConflict: Bool
    /// Whether no value decided and `order` is the separator's convention.
    public var isDefault: Bool

    /// A decision; detectors make these, tests and pipeline-file overrides may too.
    public init(
        order: DateOrder, reason: String, dayFirstEvidence: Int, monthFirstEvidence: Int,
        undecided: Int, impossible: Int, isConflict: Bool, isDefault: Bool
    ) {
        self.order = order
        self.reason = reason
        self.dayFirstEvidence = dayFirstEvidence
        self.monthFirstEvidence = monthFirstEvidence
        self.undecided = undecided
        self.impossible = impossible
        self.isConflict = isConflict
        self.isDefault = isDefault
    }
}
