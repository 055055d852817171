/// Where libcsv's callbacks put the fields and rows of one block of input.
///
/// Plain pointers in a struct, not arrays in a class: the callbacks run once per field, and
/// measured here arrays inside a class cost 1.5-2x the C baseline. The batch is reused for the
/// whole file; rows are handed to the consumer in blocks and the buffer is rewound.
struct RowBatch {
    /// One completed row: its fields are `ends[firstField ..< firstField + fieldCount]`.
    struct Mark {
        var firstField: Int
        var fieldCount: Int
        var startLine: Int
        var endLine: Int
        /// Offsets of the row's text in the reader's input buffer, for the rejects ledger.
        var rawStart: Int
        var rawEnd: Int
        var flags: UInt8
    }

    /// Row flags, set while the row's lines go by.
    enum Flag {
        static let nulByte: UInt8 = 1
        static let needsTranscoding: UInt8 = 2
        static let oversizeField: UInt8 = 4
    }

    var bytes: UnsafeMutablePointer<UInt8>
    var bytesCount = 0
    var bytesCapacity: Int
    /// End offset in `bytes` of every field, cumulative from 0.
    var ends: UnsafeMutablePointer<Int>
    var endsCount = 0
    var endsCapacity: Int
    var rows: UnsafeMutablePointer<Mark>
    var rowsCount = 0
    var rowsCapacity: Int

    /// The first field of the row being parsed.
    var pendingFirstField = 0
    var currentLine = 0
    var pendingStartLine = 0
    var pendingRawStart = 0
    var lineStart = 0
    /// Where rows completed in the current segment end, without the line terminator.
    var segmentRawEnd = 0
    var pendingFlags: UInt8 = 0
    var maxFieldBytes: Int

    init(maxFieldBytes: Int) {
        self.maxFieldBytes = maxFieldBytes
        bytesCapacity = 1 << 20
        bytes = .allocate(capacity: bytesCapacity)
        endsCapacity = 1 << 16
        ends = .allocate(capacity: endsCapacity)
        rowsCapacity = 1 << 12
        rows = .allocate(capacity: rowsCapacity)
    }

    func deallocate() {
        bytes.deallocate()
        ends.deallocate()
        rows.deallocate()
    }

    /// Start offset in `bytes` of field `index`.
    @inline(__always)
    func fieldStart(_ index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

    @inline(__always)
    mutating func appendField(_ source: UnsafeRawPointer?, _ length: Int) {
        var length = length
        if length > maxFieldBytes {
            pendingFlags |= Flag.oversizeField
            length = 0
        }
        if bytesCount + length > bytesCapacity { growBytes(to: bytesCount + length) }
        if length > 0, let source {
            (bytes + bytesCount).update(from: source.assumingMemoryBound(to: UInt8.self), count: length)
        }
        bytesCount += length
        if endsCount == endsCapacity { growEnds() }
        ends[endsCount] = bytesCount
        endsCount += 1
    }

    @inline(__always)
    mutating func commitRow() {
        if rowsCount == rowsCapacity { growRows() }
        rows[rowsCount] = Mark(firstField: pendingFirstField, fieldCount: endsCount - pendingFirstField,
                               startLine: pendingStartLine, endLine: currentLine,
                               rawStart: pendingRawStart, rawEnd: segmentRawEnd, flags: pendingFlags)
        rowsCount += 1
        pendingFirstField = endsCount
        // A second row on the same physical line (a bare CR ends rows too) starts on this line.
        pendingStartLine = currentLine
        pendingRawStart = lineStart
        pendingFlags = 0
    }

    /// Drops the fields of the row being parsed (after a parse error).
    mutating func discardPendingRow() {
        bytesCount = fieldStart(pendingFirstField)
        endsCount = pendingFirstField
        pendingFlags = 0
    }

    /// Forgets delivered rows, keeping the fields of the row still being parsed at the front.
    mutating func rewind() {
        let keepFrom = fieldStart(pendingFirstField)
        let keptBytes = bytesCount - keepFrom
        if keptBytes > 0 && keepFrom > 0 { bytes.update(from: bytes + keepFrom, count: keptBytes) }
        let keptFields = endsCount - pendingFirstField
        for k in 0..<keptFields { ends[k] = ends[pendingFirstField + k] - keepFrom }
        bytesCount = keptBytes
        endsCount = keptFields
        pendingFirstField = 0
        rowsCount = 0
    }

    /// Shifts the input-buffer offsets after the reader moved its buffer down by `delta` bytes.
    mutating func shiftRawOffsets(by delta: Int) {
        pendingRawStart -= delta
        lineStart -= delta
    }

    private mutating func growBytes(to needed: Int) {
        var capacity = bytesCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: bytesCount)
        bytes.deallocate()
        bytes = grown
        bytesCapacity = capacity
    }

    private mutating func growEnds() {
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: endsCapacity * 2)
        grown.update(from: ends, count: endsCount)
        ends.deallocate()
        ends = grown
        endsCapacity *= 2
    }

    private mutating func growRows() {
        let grown = UnsafeMutablePointer<Mark>.allocate(capacity: rowsCapacity * 2)
        grown.update(from: rows, count: rowsCount)
        rows.deallocate()
        rows = grown
        rowsCapacity *= 2
    }
}
