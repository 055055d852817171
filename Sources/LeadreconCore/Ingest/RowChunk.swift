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
    /// Per row: its line, width and first field (one array, one append per row).
    private(set) var rows: [Row] = []
    /// The file's header, carried by the first chunk (the reader knows it before any row).
    var header: [String]?

    struct Row {
        var line: Int
        var width: Int
        var firstField: Int
    }

    var count: Int { rows.count }
    var isFull: Bool { rows.count >= Self.capacity }

    init() {
        bytes.reserveCapacity(1 << 18)
        ends.reserveCapacity(Self.capacity * 24)
        rows.reserveCapacity(Self.capacity)
    }

    /// Copies `row` in: its fields' bytes in one piece (they are contiguous in the reader's
    /// storage), its field ends copied whole and then shifted to this chunk's bytes. Field by
    /// field, two array appends a field were a visible part of the reading thread, which paces
    /// ingest; shifting through a lazy map went through the generic sequence copy.
    mutating func append(_ row: CSVRow) {
        rows.append(Row(line: row.line, width: row.count, firstField: ends.count))
        let shift = bytes.count - row.allBytesOffset
        bytes.append(contentsOf: row.allBytes)
        let first = ends.count
        ends.append(contentsOf: row.fieldEnds)
        ends.withUnsafeMutableBufferPointer { ends in
            for index in first..<ends.count { ends[index] += shift }
        }
    }

    /// Calls `body` with each row in turn.
    func forEachRow(_ body: (CSVRow) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in
                // An empty chunk of empty fields has no byte storage; any valid pointer will do.
                let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
                for row in rows {
                    try body(CSVRow(line: row.line, count: row.width, bytes: base,
                                    ends: ends.baseAddress!, firstField: row.firstField))
                }
            }
        }
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        rows.removeAll(keepingCapacity: true)
        header = nil
    }
}
