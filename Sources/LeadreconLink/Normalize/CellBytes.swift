/// Byte-level helpers for the normalisers' scanners, which read a cell's UTF-8 bytes directly
/// instead of building `String`s or `Character`s on the hot path.
enum CellBytes {
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 { byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }

    /// The length of the blank at `index`: ASCII whitespace and controls (1), no-break space
    /// U+00A0 (2), U+2000–U+200B, U+202F, U+205F (3), byte-order mark U+FEFF (3); 0 otherwise.
    @inline(__always)
    static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte <= 0x20 || byte == 0x7F { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
            let last = bytes[index + 2]
            if last <= 0x8B || last == 0xAF { return 3 }
        }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x81, bytes[index + 2] == 0x9F { return 3 }
        if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return 3 }
        return 0
    }

    /// `range` without leading and trailing blanks.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        let end = range.upperBound
        while start < end {
            let length = blankLength(bytes, at: start, end: end)
            if length == 0 { break }
            start += length
        }
        var stop = end
        while stop > start {
            // A blank ends here if one of the three possible blank lengths starts right before.
            if stop - 1 >= start, blankLength(bytes, at: stop - 1, end: stop) == 1 {
                stop -= 1
            } else if stop - 2 >= start, blankLength(bytes, at: stop - 2, end: stop) == 2 {
                stop -= 2
            } else if stop - 3 >= start, blankLength(bytes, at: stop - 3, end: stop) == 3 {
                stop -= 3
            } else {
                break
            }
        }
        return start..<stop
    }

    /// Whether the bytes in `range` start with `prefix` (given in lower case), ignoring ASCII case.
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard range.count >= count else { return false }
        let expected = prefix.utf8Start
        for offset in 0..<count where lowercased(bytes[range.lowerBound + offset]) != expected[offset] {
            return false
        }
        return true
    }
}
