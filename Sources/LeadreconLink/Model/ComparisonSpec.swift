/// The shape of one comparison: its name, its levels, which level means "a value is missing" and which
/// levels are exact agreements.
///
/// A pair is graded by a comparator into one level index per comparison (a gamma vector of `UInt8`).
/// By convention the non-null levels are listed from most to least similar (exact first, "else" last);
/// the default EM starting values rely on that order when no level is declared exact.
///
/// - The **null level** (missing value on either side) carries no evidence: its weight is 0 and it is
///   left out when m and u are estimated.
/// - **Exact levels** are eligible for term-frequency adjustment: when a pair agrees exactly on a value,
///   the value's own frequency may replace the level's u.
public struct ComparisonSpec: Sendable, Hashable {
    /// The default lower bound for a term-frequency u; see ``TermFrequencyAdjustment``.
    public static let defaultTermFrequencyMinimumU = TermFrequencyAdjustment.defaultMinimumU

    /// The comparison's name as the pipeline file spells it, for example `email` or `last_name`.
    public let name: String
    /// One label per level; the level index is the position in this list.
    public let levelLabels: [String]
    /// The level index that means a value is missing, if the comparison has one.
    public let nullLevel: UInt8?
    /// The exact-agreement level indices, sorted and without repeats.
    public let exactLevels: [UInt8]
    /// The smallest u a term-frequency adjustment may use for this comparison.
    public let termFrequencyMinimumU: Double

    /// Creates and validates a comparison.
    ///
    /// - Parameters:
    ///   - name: A non-empty name, unique within a model.
    ///   - levels: Unique labels, at most 255, at least one of them not the null level.
    ///   - nullLevel: The index of the missing-value level, or `nil`.
    ///   - exactLevels: Indices of the exact-agreement levels (term-frequency eligible); not the null level.
    ///   - termFrequencyMinimumU: Lower bound of a term-frequency u, in (0, 1].
    /// - Throws: ``LinkModelError`` naming the first problem found.
    public init(
        name: String,
        levels: [String],
        nullLevel: UInt8? = nil,
        exactLevels: [UInt8] = [],
        termFrequencyMinimumU: Double = ComparisonSpec.defaultTermFrequencyMinimumU
    ) throws(LinkModelError) {
        guard !name.isEmpty else { throw .emptyComparisonName }
        let nonNullCount = levels.count - (nullLevel == nil ? 0 : 1)
        guard levels.count <= 255, nonNullCount >= 1 else {
            throw .levelCount(comparison: name, count: levels.count)
        }
        var seen = Set<String>()
        for label in levels where !seen.insert(label).inserted {
            throw .duplicateLevelLabel(comparison: name, label: label)
        }
        if let nullLevel, Int(nullLevel) >= levels.count {
            throw .levelIndex(comparison: name, level: Int(nullLevel))
        }
        for level in exactLevels where Int(level) >= levels.count || level == nullLevel {
            throw .levelIndex(comparison: name, level: Int(level))
        }
        guard termFrequencyMinimumU > 0, termFrequencyMinimumU <= 1 else {
            throw .termFrequencyFloor(comparison: name, value: termFrequencyMinimumU)
        }
        self.name = name
        self.levelLabels = levels
        self.nullLevel = nullLevel
        self.exactLevels = Array(Set(exactLevels)).sorted()
        self.termFrequencyMinimumU = termFrequencyMinimumU
    }

    /// The number of levels, the null level included.
    public var levelCount: Int { levelLabels.count }

    /// The level indices that carry evidence (every level but the null level), in index order.
    public var nonNullLevels: [UInt8] {
        (0..<UInt8(levelCount)).filter { $0 != nullLevel }
    }

    /// Whether `level` is the missing-value level.
    public func isNull(_ level: UInt8) -> Bool { level == nullLevel }

    /// Whether `level` is an exact-agreement level, eligible for term-frequency adjustment.
    public func isExact(_ level: UInt8) -> Bool { exactLevels.contains(level) }
}
