/// Two records that at least one blocking rule put in the same block, `i < j`.
public struct CandidatePair: Sendable, Hashable, CustomStringConvertible {
    /// The smaller record index.
    public var i: Int
    /// The larger record index.
    public var j: Int
    /// The rules that found the pair.
    public var rules: RuleMask

    /// A pair of records `i < j` found by `rules`.
    public init(i: Int, j: Int, rules: RuleMask) {
        self.i = i
        self.j = j
        self.rules = rules
    }

    /// `(i, j) rules`, for test failures and logs.
    public var description: String { "(\(i), \(j)) \(rules)" }
}
