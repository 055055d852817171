import Foundation

/// Fixed-point text of a `Double`, as `String(format: "%.Nf")` writes it, without the cost of a
/// format string: the link stage writes millions of weights and probabilities.
public enum DecimalFormat {
    /// `value` with `decimals` digits after the point (0...9), rounded as `printf` rounds: to the
    /// nearest, ties to even on the exact binary value. Values too close to a tie for a scaled
    /// `Double` to tell, and very large or non-finite ones, go through `String(format:)`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        precondition((0...9).contains(decimals), "0 to 9 decimals")
        let scale = pow10[decimals]
        let scaled = abs(value) * scale
        let floor = scaled.rounded(.down)
        guard value.isFinite, scaled < 1e15, abs(scaled - floor - 0.5) > 1e-6 else {
            return String(format: "%.\(decimals)f", value)
        }
        let units = UInt64(scaled.rounded(.toNearestOrAwayFromZero))
        let whole = units / UInt64(scale), fraction = units % UInt64(scale)
        // printf keeps the sign of a negative value that rounds to zero: "-0.0000".
        var text = value.sign == .minus ? "-" : ""
        text += String(whole)
        guard decimals > 0 else { return text }
        let digits = String(fraction)
        text += "."
        text += String(repeating: "0", count: decimals - digits.count)
        text += digits
        return text
    }

    private static let pow10: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]
}
