/// Detects a file's delimiter, line ends and header line from a sample of its text.
///
/// Delimiter choice follows CleverCSV's data-consistency measure (van den Burg et al., 2019): for
/// each candidate, the sample is split into rows and scored by how consistent the row lengths are
/// (pattern score) times the share of cells that look like a value rather than a fragment holding
/// another candidate delimiter (type score). A leading `sep=X` line, as Excel writes it, wins outright.
struct DialectSniffer {
    var quote: UInt8 = UInt8(ascii: "\"")

    /// One row of the sample: its first physical line and its cells.
    struct SampleRow {
        var line: Int
        var cells: [String]
        var text: String
    }

    /// Sniffs `sample`, the start of the file's text. `complete` is true when the sample is the
    /// whole file (its last row is then not cut off). `forcedDelimiter` skips detection.
    func sniff(_ sample: [UInt8], complete: Bool, forcedDelimiter: UInt8?, path: String) throws(CSVError) -> CSVDialect {
        var dialect = CSVDialect(quote: quote)
        dialect.lineTerminator = sample.contains(UInt8(ascii: "\n")) || !sample.contains(UInt8(ascii: "\r"))
            ? UInt8(ascii: "\n") : UInt8(ascii: "\r")
        var firstLine = 1
        var body = sample[...]
        if let (sep, length) = Self.sepHint(sample) {
            dialect.delimiter = sep
            dialect.delimiterReason = "sep= line"
            dialect.preamble = [String(decoding: sample[0..<length], as: UTF8.self)
                .trimmingCharacters(in: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])]
            firstLine = 2
            body = sample[length...]
        }
        if let forcedDelimiter {
            dialect.delimiter = forcedDelimiter
            dialect.delimiterReason = "explicit"
        } else if dialect.delimiterReason != "sep= line" {
            try chooseDelimiter(Array(body), complete: complete, into: &dialect, path: path)
        }
        let rows = split(Array(body), delimiter: dialect.delimiter, firstLine: firstLine,
                         lineTerminator: dialect.lineTerminator, complete: complete)
        guard let header = Self.headerRow(rows) else {
            if rows.isEmpty { throw .empty(path: path) }
            dialect.headerLine = rows[0].line
            return dialect
        }
        dialect.headerLine = rows[header].line
        dialect.preamble += rows[0..<header].map(\.text)
        return dialect
    }

    /// Recognises Excel's `sep=;` first line; returns the delimiter and the line's length.
    static func sepHint(_ sample: [UInt8]) -> (UInt8, Int)? {
        let prefix = Array("sep=".utf8)
        guard sample.count >= 5, sample[0..<4].map({ $0 | 0x20 }) == prefix else { return nil }
        let delimiter = sample[4]
        guard delimiter != UInt8(ascii: "\n") && delimiter != UInt8(ascii: "\r") && delimiter != UInt8(ascii: "\"") else { return nil }
        var end = 5
        while end < sample.count, sample[end] == UInt8(ascii: "\r") || sample[end] == UInt8(ascii: "\"") { end += 1 }
        guard end < sample.count, sample[end] == UInt8(ascii: "\n") else { return nil }
        return (delimiter, end + 1)
    }

    private func chooseDelimiter(_ body: [UInt8], complete: Bool, into dialect: inout CSVDialect, path: String) throws(CSVError) {
        var scored: [(delimiter: UInt8, score: Double, width: Int)] = []
        for candidate in CSVDialect.candidates {
            let rows = split(body, delimiter: candidate, firstLine: 1, lineTerminator: dialect.lineTerminator, complete: complete)
            scored.append((candidate, Self.consistency(rows, delimiter: candidate), Self.modalWidth(rows)))
        }
        let ranked = scored.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
        let best = ranked[0], second = ranked[1]
        let describe = ranked.filter { $0.score > 0 }
            .map { "\(CSVDialect.name(of: $0.delimiter)) \(String(format2: $0.score))" }.joined(separator: ", ")
        dialect.delimiter = best.score > 0 ? best.delimiter : UInt8(ascii: ",")
        dialect.delimiterReason = best.score > 0
            ? "detected (consistency scores: \(describe))"
            : "default: no candidate splits the sample into columns (one column?)"
        guard best.score > 0, second.score > 0 else { return }
        if second.score >= best.score * 0.99 && best.width > 1 && second.width > 1 {
            throw .ambiguousDelimiter(path: path, candidates: [best, second].map { "'\(CSVDialect.name(of: $0.delimiter))'" })
        }
        if second.score >= best.score * 0.9 {
            dialect.warnings.append("delimiter '\(CSVDialect.name(of: best.delimiter))' was chosen over '\(CSVDialect.name(of: second.delimiter))' by a small margin (\(describe)); set 'delimiter:' if it is wrong")
        }
    }

    /// CleverCSV's pattern score times type score.
    static func consistency(_ rows: [SampleRow], delimiter: UInt8) -> Double {
        guard !rows.isEmpty else { return 0 }
        var countsByWidth: [Int: Int] = [:]
        var cells = 0, typed = 0
        let others = Set(CSVDialect.candidates.filter { $0 != delimiter })
        for row in rows {
            countsByWidth[row.cells.count, default: 0] += 1
            for cell in row.cells {
                cells += 1
                if Self.looksTyped(cell, others: others) { typed += 1 }
            }
        }
        var pattern = 0.0
        for (width, count) in countsByWidth {
            pattern += Double(count) * Double(width - 1) / Double(width)
        }
        pattern /= Double(countsByWidth.count)
        pattern /= Double(rows.count)
        let type = cells == 0 ? 0 : Double(typed) / Double(cells)
        return pattern * max(type, 0.01)
    }

    /// A cell looks like a value when it holds no other candidate delimiter, or is a number such
    /// as `1,5` whose comma is a decimal mark.
    static func looksTyped(_ cell: String, others: Set<UInt8>) -> Bool {
        if !cell.utf8.contains(where: others.contains) { return true }
        var sawDigit = false
        for byte in cell.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: " "): continue
            default: return false
            }
        }
        return sawDigit
    }

    static func modalWidth(_ rows: [SampleRow]) -> Int {
        var counts: [Int: Int] = [:]
        for row in rows { counts[row.cells.count, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 0
    }

    /// The header is the first row that fits the table's width with at least half its cells
    /// filled; rows before it (report titles, "Stand: …" lines, filters) are preamble.
    ///
    /// Titles, "Stand: …" lines and report footers are one-cell rows; in a short export they
    /// outnumber the data rows, so the width is taken among the wider rows only (and not from rows
    /// of empty cells, which the reader skips as blank lines). A row fits a width
    /// as the reader accepts it: that many cells, or more with only empty ones beyond (Excel pads
    /// rows with delimiters), so `3,Clara,Köln,,` counts for a table 3 wide.
    static func headerRow(_ rows: [SampleRow]) -> Int? {
        let wide = rows.filter {
            $0.cells.count > 1 && $0.cells.contains { !$0.isEmpty } && !ReportFooter.matches(cells: $0.cells)
        }
        let spans = (wide.isEmpty ? rows : wide).map(Self.widthSpan)
        var best = (width: 0, rows: 0)
        for width in Set(spans.flatMap { [$0.lowerBound, $0.upperBound] }).sorted() where width > 0 {
            let fitting = spans.count { $0.contains(width) }
            if fitting > best.rows { best = (width, fitting) }
        }
        let width = best.width
        guard width > 0 else { return nil }
        let limit = min(rows.count, 60)
        for index in 0..<limit where widthSpan(rows[index]).contains(width) {
            let filled = rows[index].cells.filter { !$0.isEmpty }.count
            if filled >= max(1, (width + 1) / 2) { return index }
        }
        return nil
    }

    /// The table widths a row fits: from its cells without the trailing empty ones to all of them.
    static func widthSpan(_ row: SampleRow) -> ClosedRange<Int> {
        let filled = (row.cells.lastIndex { !$0.isEmpty } ?? -1) + 1
        return min(filled, row.cells.count)...row.cells.count
    }

    /// A forgiving quote-aware split of the sample, enough to score candidates; the real parse is
    /// libcsv's. Blank lines are skipped; an unfinished last row of a partial sample is dropped
    /// unless no row is complete.
    func split(_ text: [UInt8], delimiter: UInt8, firstLine: Int, lineTerminator: UInt8, complete: Bool) -> [SampleRow] {
        var rows: [SampleRow] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var inQuotes = false
        var line = firstLine
        var rowLine = firstLine
        var rowStart = 0
        var i = 0
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        func endRow(at end: Int) {
            cells.append(String(decoding: cell, as: UTF8.self).trimmingCharacters(in: [0x20, 0x09]))
            cell.removeAll(keepingCapacity: true)
            if !(cells.count == 1 && cells[0].isEmpty) {
                let raw = String(decoding: text[rowStart..<end], as: UTF8.self)
                rows.append(SampleRow(line: rowLine, cells: cells, text: raw))
            }
            cells.removeAll(keepingCapacity: true)
        }
        while i < text.count {
            let byte = text[i]
            if inQuotes {
                if byte == quote {
                    if i + 1 < text.count && text[i + 1] == quote { cell.append(quote); i += 1 } else { inQuotes = false }
                } else {
                    if byte == lineTerminator { line += 1 }
                    cell.append(byte)
                }
            } else if byte == quote && cell.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                inQuotes = true
                cell.removeAll(keepingCapacity: true)
            } else if byte == delimiter {
                cells.append(String(decoding: cell, as: UTF8.self).trimmingCharacters(in: [0x20, 0x09]))
                cell.removeAll(keepingCapacity: true)
            } else if byte == lineTerminator || (byte == cr && lineTerminator == lf) {
                if byte == cr && i + 1 < text.count && text[i + 1] == lf { i += 1 }
                endRow(at: byte == cr && lineTerminator == lf ? i - 1 : i)
                line += 1
                rowLine = line
                rowStart = i + 1
            } else {
                cell.append(byte)
            }
            i += 1
        }
        // A partial sample's unfinished last row is left out (its width is cut off), unless it is
        // the only row: a header wider than the sample (100,000 columns) is still a header.
        if (complete || rows.isEmpty) && (!cell.isEmpty || !cells.isEmpty) { endRow(at: text.count) }
        return rows
    }
}

extension String {
    /// Two decimals without Foundation's locale-dependent formatting.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Trims the given ASCII bytes from both ends.
    func trimmingCharacters(in bytes: Set<UInt8>) -> String {
        var view = Substring(self).utf8[...]
        while let first = view.first, bytes.contains(first) { view = view.dropFirst() }
        while let last = view.last, bytes.contains(last) { view = view.dropLast() }
        return String(decoding: view, as: UTF8.self)
    }
}
