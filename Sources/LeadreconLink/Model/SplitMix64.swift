/// A small seeded pseudo-random generator (Steele, Lea and Flood's SplitMix64) whose output is fixed
/// by its seed on every platform and Swift version.
///
/// Sampling in the model (random pairs for u) must give the same pairs on every run, so it cannot use
/// `SystemRandomNumberGenerator` or anything seeded per process like `Hasher`. Bounded integers and unit
/// doubles come from this type's own ``next(below:)`` and ``nextUnitInterval()`` — not from
/// `Int.random(in:using:)`, whose algorithm belongs to the standard library and may change.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator; equal seeds give equal sequences.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject: no modulo bias).
    public mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bound must be positive")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
