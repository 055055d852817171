/// One outcome of comparing a pair of values, as in Splink: "exact", "jaro_winkler >= 0.92", …,
/// "else", and "null" when a value is missing.
///
/// A comparator's levels run from the strongest agreement (index 0, "exact") to "else" and end with
/// "null". Every level but null has an m and a u probability in the Fellegi–Sunter model, so the
/// first `levels.count - 1` indices address the m/u arrays of a pipeline file directly. The null level
/// is not "else": a missing value is no evidence either way and contributes weight 0.
public struct ComparisonLevel: Sendable, Hashable, CustomStringConvertible {
    /// The level's position among its comparator's levels, 0 for the strongest agreement.
    public var index: Int
    /// A short label for explanations and model files, e.g. `jaro_winkler >= 0.92`.
    public var label: String
    /// Whether this is the null level: a value missing on either side, which carries no weight.
    public var isNull: Bool

    /// A level at `index` with `label`.
    public init(index: Int, label: String, isNull: Bool = false) {
        self.index = index
        self.label = label
        self.isNull = isNull
    }

    /// The label.
    public var description: String { label }
}
