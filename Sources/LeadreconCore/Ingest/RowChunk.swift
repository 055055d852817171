import LeadreconCSV

/// A block of rows copied out of the reader's buffer, so the reader can parse the next block on
/// one core while the rows of this one are typed on the other. Reused from block to block. A struct,
/// filled in a local variable: arrays stored in a class pay a dynamic exclusivity check per access,
/// which measured here cost 14 % of ingest.
struct RowChunk: Sendable {
    /// Rows per chunk: large enough that handing over costs nothing, small enough to stay in cache.
    static let capacity = 2048

    private(set) var bytes: [UInt8] = []
    /// Cumulative end offset of every field, row after row.
    private(set) var ends: [Int] = []
    private(set) var lines: [Int] = []
    private(set) var widths: [Int] = []
    private(set) var firstFields: [Int] = []
    /// The file's header, carried by the first chunk (the reader knows it before any row).
    var header: [String]?

    var count: Int { lines.count }
    var isFull: Bool { lines.count >= Self.capacity }

    init() {
        bytes.reserveCapacity(1 << 18)
        ends.reserveCapacity(Self.capacity * 24)
        lines.reserveCapacity(Self.capacity)
    }

    /// Copies `row` in: its fields' bytes in one piece (they are contiguous in the reader's
    /// storage), its field ends shifted to this chunk's bytes. Field by field, two array appends a
    /// field were a visible part of the reading thread, which paces ingest.
    mutating func append(_ row: CSVRow) {
        firstFields.append(ends.count)
        widths.append(row.count)
        lines.append(row.line)
        let shift = bytes.count - row.allBytesOffset
        bytes.append(contentsOf: row.allBytes)
        ends.append(contentsOf: row.fieldEnds.lazy.map { $0 + shift })
    }

    /// Calls `body` with each row in turn.
    func forEachRow(_ body: (CSVRow) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in
                // An empty chunk of empty fields has no byte storage; any valid pointer will do.
                let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
                for row in 0..<lines.count {
                    try body(CSVRow(line: lines[row], count: widths[row], bytes: base,
                                    ends: ends.baseAddress!, firstField: firstFields[row]))
                }
            }
        }
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        widths.removeAll(keepingCapacity: true)
        firstFields.removeAll(keepingCapacity: true)
        header = nil
    }
}
