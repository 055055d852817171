import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CSVLineScanner {

    /// Hands completed rows to the consumer (or the ledger) and rewinds the batch.
    mutating func flushRows() throws {
        let b = batch.pointee
        for index in 0..<b.rowsCount {
            let mark = b.rows[index]
            if mark.startLine < reader.dialect.headerLine { continue }
            try handle(mark, b)
        }
        batch.pointee.rewind()
    }

    mutating func handle(_ mark: RowBatch.Mark, _ b: RowBatch) throws {
        var row = CSVRow(line: mark.startLine, count: mark.fieldCount, bytes: b.bytes, ends: b.ends, firstField: mark.firstField)
        if mark.flags & RowBatch.Flag.needsTranscoding != 0 {
            transcode(row)
            try transcoded.withUnsafeBufferPointer { bytes in
                try transcodedEnds.withUnsafeBufferPointer { ends in
                    try handleDecoded(CSVRow(line: mark.startLine, count: mark.fieldCount,
                                             bytes: bytes.baseAddress ?? UnsafePointer(b.bytes),
                                             ends: ends.baseAddress!, firstField: 0), mark)
                }
            }
            return
        }
        row = CSVRow(line: mark.startLine, count: mark.fieldCount, bytes: b.bytes, ends: b.ends, firstField: mark.firstField)
        try handleDecoded(row, mark)
    }

    mutating func transcode(_ row: CSVRow) {
        transcoded.removeAll(keepingCapacity: true)
        transcodedEnds.removeAll(keepingCapacity: true)
        for index in 0..<row.count {
            Windows1252.decode(row[index], forceAll: forced1252, into: &transcoded)
            transcodedEnds.append(transcoded.count)
        }
    }

    mutating func handleDecoded(_ row: CSVRow, _ mark: RowBatch.Mark) throws {
        // A row of empty fields is a blank line as Excel saves it (`;;;`, between the data and
        // a report footer): like a blank line it is not a row. (An oversize field is stored
        // empty, so such a row is not blank.)
        if row.isBlank && mark.flags & RowBatch.Flag.oversizeField == 0 { return }
        if headerWidth < 0 {
            reader.header = row.strings
            headerWidth = row.count
            return
        }
        if reader.options.skipReportFooters && ReportFooter.matches(row) {
            reader.counts.footerRowsSkipped += 1
            return
        }
        let failure: RejectReason?
        if mark.flags & RowBatch.Flag.nulByte != 0 {
            failure = .nulByte
        } else if mark.flags & RowBatch.Flag.oversizeField != 0 {
            failure = .oversizeField(limit: reader.options.maxFieldBytes)
        } else if row.count != headerWidth && !fitsPadding(row) {
            failure = .fieldCount(expected: headerWidth, found: row.count)
        } else {
            failure = nil
        }
        if let failure {
            try rejectRow(RejectedRow(line: mark.startLine, endLine: mark.endLine, reason: failure,
                                      raw: rawText(mark.rawStart, mark.rawEnd)))
            return
        }
        reader.counts.rowsRead += 1
        reader.counts.rowsDelivered += 1
        // Trailing empty fields beyond the header (Excel pads rows with delimiters) are dropped.
        try deliver(CSVRow(line: row.line, count: headerWidth, bytes: row.bytes, ends: row.ends, firstField: row.firstField))
    }

    /// Whether a row wider than the header is padding, not data: only empty cells past the
    /// header, and the same width as the padding the file's first loaded row showed. A row
    /// whose extra cell comes from an unquoted delimiter inside a value (`Becker; Söhne`) shifts
    /// its columns and is rejected even when its last cell happens to be empty.
    mutating func fitsPadding(_ row: CSVRow) -> Bool {
        guard row.count > headerWidth, (headerWidth..<row.count).allSatisfy({ row[$0].isEmpty }) else { return false }
        if paddedWidth < 0 && reader.counts.rowsDelivered == 0 { paddedWidth = row.count }
        return row.count == paddedWidth
    }
}
