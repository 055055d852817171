import Foundation
import Testing
@testable import LeadreconCSV

/// One logical piece of a line-built fixture: what the reader should make of it. The text may hold
/// line breaks of its own (a multi-line quoted field); the expected physical line of each piece is
/// computed from the pieces before it, so no line number is written by hand.
enum Piece: Sendable {
    /// The header row.
    case header(String)
    /// A data row that must be delivered, with its cells.
    case row(String, [String])
    /// A row that must be rejected with this reason code.
    case reject(String, String)
    /// Text that is not a row: blank lines, preamble, `sep=`.
    case notARow(String)
    /// A CRM report footer ("Grand Totals …"): not a row, counted as a skipped footer.
    case footer(String)

    var text: String {
        switch self {
        case .header(let text), .row(let text, _), .reject(let text, _), .notARow(let text), .footer(let text): text
        }
    }
}

/// A fixture written as pieces joined by line ends, with the expected outcome of every piece.
struct LineFixture: Sendable, CustomTestStringConvertible {
    var name: String
    var pieces: [Piece]
    /// Line ends, used in turn after each piece (one entry: the same everywhere).
    var endings: [String] = ["\n"]
    /// Whether the last piece is followed by a line end too.
    var finalLineEnd = true
    var options = CSVReadOptions()

    var testDescription: String { name }

    var bytes: [UInt8] {
        var text = ""
        for (index, piece) in pieces.enumerated() {
            text += piece.text
            if index < pieces.count - 1 || finalLineEnd { text += endings[index % endings.count] }
        }
        return Array(text.utf8)
    }

    /// The physical line (1-based) each piece starts on: lines end at LF, at CRLF and at a lone CR.
    var startLines: [Int] {
        var line = 1
        var lines: [Int] = []
        for (index, piece) in pieces.enumerated() {
            lines.append(line)
            let text = piece.text + endings[index % endings.count]
            line += Self.lineEnds(in: text)
        }
        return lines
    }

    static func lineEnds(in text: String) -> Int {
        var count = 0
        var previousCR = false
        for byte in text.utf8 {
            if byte == 0x0A { if !previousCR { count += 1 } } else if byte == 0x0D { count += 1 }
            previousCR = byte == 0x0D
        }
        return count
    }
}

