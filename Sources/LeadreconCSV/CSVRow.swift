/// One data row as the reader hands it out: valid only inside the closure it is passed to (its
/// bytes live in a buffer the reader reuses). Fields are UTF-8 without quotes or escapes.
public struct CSVRow {
    /// The physical line (1-based) the row starts on.
    public let line: Int
    /// The number of fields: always the header's width.
    public let count: Int
    let bytes: UnsafePointer<UInt8>
    let ends: UnsafePointer<Int>
    let firstField: Int

    /// A row over caller-owned storage: field `i` is `bytes[ends[firstField + i - 1] ..< ends[firstField + i]]`
    /// (from 0 for the very first field). Valid as long as that storage is.
    public init(line: Int, count: Int, bytes: UnsafePointer<UInt8>, ends: UnsafePointer<Int>, firstField: Int) {
        self.line = line
        self.count = count
        self.bytes = bytes
        self.ends = ends
        self.firstField = firstField
    }

    /// The bytes of field `index` (0-based), without copying.
    @inline(__always)
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let field = firstField + index
        let start = field == 0 ? 0 : ends[field - 1]
        return UnsafeBufferPointer(start: bytes + start, count: ends[field] - start)
    }

    /// Every field's bytes back to back (a row's fields are contiguous in its storage).
    public var allBytes: UnsafeBufferPointer<UInt8> {
        let start = firstField == 0 ? 0 : ends[firstField - 1]
        let end = count == 0 ? start : ends[firstField + count - 1]
        return UnsafeBufferPointer(start: bytes + start, count: end - start)
    }

    /// The end offset of every field in the storage: field `i` ends at `fieldEnds[i] - offset`
    /// bytes into ``allBytes``, where `offset` is ``allBytesOffset``. For copying a row whole.
    public var fieldEnds: UnsafeBufferPointer<Int> {
        UnsafeBufferPointer(start: ends + firstField, count: count)
    }

    /// Where ``allBytes`` starts in the storage the ``fieldEnds`` count from.
    public var allBytesOffset: Int { firstField == 0 ? 0 : ends[firstField - 1] }

    /// Field `index` as a `String` (allocates for values over 15 bytes: use sparingly).
    public func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    /// True when every field is empty (or there is none), as in the `;;;` line Excel writes for a
    /// blank row.
    var isBlank: Bool {
        count == 0 || ends[firstField + count - 1] == (firstField == 0 ? 0 : ends[firstField - 1])
    }

    /// All fields as strings, for tests and diagnostics.
    public var strings: [String] { (0..<count).map(string) }
}
