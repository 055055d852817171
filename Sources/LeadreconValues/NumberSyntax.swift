/// The grammar shared by `NumberParser` and `NumberNotationDetector`: a cell split into sign and
/// body, and the body's separators read as decimal or thousands marks.
///
/// ```
/// cell  = [sign] [currency] [sign] body [ currency | "%" ]    (blanks allowed between parts)
/// body  = int [ decimal digits* ] [ ("e" | "E") [sign] d{1,3} ]  |  decimal digits+ [exponent]
/// int   = digits+ | d{1,3} ( group d{3} )+
/// ```
/// `currency` is `€`, `$` or `£`; `group` is `.`, `,`, a blank (space, no-break space, narrow
/// no-break space) or `'` (Swiss); `decimal` is whichever of `.` and `,` is not the group mark.
enum NumberSyntax {
    /// What a body's separators say about the notation.
    enum Evidence {
        /// No `.` or `,`: the same in both notations.
        case none
        /// Only one notation reads it: `1.234,56`, `1,5`, `1.234.567`.
        case german
        /// Only one notation reads it: `1,234.56`, `1.5`, `1,234,567`.
        case english
        /// One `.` or `,` followed by exactly three digits (`1.234`, `12,500`): the notation decides.
        case ambiguous
    }

    /// A cell without its sign, currency or percent sign; nil when those are malformed.
    struct Cell {
        var negative: Bool
        var body: Range<Int>
    }

    static let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")

    /// Splits off blanks, sign, currency and percent sign; `.empty` for a blank cell.
    static func cell(_ bytes: UnsafeBufferPointer<UInt8>) -> ValueParse<Cell> {
        let range = ByteText.trimmed(bytes)
        if range.isEmpty { return .empty }
        var cursor = ByteCursor(bytes, range: range)
        var negative = false
        var signed = consumeSign(&cursor, negative: &negative)
        _ = cursor.skipBlanks()
        let prefixCurrency = currencyLength(bytes, at: cursor.index, end: range.upperBound)
        if prefixCurrency > 0 {
            cursor.advance(prefixCurrency)
            _ = cursor.skipBlanks()
            if !signed {
                signed = consumeSign(&cursor, negative: &negative)
                _ = cursor.skipBlanks()
            }
        }
        var end = range.upperBound
        if prefixCurrency == 0, end > cursor.index {
            if bytes[end - 1] == UInt8(ascii: "%") {
                end -= 1
            } else {
                end -= currencySuffixLength(bytes, end: end, start: cursor.index)
            }
            while end > cursor.index {
                let blank = ByteText.blankLength(bytes, endingAt: end, start: cursor.index)
                if blank == 0 { break }
                end -= blank
            }
        }
        guard cursor.index < end else { return .invalid }
        return .value(Cell(negative: negative, body: cursor.index..<end))
    }

    /// Classifies a body's separators; nil when they cannot form a number in either notation.
    static func evidence(_ bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>) -> Evidence? {
        var dots = 0, commas = 0, blanks = 0, lastDot = -1, lastComma = -1
        var index = body.lowerBound
        var mantissaEnd = body.upperBound
        while index < body.upperBound {
            let byte = bytes[index]
            if ByteText.isDigit(byte) {
                index += 1
            } else if byte == dot {
                (dots, lastDot, index) = (dots + 1, index, index + 1)
            } else if byte == comma {
                (commas, lastComma, index) = (commas + 1, index, index + 1)
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                mantissaEnd = index
                break
            } else {
                let length = groupBlankLength(bytes, at: index, end: body.upperBound)
                guard length > 0 else { return nil }
                (blanks, index) = (blanks + 1, index + length)
            }
        }
        let hasExponent = mantissaEnd < body.upperBound
        if dots > 0 && commas > 0 {
            return lastComma > lastDot ? (commas == 1 ? .german : nil) : (dots == 1 ? .english : nil)
        }
        if dots + commas == 0 { return Evidence.none }
        let isDot = dots > 0
        if dots + commas > 1 {  // several of one kind: thousands marks
            return hasExponent ? nil : (isDot ? .german : .english)
        }
        let separator = isDot ? lastDot : lastComma
        var integerDigits = 0, integerNonZero = false
        for position in body.lowerBound..<separator where ByteText.isDigit(bytes[position]) {
            integerDigits += 1
            integerNonZero = integerNonZero || bytes[position] != ByteText.zero
        }
        let fractionDigits = mantissaEnd - separator - 1
        let mustBeDecimal = hasExponent || blanks > 0 || fractionDigits != 3 || !integerNonZero
            || integerDigits > 3
        if !mustBeDecimal { return .ambiguous }
        return isDot ? .english : .german
    }

    /// Length of a thousands blank or apostrophe at `index`: also a thin space U+2009, which
    /// typeset numbers use; 0 when there is none.
    @inline(__always)
    static func groupBlankLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        if bytes[index] == UInt8(ascii: "'") { return 1 }
        if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x89 {
            return 3
        }
        return ByteText.blankLength(bytes, at: index, end: end)
    }

    private static func consumeSign(_ cursor: inout ByteCursor, negative: inout Bool) -> Bool {
        switch cursor.peek() {
        case UInt8(ascii: "-"): negative = true
        case UInt8(ascii: "+"): negative = false
        case 0xE2 where cursor.peek(1) == 0x88 && cursor.peek(2) == 0x92:  // U+2212 minus sign
            negative = true
            cursor.advance(2)
        default: return false
        }
        cursor.advance()
        return true
    }

    /// Length of `€` (3 bytes), `£` (2) or `$` (1) at `index`; 0 when there is none.
    private static func currencyLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        guard index < end else { return 0 }
        if bytes[index] == UInt8(ascii: "$") { return 1 }
        if bytes[index] == 0xC2, index + 1 < end, bytes[index + 1] == 0xA3 { return 2 }
        if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x82, bytes[index + 2] == 0xAC {
            return 3
        }
        return 0
    }

    private static func currencySuffixLength(
        _ bytes: UnsafeBufferPointer<UInt8>, end: Int, start: Int
    ) -> Int {
        for length in 1...3 where end - length >= start {
            if currencyLength(bytes, at: end - length, end: end) == length { return length }
        }
        return 0
    }
}