/// Checks rows, reject lines and reasons, and the ledger against a fixture's pieces.
func expectOutcome(_ fixture: LineFixture, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let result = try read(bytes: fixture.bytes, options: fixture.options)
    var header: [String]?
    var rows: [[String]] = [], rowLines: [Int] = [], rejects: [String] = [], footers = 0
    for (piece, line) in zip(fixture.pieces, fixture.startLines) {
        switch piece {
        case .header(let text):
            header = text.split(separator: Character(UnicodeScalar(result.dialect.delimiter)), omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(result.dialect.headerLine == line, "header line", sourceLocation: sourceLocation)
        case .row(_, let cells):
            rows.append(cells)
            rowLines.append(line)
        case .reject(_, let code):
            rejects.append("\(line):\(code)")
        case .footer:
            footers += 1
        case .notARow:
            break
        }
    }
    if let header { #expect(result.header == header, sourceLocation: sourceLocation) }
    #expect(result.rows == rows, sourceLocation: sourceLocation)
    #expect(result.lines == rowLines, sourceLocation: sourceLocation)
    #expect(result.rejects.map { "\($0.line):\($0.reason.code)" } == rejects, sourceLocation: sourceLocation)
    #expect(result.counts.rowsRead == rows.count + rejects.count, sourceLocation: sourceLocation)
    #expect(result.counts.footerRowsSkipped == footers, sourceLocation: sourceLocation)
    #expect(result.counts.rowsRead == result.counts.rowsDelivered + result.counts.rowsRejected, sourceLocation: sourceLocation)
}

func options(maxFieldBytes: Int) -> CSVReadOptions {
    var options = CSVReadOptions()
    options.maxFieldBytes = maxFieldBytes
    return options
}

@Suite struct MalformedInputTests {
    // MARK: Rows the reader rejects or skips, with the lines they stand on

    static let lineFixtures: [LineFixture] = [
        // Without padding the title, "Stand:" and footer lines (one cell each) outnumbered the two
        // data rows, so the sniffer took "Offene Leads nach Quelle" for a one-column header and
        // rejected every real row as field_count.
        LineFixture(name: "Salesforce report with preamble and footers, not padded",
                    pieces: salesforceReport(padded: false, quoted: false)),
        LineFixture(name: "Salesforce report with preamble and footers, quoted, not padded",
                    pieces: salesforceReport(padded: false, quoted: true), endings: ["\r\n"]),
        // Padded to the header's width, the blank line before the footer is `;;`; it was loaded as
        // a record of three empty fields. Policy: a row whose fields are all empty is a blank line.
        LineFixture(name: "Salesforce report with preamble and footers, padded with ;",
                    pieces: salesforceReport(padded: true, quoted: false)),
        LineFixture(name: "Salesforce report with preamble and footers, quoted, padded with ;",
                    pieces: salesforceReport(padded: true, quoted: true), endings: ["\r\n"]),
        LineFixture(name: "rows of empty fields are blank lines, wherever they stand", pieces: [
            .notARow(",,"),
            .header("a,b,c"),
            .notARow(",,"),
            .row("1,,", ["1", "", ""]),
            .notARow("\"\",\"\",\"\""),
            .notARow(",,,,"),
            .notARow(","),
            .reject(",2", "field_count"),
            .row(",,3", ["", "", "3"]),
        ]),
        LineFixture(name: "oversize field on one line (limit 16 bytes)", pieces: [
            .header("id,note"),
            .reject("1,abcdefghijklmnopqrstuvwxyz", "oversize_field"),
            .reject("2,\"abcdefghijklmnopqrstuvwxyz\"", "oversize_field"),
            .row("3,sixteen bytes!!", ["3", "sixteen bytes!!"]),
        ], options: options(maxFieldBytes: 16)),
        // A long note that closes properly is one oversize row: its inner lines must not come back
        // as rows of their own (they did: "ijklmnop" as field_count, `qrstuvwxyz"` as a stray quote).
        LineFixture(name: "oversize field inside a multi-line quoted field (limit 16 bytes)", pieces: [
            .header("id,note"),
            .reject("1,\"abcdefgh\nijklmnop\nqrstuvwxyz\"", "oversize_field"),
            .row("2,ok", ["2", "ok"]),
            .reject("3,\"abcdefghijklmnopqrstuvwxyz\nmore\",x", "oversize_field"),
            .row("4,\"short\nnote\"", ["4", "short\nnote"]),
        ], options: options(maxFieldBytes: 16)),
    ]

    /// A Salesforce report export as German Excel saves it: title and "Stand:" lines before the
    /// header, a blank line, then the report footer.
    static func salesforceReport(padded: Bool, quoted: Bool) -> [Piece] {
        let pad = padded ? ";;" : ""
        func cell(_ text: String) -> String { (quoted ? "\"\(text)\"" : text) + pad }
        return [
            .notARow(cell("Offene Leads nach Quelle")),
            .notARow(cell("Stand: 27.11.2026")),
            .notARow(pad),
            .header("Name;E-Mail;Betrag"),
            .row("Müller;mueller@example.de;1,5", ["Müller", "mueller@example.de", "1,5"]),
            .row("Schmidt;schmidt@example.de;2,25", ["Schmidt", "schmidt@example.de", "2,25"]),
            .notARow(pad),
            .footer(cell("Grand Totals (2 records)")),
            .notARow(pad),
            .footer(cell("Confidential Information - Do Not Distribute")),
            .footer(cell("Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.")),
        ]
    }

    @Test(arguments: lineFixtures)
    func rejectsAndLines(_ fixture: LineFixture) throws {
        try expectOutcome(fixture)
    }

    // MARK: Options

    /// A line end as the delimiter read `a,b,c⏎1,2,3` as the header ["a,b,c", "1,2,3", ""].
    @Test(arguments: [
        CSVReadOptions(delimiter: 0x0A), CSVReadOptions(delimiter: 0x0D),
        CSVReadOptions(delimiter: UInt8(ascii: "'"), quote: UInt8(ascii: "'")),
        CSVReadOptions(quote: 0x0A), CSVReadOptions(maxFieldBytes: 0),
    ])
    func optionsThatCannotDescribeCSVAreRefused(_ options: CSVReadOptions) throws {
        let error = #expect(throws: CSVError.self) { try read("a,b,c\n1,2,3\n", options: options) }
        guard case .invalidOptions = error else { Issue.record("expected invalidOptions, got \(String(describing: error))"); return }
    }

    // MARK: Size

    /// 100,000 columns make a header line of ~590 KB, longer than the 64 KiB sniffing sample; the
    /// sniffer saw no complete row and the file was refused as empty.
    @Test func oneHundredThousandColumns() throws {
        let width = 100_000
        let header = (0..<width).map { "c\($0)" }.joined(separator: ",")
        let row = (0..<width).map { "\($0)" }.joined(separator: ",")
        let result = try read(header + "\n" + row + "\n" + row + ",\n")
        #expect(result.header.count == width)
        #expect(result.header.last == "c99999")
        #expect(result.rows.count == 2)
        #expect(result.rows.allSatisfy { $0.count == width && $0[width - 1] == "99999" })
        #expect(result.lines == [2, 3])
        #expect(result.counts.rowsRead == 2 && result.rejects.isEmpty)
    }

    // MARK: Encodings

    /// The reader's first block is the 64 KiB sniffing sample; a `€` (3 bytes) placed across every
    /// offset near that boundary is cut in two at least once. The file is valid UTF-8 throughout and
    /// was reported as windows-1252 (the two halves each failed validation).
    @Test(arguments: 65_530..<65_540)
    func utf8SequenceCutByTheBlockEndStaysUTF8(euroAt offset: Int) throws {
        var text = "id,name\n"
        var id = 0
        while text.utf8.count < offset - 64 {
            text += "\(id),Zeile \(id)\n"
            id += 1
        }
        let prefix = "\(id),"
        text += prefix + String(repeating: "x", count: offset - text.utf8.count - prefix.utf8.count) + "€\n"
        #expect(Array(text.utf8)[offset] == 0xE2)
        text += (id + 1..<id + 50).map { "\($0),ok\n" }.joined()
        let result = try read(text)
        #expect(result.encoding == EncodingReport(encoding: .utf8, hadBOM: false, windows1252Lines: 0, utf8MultibyteLines: 1))
        #expect(result.rows[id][0] == "\(id)")
        #expect(result.rows[id][1].hasSuffix("x€"))
        #expect(result.rejects.isEmpty)
    }

    @Test func oversizeRejectSpansTheRowsLines() throws {
        let result = try read("id,note\n1,\"abcdefgh\nijklmnop\nqrstuvwxyz\"\n2,ok\n", options: options(maxFieldBytes: 16))
        #expect(result.rejects.map { [$0.line, $0.endLine] } == [[2, 4]])
        #expect(result.rejects.first?.raw == "1,\"abcdefgh\nijklmnop\nqrstuvwxyz\"")
    }
}
