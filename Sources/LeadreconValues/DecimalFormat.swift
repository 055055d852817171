import Foundation

/// Fixed-point text of a `Double`, as `String(format: "%.Nf")` writes it, without the cost of a
/// format string: the link stage writes millions of weights and probabilities.
public enum DecimalFormat {
    /// `value` with `decimals` digits after the point (0...9), rounded as `printf` rounds: to the
    /// nearest, ties to even on the exact binary value. Values too close to a tie for a scaled
    /// `Double` to tell, and very large or non-finite ones, go through `String(format:)`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        withFixed(value, decimals: decimals) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 text of ``fixed(_:decimals:)``, without making a `String`: for
    /// writers that put millions of numbers straight into a file's bytes. Inlinable: a generic
    /// called across modules is not specialised, and looked up its metadata per number.
    @inlinable
    public static func withFixed<Result>(_ value: Double, decimals: Int,
                                         _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        precondition((0...9).contains(decimals), "0 to 9 decimals")
        let scale = pow10[decimals]
        let scaled = abs(value) * scale
        let floor = scaled.rounded(.down)
        guard value.isFinite, scaled < 1e15, abs(scaled - floor - 0.5) > 1e-6 else {
            var text = printf(value, decimals: decimals)
            return try text.withUTF8(body)
        }
        let units = UInt64(scaled.rounded(.toNearestOrAwayFromZero))
        let whole = units / UInt64(scale), fraction = units % UInt64(scale)
        // The digits written once into a buffer on the stack: pairs.csv formats several numbers
        // per pair, and building each from concatenated pieces was a fifth of writing it.
        // At most a sign, 16 whole digits (scaled < 1e15), a point and 9 decimals.
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { text in
            var count = 0
            // printf keeps the sign of a negative value that rounds to zero: "-0.0000".
            if value.sign == .minus { text[count] = UInt8(ascii: "-"); count += 1 }
            var wholeDigits = 1, rest = whole / 10
            while rest > 0 { wholeDigits += 1; rest /= 10 }
            rest = whole
            for index in stride(from: count + wholeDigits - 1, through: count, by: -1) {
                text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            count += wholeDigits
            if decimals > 0 {
                text[count] = UInt8(ascii: ".")
                rest = fraction
                for index in stride(from: count + decimals, through: count + 1, by: -1) {
                    text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                count += 1 + decimals
            }
            return try body(UnsafeBufferPointer(rebasing: text[..<count]))
        }
    }

    /// `%.Nf` through Foundation, for the values the fast path leaves (not inlined: Foundation is
    /// imported internally).
    @usableFromInline static func printf(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    @usableFromInline static let pow10: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]
}
