/// The set of blocking rules that found a candidate pair, one bit per rule by the rule's position.
///
/// A pair found by several rules is kept once with all their bits, so explanations can say what a
/// pair was matched on and per-rule counts can be taken from the pairs themselves.
public struct RuleMask: OptionSet, Sendable, Hashable, CustomStringConvertible {
    /// The most rules blocking accepts, one bit each.
    public static let maxRules = 32

    /// Bit `r` is set when rule `r` found the pair.
    public var rawValue: UInt32

    /// A mask with the given bits.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// The mask holding only rule `rule`.
    public init(rule: Int) {
        precondition(rule >= 0 && rule < Self.maxRules, "rule index out of range")
        self.rawValue = 1 << UInt32(rule)
    }

    /// Whether rule `rule` found the pair.
    public func contains(rule: Int) -> Bool {
        rule >= 0 && rule < Self.maxRules && rawValue & (1 << UInt32(rule)) != 0
    }

    /// The rules in the mask, ascending.
    public var rules: [Int] {
        (0..<Self.maxRules).filter { contains(rule: $0) }
    }

    /// The first rule that found the pair (the lowest index), or `nil` for an empty mask.
    public var firstRule: Int? {
        rawValue == 0 ? nil : rawValue.trailingZeroBitCount
    }

    /// The rule indices, e.g. `{0,2}`.
    public var description: String {
        "{" + rules.map(String.init).joined(separator: ",") + "}"
    }
}
