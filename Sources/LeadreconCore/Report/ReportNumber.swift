import Foundation

/// Number formatting for the reports, independent of the machine's locale so that the files are
/// byte-identical everywhere: `1,234`, `93.5 %`, `1.7`.
enum ReportNumber {
    /// An integer with `,` between thousands.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A count with its noun, plural unless it is one: `1 row`, `3 rows`.
    static func count(_ value: Int, _ noun: String) -> String {
        "\(count(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    /// A share as a percentage with one decimal, or `—` when there is nothing to divide by.
    static func percent(_ part: Int, of whole: Int) -> String {
        if whole == 0 { return "—" }
        // 9,671 of 9,674 is not "100.0 %": a reader would take it for "nothing lost".
        if part < whole && Double(part) / Double(whole) >= 0.9995 { return "> 99.9 %" }
        if part > 0 && Double(part) / Double(whole) < 0.0005 { return "< 0.1 %" }
        return percent(Double(part) / Double(whole))
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f %%", share * 100) }

    /// One decimal.
    static func decimal(_ value: Double) -> String { String(format: "%.1f", value) }

    /// An SVG coordinate: one decimal, no exponent.
    static func coordinate(_ value: Double) -> String { String(format: "%.1f", value) }
}
