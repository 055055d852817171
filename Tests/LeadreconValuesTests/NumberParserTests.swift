import Foundation
import LeadreconValues
import Testing

/// German and English notation, currency and percent signs, Excel's scientific notation, and the
/// round-trip law for formatted amounts.
@Suite struct NumberParserTests {
    let german = NumberParser(notation: .german)
    let english = NumberParser(notation: .english)

    /// Values whose reading does not depend on the notation.
    @Test(arguments: [
        ("1234", 1234.0), ("-12.5", -12.5), ("+3", 3), ("0", 0), ("007", 7), ("-0,5", -0.5),
        ("1.234,56", 1234.56), ("1,234.56", 1234.56), ("1234,5", 1234.5), ("1234.5", 1234.5),
        ("1,5", 1.5), ("1.25", 1.25), ("0,125", 0.125), ("0.125", 0.125), (".5", 0.5), (",5", 0.5),
        ("5.", 5), ("1234,567", 1234.567), ("477209.0", 477_209),
        ("1.234.567", 1_234_567), ("1,234,567", 1_234_567), ("1.234.567,89", 1_234_567.89),
        ("1,234,567.89", 1_234_567.89), ("1 234 567,89", 1_234_567.89), ("1 234 567", 1_234_567),
        ("1\u{A0}234,56", 1234.56), ("1\u{202F}234,56", 1234.56), ("1\u{2009}234,56", 1234.56),
        ("1'234.56", 1234.56), ("1'234'567", 1_234_567),
        // Currency before or after, with or without blanks, with the sign on either side.
        ("€ 1.234,56", 1234.56), ("1.234,56 €", 1234.56), ("1.234,56€", 1234.56), ("€1.234,56", 1234.56),
        ("$1,234.56", 1234.56), ("£ 12", 12), ("-€ 5", -5), ("€ -5", -5), ("- 5 €", -5),
        ("1.234,56\u{A0}€", 1234.56), ("\u{2212}5", -5),
        // Percent: the figure as written.
        ("12,5 %", 12.5), ("12.5%", 12.5), ("100 %", 100), ("-3,25%", -3.25),
        // Excel scientific notation.
        ("4.33E+11", 433_000_000_000), ("4,33E+11", 433_000_000_000), ("1e-5", 0.000_01), ("1E5", 100_000),
        ("2.5e3", 2500), ("-1.5E-3", -0.0015), ("6,02E23", 6.02e23),
        // Beyond the fast path: more than 19 digits, large exponents.
        // Correctly rounded: the nearest double, 2^53 + 1 to the even neighbour.
        ("12345678901234567890123", 12_345_678_901_234_567_741_440), ("1e300", 1e300),
        ("0.1234567890123456789012", 0.1234567890123456789012), ("9007199254740993", 9_007_199_254_740_992),
        ("9007199254740993.0000000000001", 9_007_199_254_740_994),
        ("  42  ", 42), ("\t-7\t", -7),
    ])
    func unambiguous(text: String, expected: Double) {
        #expect(german.parse(text) == .value(expected))
        #expect(english.parse(text) == .value(expected))
    }

    /// One separator followed by exactly three digits: the notation decides.
    @Test(arguments: [
        ("1.234", 1234.0, 1.234), ("1,234", 1.234, 1234), ("12,500", 12.5, 12_500), ("999.999", 999_999, 999.999),
        ("-1.234", -1234, -1.234), ("€ 1.000", 1000, 1), ("1,000 %", 1, 1000),
    ])
    func ambiguous(text: String, asGerman: Double, asEnglish: Double) {
        #expect(german.parse(text) == .value(asGerman))
        #expect(english.parse(text) == .value(asEnglish))
    }

    @Test(arguments: [
        "1.23.456", "1,234,56", "12 5", "1 23", "1..2", "1,,2", "1.234,567.8", "1.234,56,78", "1 234.567,89",
        "1.234 567", "1,2,3", "1.2e3.4", ",", ".", "abc", "12a", "a12", "€", "-", "+", "%", "€ 5 €", "€ 5 %",
        "1e", "e5", "1e1234", "1e400", "1e+", "--5", "5-", "(5)", "0x1F", "NaN", "inf", "1 000 %%",
        "12.03.2024", "12.03.", "1/2", "5 EUR", "١٢٣",
    ])
    func invalid(text: String) {
        #expect(german.parse(text) == .invalid)
        #expect(english.parse(text) == .invalid)
    }

    @Test(arguments: ["", " ", "\u{A0}", " \t "])
    func blank(text: String) {
        #expect(german.parse(text) == .empty)
    }

    @Test func bytesOfALargerBuffer() {
        let row = Array("a;1.234,56;b".utf8)
        let parsed = row.withUnsafeBufferPointer { german.parse(UnsafeBufferPointer(rebasing: $0[2..<10])) }
        #expect(parsed == .value(1234.56))
    }

    /// For a deterministic sample of amounts in cents, German and English renderings with and
    /// without thousands marks, with currency and sign, all read back to the same value.
    @Test func formattedAmountsRoundTrip() {
        var checked = 0
        for cents in stride(from: -9_876_543_210, through: 9_876_543_210, by: 123_456_787) {
            let expected = Double(cents) / 100
            let whole = String(cents.magnitude / 100)
            let fraction = String(format: "%02d", Int(cents.magnitude % 100))
            let sign = cents < 0 ? "-" : ""
            let (groupedDE, groupedEN) = (Self.grouped(whole, mark: "."), Self.grouped(whole, mark: ","))
            for text in ["\(sign)\(whole),\(fraction)", "\(sign)\(groupedDE),\(fraction)", "\(sign)\(groupedDE),\(fraction) €"] {
                #expect(german.parse(text) == .value(expected), "\(text)")
            }
            for text in ["\(sign)\(whole).\(fraction)", "\(sign)\(groupedEN).\(fraction)", "\(sign)$\(groupedEN).\(fraction)"] {
                #expect(english.parse(text) == .value(expected), "\(text)")
            }
            checked += 1
        }
        #expect(checked > 100)
    }

    private static func grouped(_ digits: String, mark: Character) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(mark) }
            result.append(digit)
        }
        return result
    }
}
