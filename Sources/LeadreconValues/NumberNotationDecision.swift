/// Which notation a number column uses, with the evidence and a sentence saying why.
public struct NumberNotationDecision: Sendable, Hashable {
    /// The notation to read the column with.
    public var notation: NumberNotation
    /// Why, as a sentence for the run report, e.g. "german: 12 values are only valid in German
    /// notation (',' decimal, '.' thousands)".
    public var reason: String
    /// Values only German notation reads (`1.234,56`, `1,5`, `1.234.567`).
    public var germanEvidence: Int
    /// Values only English notation reads (`1,234.56`, `1.5`, `1,234,567`).
    public var englishEvidence: Int
    /// Values with one `.` or `,` followed by exactly three digits (`1.234`), read by the notation.
    public var ambiguous: Int
    /// Whether values prove both notations: the column mixes them, and `notation` only follows the
    /// majority.
    public var isConflict: Bool
    /// Whether no value decided and `notation` is the fallback the detector was given.
    public var isDefault: Bool

    /// A decision; detectors make these, tests and pipeline-file overrides may too.
    public init(
        notation: NumberNotation, reason: String, germanEvidence: Int, englishEvidence: Int,
        ambiguous: Int, isConflict: Bool, isDefault: Bool
    ) {
        self.notation = notation
        self.reason = reason
        self.germanEvidence = germanEvidence
        self.englishEvidence = englishEvidence
        self.ambiguous = ambiguous
        self.isConflict = isConflict
        self.isDefault = isDefault
    }
}
