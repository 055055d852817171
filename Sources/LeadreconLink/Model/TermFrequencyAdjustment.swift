internal import Foundation

/// Term-frequency adjustment of exact agreements: a shared "mueller" says less than a shared
/// "przybylski".
///
/// For a pair that agrees exactly on value v, Splink replaces the level's u (the chance that two
/// random records agree on *some* value, Σ p²) by the value's own relative frequency f_v. Why f_v and
/// not f_v²: among non-matches the chance of agreeing on v is f_v², among matches it is about m · f_v
/// (a match agrees and the shared value is v with probability f_v), so the Bayes factor is
/// m · f_v / f_v² = m / f_v.
///
/// leadrecon bounds u from below: u = max(f_v, minimumU). Without the floor a value seen once in ten
/// million records would add log2(0.9 / 1e-7) ≈ 23 bits, enough to outvote several disagreeing
/// fields on the strength of a value that may itself be a typo. The default floor, 1e-5, caps one
/// agreement at about log2(m / 1e-5) ≈ 16.5 bits for m = 0.9; a comparison's
/// ``ComparisonSpec/termFrequencyMinimumU`` overrides it. There is no upper bound: a value most records
/// share (a placeholder such as "unknown") may well make an exact agreement count against a match.
public enum TermFrequencyAdjustment {
    /// The default lower bound for a term-frequency u.
    public static let defaultMinimumU = 1e-5

    /// The relative frequency of a value: its count over the number of non-null values.
    public static func relativeFrequency(count: Int, total: Int) -> Double {
        precondition(count >= 0 && count <= total && total > 0, "count \(count) of total \(total)")
        return Double(count) / Double(total)
    }

    /// The u an exact agreement on a value of relative frequency `frequency` uses: max(frequency, minimumU).
    public static func u(frequency: Double, minimumU: Double = defaultMinimumU) -> Double {
        precondition(frequency >= 0 && frequency <= 1, "term frequency \(frequency) is not in [0, 1]")
        return Swift.max(frequency, minimumU)
    }

    /// The adjusted weight of an exact agreement: log2(m) − log2(max(frequency, minimumU)).
    public static func weight(m: Double, frequency: Double, minimumU: Double = defaultMinimumU) -> Double {
        MatchWeightTable.log2Ratio(m, u(frequency: frequency, minimumU: minimumU))
    }
}
