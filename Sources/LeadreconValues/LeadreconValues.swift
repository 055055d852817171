// LeadreconValues — typed values from CSV cell text, with no lead knowledge.
//
// Every parser reads one cell's UTF-8 bytes (`UnsafeBufferPointer<UInt8>`, with a `String`
// convenience overload) and answers a `ValueParse`: `.empty` for a blank cell, `.value` for a
// typed value, `.invalid` for text that is not one. The parsers are hand-written byte scanners:
// they allocate nothing and call no `DateFormatter`, regex or `String` API on the hot path,
// because ingest runs them on every cell of millions of rows.
//
// Principal types:
// - `ValueParse`: the three-way outcome shared by all parsers.
// - `Timestamp`, `TimestampPrecision`: a UTC instant in whole seconds, date-only or date-time,
//   formatted back as ISO 8601 with an offset (`Timestamp+ISO8601.swift`).
// - `TimestampParser`, `DateOrder`: ISO 8601, German `dd.mm.yyyy[ hh:mm]`, US `m/d/yyyy h:mm AM`
//   and their relatives, with local times resolved DST-correctly in a source time zone.
// - `DateOrderDetector`, `DateOrderDecision`: day-first or month-first for one column, and why.
// - `NumberParser`, `NumberNotation`, `NumberNotationDetector`, `NumberNotationDecision`:
//   German `1.234,56` and English `1,234.56` numbers, currency and percent signs, Excel's `4.33E+11`.
// - `BooleanParser`: yes/no, ja/nein, 1/0, x and their friends.

/// Byte-level helpers shared by the parsers: trimming and ASCII classification of UTF-8 cells.
enum ByteText {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39

    /// Whether `byte` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- zero < 10
    }

    /// `byte` lower-cased if it is an ASCII capital letter, unchanged otherwise.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Length of the blank at `index`: an ASCII space, tab, CR or LF (1), a no-break space
    /// U+00A0 (2) or a narrow no-break space U+202F (3); 0 when there is none.
    ///
    /// Excel and CRM exports put no-break spaces around values and between thousands.
    @inline(__always)
    static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte == space || byte == tab || byte == 0x0A || byte == 0x0D { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF {
            return 3
        }
        return 0
    }

    /// Length of the blank that ends just before `end`, as in `blankLength(_:at:end:)`.
    @inline(__always)
    static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, start: Int) -> Int {
        let byte = bytes[end - 1]
        if byte == space || byte == tab || byte == 0x0A || byte == 0x0D { return 1 }
        if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { return 2 }
        if byte == 0xAF, end - 3 >= start, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80 {
            return 3
        }
        return 0
    }

    /// The index range of `bytes` without leading and trailing blanks.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end {
            let length = blankLength(bytes, at: start, end: end)
            if length == 0 { break }
            start += length
        }
        while end > start {
            let length = blankLength(bytes, endingAt: end, start: start)
            if length == 0 { break }
            end -= length
        }
        return start..<end
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, without copying a native string.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = self
        return text.withUTF8(body)
    }
}
