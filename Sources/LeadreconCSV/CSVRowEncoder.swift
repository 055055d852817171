/// Rows of CSV encoded into bytes exactly as ``CSVWriter`` writes them (neutralised, quoted and
/// escaped), for a caller that encodes parts of a large file on several threads and writes the
/// parts in order with ``CSVWriter/writeRows(_:)``.
///
/// Cells come as strings, as UTF-8 bytes (no `String` per cell: a million-row file has millions
/// of cells) or as ``EncodedCells`` encoded once for texts that repeat on many rows.
public struct CSVRowEncoder: Sendable {
    public let dialect: CSVOutputDialect
    /// The encoded rows, each ended by CRLF.
    public private(set) var bytes: [UInt8] = []
    /// Cells in the row being encoded (a delimiter goes before every cell but the first).
    private var cellsInRow = 0

    public init(dialect: CSVOutputDialect = .rfc4180, reservingCapacity capacity: Int = 0) {
        self.dialect = dialect
        bytes.reserveCapacity(capacity)
    }

    /// Whether every row begun has been ended.
    public var isAtRowEnd: Bool { cellsInRow == 0 }

    /// Appends one cell.
    public mutating func cell(_ text: String) {
        var text = text
        text.withUTF8 { cell(utf8: $0) }
    }

    /// Appends one cell given as UTF-8 bytes.
    public mutating func cell(utf8: UnsafeBufferPointer<UInt8>) {
        separate(1)
        CSVWriter.appendCell(utf8, delimiter: dialect.delimiter, to: &bytes)
    }

    /// Appends cells encoded beforehand (in this encoder's dialect).
    public mutating func cells(_ encoded: EncodedCells) {
        precondition(encoded.delimiter == dialect.delimiter, "cells encoded for another dialect")
        separate(encoded.count)
        bytes.append(contentsOf: encoded.bytes)
    }

    /// Appends a whole row.
    public mutating func row(_ cells: [String]) {
        for text in cells { cell(text) }
        endRow()
    }

    /// Ends the current row.
    public mutating func endRow() {
        bytes.append(0x0D)
        bytes.append(0x0A)
        cellsInRow = 0
    }

    /// Drops the encoded rows, keeping the memory for the next ones.
    public mutating func removeAll() {
        precondition(isAtRowEnd, "a row was begun and not ended")
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func separate(_ cells: Int) {
        guard cells > 0 else { return }
        if cellsInRow > 0 { bytes.append(dialect.delimiter) }
        cellsInRow += cells
    }
}

/// Adjacent cells encoded once, for texts that repeat on many rows (source names,
/// level labels, rule combinations).
public struct EncodedCells: Sendable, Hashable {
    let bytes: [UInt8]
    let count: Int
    let delimiter: UInt8

    public init(_ cells: [String], dialect: CSVOutputDialect = .rfc4180) {
        var encoder = CSVRowEncoder(dialect: dialect)
        for text in cells { encoder.cell(text) }
        bytes = encoder.bytes
        count = cells.count
        delimiter = dialect.delimiter
    }

    public init(_ cell: String, dialect: CSVOutputDialect = .rfc4180) {
        self.init([cell], dialect: dialect)
    }
}
