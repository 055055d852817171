import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CSVLineScanner {

    /// Reads the next block; keeps the row being parsed in the buffer for the rejects ledger.
    mutating func refill() throws -> Bool {
        let keepFrom = parser.pointee.pstate == 0 && !skippingLine
            ? scan - classifyCarry : min(batch.pointee.pendingRawStart, scan - classifyCarry)
        let kept = end - keepFrom
        if keepFrom > 0 {
            if kept > 0 { buffer.update(from: buffer + keepFrom, count: kept) }
            batch.pointee.shiftRawOffsets(by: keepFrom)
            scan -= keepFrom
            end = kept
        }
        if capacity - end < 1 << 19 {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        let n = try reader.source.read(into: buffer + end, capacity: capacity - end)
        reader.counts.bytesRead += n
        end += n
        return n > 0
    }

    mutating func finish() throws {
        if parser.pointee.pstate == 2 && parser.pointee.quoted != 0 {
            try rejectFirstLineAndResync()
            // Lines after the bad quote are still in the buffer: read them as rows.
            while scan < end {
                try step()
                if batch.pointee.rowsCount >= 1024 { try flushRows() }
            }
            try finish()
            return
        }
        if !skippingLine { classify(scan, scan, lineEnded: true) }
        batch.pointee.segmentRawEnd = scan
        csv_fini(parser, fieldCallback, rowCallback, batch)
        try flushRows()
        reader.counts.physicalLines = batch.pointee.currentLine
        if headerWidth < 0 { throw CSVError.empty(path: reader.path) }
    }
}
