/// A scored pair of records handed to clustering: the two record indices and the pair's match
/// weight (or probability, or any score where higher means more alike).
public struct WeightedLink: Sendable, Hashable, CustomStringConvertible {
    /// One record's index.
    public var i: Int
    /// The other record's index.
    public var j: Int
    /// The pair's score; higher is more alike. Must not be NaN.
    public var weight: Double

    /// A link between records `i` and `j` with `weight`.
    public init(_ i: Int, _ j: Int, weight: Double) {
        self.i = i
        self.j = j
        self.weight = weight
    }

    /// `(i, j) weight`.
    public var description: String { "(\(i), \(j)) \(weight)" }
}
