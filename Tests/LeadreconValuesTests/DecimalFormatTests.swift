import Foundation
import LeadreconValues
import Testing

@Suite struct DecimalFormatTests {
    @Test(arguments: [
        (0.0, 4, "0.0000"), (-0.0, 4, "-0.0000"), (1.0, 4, "1.0000"), (0.99995, 4, "1.0000"), (0.99994, 4, "0.9999"),
        (0.12345, 4, "0.1235"), (-3.14159, 2, "-3.14"), (-0.00001, 4, "-0.0000"), (12.5, 0, "12"),
        (13.5, 0, "14"), (1e20, 4, "100000000000000000000.0000"), (.infinity, 2, "inf"), (.nan, 2, "nan"),
        (27.123456789, 9, "27.123456789"),
    ] as [(Double, Int, String)])
    func knownValues(value: Double, decimals: Int, text: String) {
        #expect(DecimalFormat.fixed(value, decimals: decimals) == text)
    }

    /// The law: the same text as `printf`'s `%.Nf` for any value.
    @Test func agreesWithPrintf() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let bits = state >> 11
            let magnitude = Double(bits) / Double(1 << 53) * pow(10, Double(Int(state % 9)) - 3)
            let value = state & 1 == 0 ? magnitude : -magnitude
            let decimals = Int(state >> 60) % 6
            let expected = String(format: "%.\(decimals)f", value)
            if DecimalFormat.fixed(value, decimals: decimals) != expected { mismatches.append("\(value) \(decimals) \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
