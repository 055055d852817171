import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CSVLineScanner {

    mutating func recoverFromParseError() throws {
        let reason: RejectReason = parser.pointee.pstate == 3 ? .textAfterClosingQuote : .quoteInUnquotedField
        let startLine = batch.pointee.pendingStartLine
        let currentLine = batch.pointee.currentLine
        if currentLine > startLine && parser.pointee.quoted != 0 {
            // The quote that opened on the row's first line swallowed later lines: reject that
            // line alone and read the following lines again as rows of their own.
            try rejectFirstLineAndResync()
            return
        }
        try flushRows()
        let raw = rawText(batch.pointee.pendingRawStart, batch.pointee.segmentRawEnd)
        batch.pointee.discardPendingRow()
        resetParser()
        if !atLineStart { skippingLine = true }
        try rejectRow(RejectedRow(line: startLine, endLine: currentLine, reason: reason, raw: raw))
    }

    mutating func recoverFromOversize() throws {
        let startLine = batch.pointee.pendingStartLine
        if batch.pointee.currentLine > startLine && parser.pointee.quoted != 0 {
            try rejectFirstLineAndResync()
            return
        }
        try flushRows()
        let raw = rawText(batch.pointee.pendingRawStart, batch.pointee.segmentRawEnd)
        let currentLine = batch.pointee.currentLine
        batch.pointee.discardPendingRow()
        resetParser()
        if !atLineStart { skippingLine = true }
        try rejectRow(RejectedRow(line: startLine, endLine: currentLine,
                                  reason: .oversizeField(limit: reader.options.maxFieldBytes), raw: raw))
    }

    /// Rejects the pending row's first line as an unterminated quote and rewinds to the line after it.
    mutating func rejectFirstLineAndResync() throws {
        try flushRows()
        let start = batch.pointee.pendingRawStart
        let startLine = batch.pointee.pendingStartLine
        let next = memchr(buffer + start, Int32(terminator), end - start)
            .map { $0.assumingMemoryBound(to: UInt8.self) - buffer + 1 } ?? end
        var rawEnd = next
        if rawEnd > start && buffer[rawEnd - 1] == terminator { rawEnd -= 1 }
        if rawEnd > start && buffer[rawEnd - 1] == 0x0D { rawEnd -= 1 }
        let raw = rawText(start, rawEnd)
        batch.pointee.discardPendingRow()
        resetParser()
        scan = next
        atLineStart = true
        skippingLine = false
        classifyCarry = 0
        lineHas1252 = false
        lineHasMultibyte = false
        batch.pointee.currentLine = startLine
        try rejectRow(RejectedRow(line: startLine, endLine: startLine, reason: .unterminatedQuote, raw: raw))
    }

    mutating func rejectRow(_ rejected: RejectedRow) throws {
        if rejected.line < reader.dialect.headerLine { return }
        if headerWidth < 0 {
            throw CSVError.malformedHeader(path: reader.path, line: rejected.line, reason: rejected.reason.description)
        }
        reader.counts.rowsRead += 1
        reader.counts.rowsRejected += 1
        try reject(rejected)
    }

    func rawText(_ start: Int, _ stop: Int) -> String {
        let length = max(0, stop - start)
        let kept = min(length, RejectedRow.rawLimit)
        var bytes: [UInt8] = []
        Windows1252.decode(UnsafeBufferPointer(start: buffer + start, count: kept), forceAll: forced1252, into: &bytes)
        var text = String(decoding: bytes, as: UTF8.self)
        if kept < length { text += " … [\(length - kept) more bytes]" }
        return text
    }
}
