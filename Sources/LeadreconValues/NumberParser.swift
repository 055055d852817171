/// Reads number cells in German and English notation, into `Double`s.
///
/// Accepted, with blanks around the value ignored: `1234`, `-12.5`, `+3`, `1.234,56` and
/// `1234,5` (German), `1,234.56` (English), `1 234,56` and `1'234.56` (blank or apostrophe
/// between thousands), currency signs `€ $ £` before or after (`€ 1.234,56`, `1.234,56 €`,
/// `-$5`), a trailing percent sign (`12,5 %` is 12.5: the figure as written, not 0.125, as CRM
/// percent fields such as a probability store it), and Excel's scientific notation (`4.33E+11`,
/// `4,33E+11`).
///
/// The value itself decides the notation where it can: a value with both separators, a
/// separator not followed by exactly three digits, several of the same separator, or a leading
/// zero (`0,123`) reads one way only. Only a single `.` or `,` followed by exactly three digits
/// (`1.234`, `1,234`) is ambiguous, and `notation` decides it. Thousands groups are checked
/// (`1.23.456` is invalid). Non-finite results (`1e999`) are invalid.
///
/// A `NumberParser` holds no mutable state: share it freely.
public struct NumberParser: Sendable {
    /// How to read a value whose single separator is followed by exactly three digits.
    public var notation: NumberNotation

    /// A parser for one column; see `NumberNotationDetector` to decide its notation.
    public init(notation: NumberNotation) {
        self.notation = notation
    }

    /// Reads one cell's UTF-8 bytes.
    /// - Returns: `.empty` for a blank cell, `.value` for a finite number, `.invalid` otherwise.
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ValueParse<Double> {
        let cell: NumberSyntax.Cell
        switch NumberSyntax.cell(bytes) {
        case .empty: return .empty
        case .invalid: return .invalid
        case .value(let value): cell = value
        }
        let decimal: UInt8
        switch NumberSyntax.evidence(bytes, body: cell.body) {
        case nil: return .invalid
        case .german?: decimal = NumberSyntax.comma
        case .english?, .none?: decimal = NumberSyntax.dot
        case .ambiguous?: decimal = notation == .german ? NumberSyntax.comma : NumberSyntax.dot
        }
        guard let magnitude = Self.magnitude(bytes, body: cell.body, decimal: decimal) else {
            return .invalid
        }
        return .value(cell.negative ? -magnitude : magnitude)
    }

    /// Reads one cell's text; see `parse(_:)` on bytes.
    public func parse(_ text: String) -> ValueParse<Double> {
        text.withUTF8Bytes { parse($0) }
    }

    /// Exact powers of ten: a double times or divided by one of them is correctly rounded.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The unsigned value of `body` with `decimal` as the decimal mark and any other separator
    /// as a thousands mark; nil when the grouping or exponent is malformed.
    static func magnitude(_ bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>, decimal: UInt8) -> Double? {
        var mantissa: UInt64 = 0
        var significantDigits = 0, digits = 0, exponent = 0
        var inexact = false, afterDecimal = false  // inexact: digits beyond the 19th were dropped
        var groupMark: UInt8 = 0  // the thousands mark in use: `.`, `,`, or 0x20 for blanks and `'`
        var grouped = false  // whether the integer part has thousands marks
        var run = 0  // digits since the last mark
        var index = body.lowerBound
        scan: while index < body.upperBound {
            let byte = bytes[index]
            if ByteText.isDigit(byte) {
                let digit = UInt64(byte &- ByteText.zero)
                digits += 1
                run += 1
                if significantDigits < 19 {
                    if mantissa != 0 || digit != 0 {
                        mantissa = mantissa * 10 + digit
                        significantDigits += 1
                    }
                    if afterDecimal { exponent -= 1 }
                } else {
                    inexact = inexact || digit != 0
                    if !afterDecimal { exponent += 1 }
                }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break scan }
            guard !grouped || run == 3 else { return nil }  // every group after the first has 3 digits
            if byte == decimal {
                guard !afterDecimal else { return nil }
                (afterDecimal, grouped, run, index) = (true, false, 0, index + 1)
                continue
            }
            // A thousands mark: `.` or `,` (not the decimal one), a blank or an apostrophe.
            let length = byte == NumberSyntax.dot || byte == NumberSyntax.comma
                ? 1 : NumberSyntax.groupBlankLength(bytes, at: index, end: body.upperBound)
            let mark = length == 1 && (byte == NumberSyntax.dot || byte == NumberSyntax.comma) ? byte : 0x20
            guard length > 0, !afterDecimal, groupMark == 0 || groupMark == mark,
                grouped || (1...3).contains(run)
            else { return nil }
            (groupMark, grouped, run, index) = (mark, true, 0, index + length)
        }
        guard digits > 0, !grouped || run == 3 else { return nil }
        var power = 0
        if index < body.upperBound {
            guard let written = exponentValue(bytes, from: index + 1, end: body.upperBound) else {
                return nil
            }
            power = written
        }
        exponent += power
        if mantissa == 0 { return 0 }
        if !inexact, mantissa <= 1 << 53, (-22...22).contains(exponent) {
            // Clinger's fast path: both operands exact, so one correctly rounded operation.
            let scale = powersOfTen[abs(exponent)]
            return exponent < 0 ? Double(mantissa) / scale : Double(mantissa) * scale
        }
        return slowValue(bytes, mantissa: body.lowerBound..<index, decimal: decimal, power: power)
    }

    /// Rare: more than 19 significant digits, or a large exponent. The digits go, without
    /// thousands marks, to the standard library's correctly rounded conversion (this allocates).
    private static func slowValue(
        _ bytes: UnsafeBufferPointer<UInt8>, mantissa: Range<Int>, decimal: UInt8, power: Int
    ) -> Double? {
        var text = ""
        text.reserveCapacity(mantissa.count + 8)
        for index in mantissa {
            let byte = bytes[index]
            if ByteText.isDigit(byte) {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == decimal {
                text.unicodeScalars.append(".")
            }
        }
        text += "e\(power)"
        return Double(text).flatMap { $0.isFinite ? $0 : nil }
    }

    /// The exponent after `e`: an optional sign and one to three digits filling the rest.
    private static func exponentValue(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int
    ) -> Int? {
        var index = start
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard (1...3).contains(end - index) else { return nil }
        var value = 0
        while index < end {
            guard ByteText.isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] &- ByteText.zero)
            index += 1
        }
        return negative ? -value : value
    }
}
