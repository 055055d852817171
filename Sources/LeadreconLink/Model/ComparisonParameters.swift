/// The m and u probabilities of one comparison, level by level.
///
/// - m: the probability of the level among matching pairs.
/// - u: the probability of the level among non-matching pairs.
///
/// Both lists have one entry per level. The null level's entry is stored as 1 in both lists and never
/// estimated: m = u means a Bayes factor of 1, no evidence either way, which is what a missing value
/// is. Over the non-null levels estimated lists sum to 1; lists given by hand (or u assembled from
/// value frequencies and random pairs) are not required to.
///
/// `mIsFixed` / `uIsFixed` mark values given in the pipeline file: training leaves them as they are.
public struct ComparisonParameters: Sendable, Equatable {
    /// The comparison's name, levels, null level and exact levels.
    public let spec: ComparisonSpec
    /// m per level (the null level's entry is 1).
    public let m: [Double]
    /// u per level (the null level's entry is 1).
    public let u: [Double]
    /// Whether m was given and must not be re-estimated.
    public let mIsFixed: Bool
    /// Whether u was given and must not be re-estimated.
    public let uIsFixed: Bool

    /// Creates and validates the parameters of one comparison.
    ///
    /// - Parameters:
    ///   - spec: The comparison.
    ///   - m: One probability per level in (0, 1]; the null level's entry is ignored and stored as 1.
    ///   - u: One probability per level in (0, 1]; the null level's entry is ignored and stored as 1.
    ///   - mIsFixed: Keep m during training.
    ///   - uIsFixed: Keep u during training (u is kept anyway unless training is asked to estimate it).
    /// - Throws: ``LinkModelError`` when a list has the wrong length or a value is out of range.
    public init(
        spec: ComparisonSpec,
        m: [Double],
        u: [Double],
        mIsFixed: Bool = false,
        uIsFixed: Bool = false
    ) throws(LinkModelError) {
        self.spec = spec
        self.m = try Self.validated(m, name: "m", spec: spec)
        self.u = try Self.validated(u, name: "u", spec: spec)
        self.mIsFixed = mIsFixed
        self.uIsFixed = uIsFixed
    }

    /// The default EM starting values for m, used when the pipeline file gives none.
    ///
    /// The exact levels share 0.9 (or, when none is declared exact, the first non-null level — the most
    /// similar by convention — takes 0.9); the remaining 0.1 is spread evenly over the other non-null
    /// levels. A comparison with a single non-null level gets m = 1 there. The exact values hardly
    /// matter: with u fixed EM is well identified; they only need to say "matches mostly agree".
    public static func defaultStartingM(for spec: ComparisonSpec) -> [Double] {
        let nonNull = spec.nonNullLevels
        var strong = spec.exactLevels
        if strong.isEmpty { strong = [nonNull[0]] }
        let weak = nonNull.filter { !strong.contains($0) }
        let strongShare = weak.isEmpty ? 1.0 : 0.9
        var m = Array(repeating: 1.0, count: spec.levelCount)
        for level in strong { m[Int(level)] = strongShare / Double(strong.count) }
        for level in weak { m[Int(level)] = (1 - strongShare) / Double(weak.count) }
        return m
    }

    /// log2(m/u) of a level: its match weight without term-frequency adjustment (0 for the null level).
    public func weight(level: UInt8) -> Double {
        spec.isNull(level) ? 0 : MatchWeightTable.log2Ratio(m[Int(level)], u[Int(level)])
    }

    /// A copy with other m and u values (same fixed flags), validated.
    func replacing(m newM: [Double], u newU: [Double]) throws(LinkModelError) -> ComparisonParameters {
        try ComparisonParameters(spec: spec, m: newM, u: newU, mIsFixed: mIsFixed, uIsFixed: uIsFixed)
    }

    private static func validated(
        _ values: [Double],
        name: String,
        spec: ComparisonSpec
    ) throws(LinkModelError) -> [Double] {
        guard values.count == spec.levelCount else {
            throw .parameterCount(comparison: spec.name, expected: spec.levelCount, found: values.count)
        }
        var result = values
        for level in 0..<values.count {
            if spec.isNull(UInt8(level)) {
                result[level] = 1
                continue
            }
            let value = values[level]
            // Written as a positive test so that NaN is refused too.
            guard value > 0, value <= 1 else {
                throw .probability(
                    comparison: spec.name, level: spec.levelLabels[level], parameter: name, value: value)
            }
        }
        return result
    }
}
