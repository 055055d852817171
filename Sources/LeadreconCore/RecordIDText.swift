/// Undoes what spreadsheets do to numeric record ids (HubSpot ids, which can exceed 2^31) before
/// they are joined on.
public enum RecordIDText {
    /// The warning for an id Excel turned into scientific notation.
    public static let scientificNotationWarning =
        "id was turned into scientific notation by a spreadsheet; digits are lost"

    /// Whether ``clean(_:)`` would return `bytes` unchanged and without a warning: printable ASCII
    /// (no blank to trim), no decimal mark (no float suffix), and no exponent mark after digits
    /// only (without a decimal mark, scientific notation is digits, `E`, exponent). Almost every id
    /// reads so; the typer then keeps its bytes as they are, without a `String` and the
    /// per-character whitespace test of `clean`.
    @inline(__always)
    public static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var leadingDigits = 0, pastDigits = false
        for byte in bytes {
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "."), byte != UInt8(ascii: ",") else { return false }
            guard !pastDigits else { continue }
            if isDigit(byte) {
                leadingDigits += 1
            } else {
                if leadingDigits > 0, byte | 0x20 == UInt8(ascii: "e") { return false }
                pastDigits = true
            }
        }
        return true
    }

    /// The id in `raw` with blanks around it removed and spreadsheet damage undone where possible.
    ///
    /// - `477209.0` (or `477209,0` from German Excel) becomes `477209`: the number was stored as
    ///   a float, nothing was lost.
    /// - `4.33E+11` stays as it is, with a warning: the digits are gone, and the id can only be
    ///   recovered from the source system.
    /// - Anything else is returned trimmed, without a warning.
    public static func clean(_ raw: String) -> (id: String, warning: String?) {
        let trimmed = Substring(raw).trimmingBlanks()
        let bytes = Array(trimmed.utf8)
        if let wholeDigits = wholeNumberWithZeroFraction(bytes) {
            return (String(decoding: bytes[..<wholeDigits], as: UTF8.self), nil)
        }
        if isScientificNotation(bytes) {
            return (String(trimmed), scientificNotationWarning)
        }
        return (String(trimmed), nil)
    }

    /// The length of the integer part when `bytes` are digits, `.` or `,`, and zeros only.
    private static func wholeNumberWithZeroFraction(_ bytes: [UInt8]) -> Int? {
        guard let mark = bytes.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
            mark > 0, mark < bytes.count - 1,
            bytes[..<mark].allSatisfy(isDigit),
            bytes[(mark + 1)...].allSatisfy({ $0 == UInt8(ascii: "0") })
        else { return nil }
        return mark
    }

    /// Whether `bytes` read `d[.d+]E[+-]d+` (either decimal mark, either case of `E`).
    private static func isScientificNotation(_ bytes: [UInt8]) -> Bool {
        let isExponentMark = { (byte: UInt8) in byte == UInt8(ascii: "E") || byte == UInt8(ascii: "e") }
        guard let exponentMark = bytes.firstIndex(where: isExponentMark) else { return false }
        let mantissa = bytes[..<exponentMark]
        var exponent = bytes[(exponentMark + 1)...]
        if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            exponent = exponent.dropFirst()
        }
        guard !exponent.isEmpty, exponent.allSatisfy(isDigit), let first = mantissa.first, isDigit(first)
        else { return false }
        let marks = mantissa.filter { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
        return marks.count <= 1 && mantissa.last.map(isDigit) == true
            && mantissa.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

extension Substring {
    /// Without leading and trailing whitespace (including no-break spaces).
    fileprivate func trimmingBlanks() -> Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}
