import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams a CSV file through libcsv, row by row, keeping physical line numbers and sending every
/// row it cannot load to the caller's rejects ledger.
///
/// libcsv is used in strict mode and fed one physical line at a time, so the reader knows which
/// line each row starts and ends on (libcsv reports none). A row is committed only at its end;
/// after a parse error the parser is reset (libcsv errors are sticky) and reading resumes on the
/// next line. Memory stays flat: the input buffer holds one block plus the row being parsed.
public final class CSVReader {
    public let path: String
    public let options: CSVReadOptions
    /// The detected or configured layout.
    public private(set) var dialect: CSVDialect
    /// The header row's cells.
    public private(set) var header: [String] = []
    public private(set) var counts = CSVReadCounts()
    private let source: InputSource
    private var utf8Lines = 0
    private var windows1252Lines = 0

    /// Opens `path`, detects its encoding and dialect (unless fixed in `options`) and reads the header.
    public init(path: String, options: CSVReadOptions = CSVReadOptions()) throws(CSVError) {
        self.path = path
        self.options = options
        if let problem = options.problem { throw .invalidOptions(path: path, reason: problem) }
        source = try InputSource(path: path, encoding: options.encoding)
        let sampleSize = 64 * 1024
        let sample = try source.peek(count: sampleSize)
        if sample.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty(path: path) }
        dialect = try DialectSniffer(quote: options.quote)
            .sniff(sample, complete: sample.count < sampleSize, forcedDelimiter: options.delimiter, path: path)
    }

    /// How the text was decoded; complete once ``read(row:reject:)`` has finished.
    public var encoding: EncodingReport {
        var encoding = source.detected
        if encoding == .utf8 && windows1252Lines > 0 && utf8Lines == 0 { encoding = .windows1252 }
        return EncodingReport(encoding: encoding, hadBOM: source.hadBOM,
                              windows1252Lines: encoding == .windows1252 ? 0 : windows1252Lines,
                              utf8MultibyteLines: utf8Lines)
    }

    /// Reads every row. `row` receives each loadable data row (the header is in ``header`` before the
    /// first call), `reject` each row that is not loaded. Errors thrown by either stop reading and
    /// are rethrown.
    public func read(row: (CSVRow) throws -> Void, reject: (RejectedRow) throws -> Void) throws {
        try withoutActuallyEscaping(row) { row in
            try withoutActuallyEscaping(reject) { reject in
                var scanner = LineScanner(reader: self, row: row, reject: reject)
                try scanner.run()
            }
        }
        counts._checkInvariants()
    }

    // MARK: - The parse loop

    /// The state of one pass over the file; a struct so the hot loop keeps it in registers.
    private struct LineScanner {
        let reader: CSVReader
        let deliver: (CSVRow) throws -> Void
        let reject: (RejectedRow) throws -> Void
        let parser: UnsafeMutablePointer<csv_parser>
        let batch: UnsafeMutablePointer<RowBatch>
        var buffer: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var end = 0
        var scan = 0
        var atLineStart = true
        /// Discarding input up to the next line end (after an oversize field on one line).
        var skippingLine = false
        var headerWidth = -1
        /// The width of rows padded with trailing delimiters (`a;b;c;` under `A;B;C`), when the
        /// file's first loadable row shows that padding; -1 otherwise.
        var paddedWidth = -1
        let terminator: UInt8
        let forced1252: Bool
        var transcoded: [UInt8] = []
        var transcodedEnds: [Int] = []
        /// Bytes at the end of the last segment that begin a UTF-8 sequence cut off by the end of
        /// the buffer; they are classified together with the next segment.
        var classifyCarry = 0
        /// What the current physical line holds so far, for the encoding report (one count per line).
        var lineHasMultibyte = false
        var lineHas1252 = false
        /// The last line counted in the encoding report (lines read again after a resync are not).
        var countedLines = 0

        init(reader: CSVReader, row: @escaping (CSVRow) throws -> Void, reject: @escaping (RejectedRow) throws -> Void) {
            self.reader = reader
            deliver = row
            self.reject = reject
            parser = .allocate(capacity: 1)
            batch = .allocate(capacity: 1)
            batch.initialize(to: RowBatch(maxFieldBytes: reader.options.maxFieldBytes))
            capacity = 1 << 20
            buffer = .allocate(capacity: capacity)
            terminator = reader.dialect.lineTerminator
            if case .forced(.windows1252) = reader.options.encoding { forced1252 = true } else { forced1252 = false }
            resetParser(initial: true)
        }

        func resetParser(initial: Bool = false) {
            if !initial { csv_free(parser) }
            csv_init(parser, UInt8(CSV_STRICT))
            csv_set_delim(parser, reader.dialect.delimiter)
            csv_set_quote(parser, reader.dialect.quote)
            // libcsv grows its field buffer by this much; the default (128 bytes) reallocates a
            // 1 MiB field 8,000 times.
            csv_set_blk_size(parser, 64 * 1024)
        }

        mutating func run() throws {
            defer {
                csv_free(parser)
                parser.deallocate()
                batch.pointee.deallocate()
                batch.deallocate()
                buffer.deallocate()
            }
            while true {
                if scan == end {
                    try flushRows()
                    if try !refill() { break }
                    continue
                }
                try step()
                if batch.pointee.rowsCount >= 1024 { try flushRows() }
            }
            try finish()
        }

        /// Feeds libcsv the rest of the current physical line (or what of it is in the buffer).
        mutating func step() throws {
            let segmentStart = scan
            let available = end - scan
            var newline = memchr(buffer + scan, Int32(terminator), available)
            var segmentEnd = newline.map { $0.assumingMemoryBound(to: UInt8.self) - buffer + 1 } ?? end
            // libcsv ends a row at a lone CR too. In an LF file such a CR splits the line into two
            // rows, so it ends the segment: each row then gets its own NUL and encoding flags and
            // its own raw text (otherwise the first row took both rows' flags).
            var loneCR = -1
            if terminator == 0x0A && !skippingLine {
                let textEnd = newline == nil ? segmentEnd : segmentEnd - 1
                if let cr = memchr(buffer + segmentStart, 0x0D, textEnd - segmentStart) {
                    let at = cr.assumingMemoryBound(to: UInt8.self) - buffer
                    if at + 1 < textEnd {
                        loneCR = at
                        segmentEnd = at + 1
                        newline = nil
                    }
                }
            }
            if skippingLine {
                scan = segmentEnd
                classifyCarry = 0
                if newline != nil { skippingLine = false; atLineStart = true; countLine() }
                return
            }
            if atLineStart {
                atLineStart = false
                batch.pointee.currentLine += 1
                batch.pointee.lineStart = segmentStart
                if parser.pointee.pstate == 0 {
                    batch.pointee.pendingStartLine = batch.pointee.currentLine
                    batch.pointee.pendingRawStart = segmentStart
                }
            } else if parser.pointee.pstate == 0 {
                // A row starts mid-line, after a lone CR.
                batch.pointee.pendingRawStart = segmentStart
            }
            var rawEnd = segmentEnd
            if loneCR >= 0 {
                rawEnd = loneCR
            } else if newline != nil {
                rawEnd -= 1
                if rawEnd > segmentStart && buffer[rawEnd - 1] == 0x0D { rawEnd -= 1 }
            }
            batch.pointee.segmentRawEnd = rawEnd
            classify(segmentStart, segmentEnd, lineEnded: newline != nil)
            let length = segmentEnd - segmentStart
            let consumed = csv_parse(parser, buffer + segmentStart, length, fieldCallback, rowCallback, batch)
            scan = segmentEnd
            if newline != nil { atLineStart = true }
            if consumed < length {
                try recoverFromParseError()
            } else if (parser.pointee.entry_pos > reader.options.maxFieldBytes && parser.pointee.quoted == 0)
                        || end - batch.pointee.pendingRawStart > 16 * max(reader.options.maxFieldBytes, 1 << 16) {
                // An oversize quoted field may still close (a long note over several lines): let it
                // run to its end, where the row is rejected whole as oversize_field (its fields are
                // not stored, see RowBatch.appendField). Only a quote open past 16 times the limit
                // is taken for an unterminated one. Cutting it off earlier would read the rest of
                // the note as rows of their own.
                try recoverFromOversize()
            }
        }

        /// Marks the pending row for NUL bytes and for bytes that are not valid UTF-8. A segment that
        /// stops at the end of the buffer rather than at a line end may cut a UTF-8 sequence in two:
        /// its first bytes wait for the next segment, or a valid file would be reported (and its
        /// rows transcoded) as Windows-1252.
        mutating func classify(_ segmentStart: Int, _ segmentEnd: Int, lineEnded: Bool) {
            let start = segmentStart - classifyCarry
            var stop = segmentEnd
            classifyCarry = lineEnded ? 0 : Self.cutSequenceLength(buffer, start, stop)
            stop -= classifyCarry
            defer { if lineEnded { countLine() } }
            let count = stop - start
            let clean = UTF8Validation.cleanASCIIPrefix(buffer + start, count)
            if clean == count { return }
            // Past the clean prefix: a NUL byte, and/or bytes above 0x7F.
            let rest = UnsafeBufferPointer(start: buffer + start + clean, count: count - clean)
            if memchr(rest.baseAddress!, 0, rest.count) != nil { batch.pointee.pendingFlags |= RowBatch.Flag.nulByte }
            guard rest.contains(where: { $0 >= 0x80 }) else { return }
            if forced1252 || !UTF8Validation.isValid(rest) {
                batch.pointee.pendingFlags |= RowBatch.Flag.needsTranscoding
                lineHas1252 = true
            } else {
                lineHasMultibyte = true
            }
        }

        /// Counts the line just classified in the encoding report, once.
        mutating func countLine() {
            let line = batch.pointee.currentLine
            if line > countedLines {
                if lineHas1252 { reader.windows1252Lines += 1 } else if lineHasMultibyte { reader.utf8Lines += 1 }
                countedLines = line
            }
            lineHas1252 = false
            lineHasMultibyte = false
        }

        /// The length of an incomplete UTF-8 sequence at the end of `start..<stop` (0 when none).
        static func cutSequenceLength(_ buffer: UnsafeMutablePointer<UInt8>, _ start: Int, _ stop: Int) -> Int {
            var k = 1
            while k <= min(3, stop - start) {
                let byte = buffer[stop - k]
                if byte & 0xC0 == 0x80 { k += 1; continue }
                let needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return needed > k ? k : 0
            }
            return 0
        }

        // MARK: Recovery

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

        // MARK: Buffer

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

        // MARK: Rows

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
}

// libcsv callbacks: file-level functions that capture nothing; the batch comes in as `data`.

private func fieldCallback(_ field: UnsafeMutableRawPointer?, _ length: Int, _ data: UnsafeMutableRawPointer?) {
    data.unsafelyUnwrapped.assumingMemoryBound(to: RowBatch.self).pointee.appendField(field, length)
}

private func rowCallback(_ terminator: Int32, _ data: UnsafeMutableRawPointer?) {
    data.unsafelyUnwrapped.assumingMemoryBound(to: RowBatch.self).pointee.commitRow()
}
