import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass of ``CSVReader`` over its file: feeds libcsv line by line, tracks physical lines,
/// recovers from parse errors and hands rows out in batches. A struct so the hot loop keeps its
/// state in registers; split by concern into `+Recovery`, `+Buffer` and `+Rows`.
struct CSVLineScanner {
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
}

// libcsv callbacks: file-level functions that capture nothing; the batch comes in as `data`.

func fieldCallback(_ field: UnsafeMutableRawPointer?, _ length: Int, _ data: UnsafeMutableRawPointer?) {
    data.unsafelyUnwrapped.assumingMemoryBound(to: RowBatch.self).pointee.appendField(field, length)
}

func rowCallback(_ terminator: Int32, _ data: UnsafeMutableRawPointer?) {
    data.unsafelyUnwrapped.assumingMemoryBound(to: RowBatch.self).pointee.commitRow()
}
