/// A read position in one cell's trimmed UTF-8 bytes, for the hand-written scanners.
///
/// `peek` answers 0 past the end, which no scanner accepts, so callers need no bounds checks.
struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index: Int
    let end: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        index = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { index >= end }

    /// The byte at the read position, or 0 at the end.
    @inline(__always)
    func peek(_ ahead: Int = 0) -> UInt8 {
        index + ahead < end ? bytes[index + ahead] : 0
    }

    @inline(__always)
    mutating func advance(_ count: Int = 1) {
        index += count
    }

    /// Consumes `byte` if it is next.
    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    /// Consumes a run of ASCII digits (at most 18, enough for any field here) and returns its
    /// value and length; a longer run answers a length of 19 so that callers reject it.
    @inline(__always)
    mutating func digits() -> (value: Int, count: Int) {
        var value = 0
        var count = 0
        while index < end, ByteText.isDigit(bytes[index]) {
            if count == 18 { return (value, 19) }
            value = value &* 10 &+ Int(bytes[index] &- ByteText.zero)  // 18 digits cannot overflow
            count &+= 1
            index &+= 1
        }
        return (value, count)
    }

    /// Skips blanks (spaces, tabs, no-break spaces) and returns how many bytes it skipped.
    @inline(__always)
    mutating func skipBlanks() -> Int {
        let start = index
        while index < end {
            let length = ByteText.blankLength(bytes, at: index, end: end)
            if length == 0 { break }
            index += length
        }
        return index - start
    }
}
