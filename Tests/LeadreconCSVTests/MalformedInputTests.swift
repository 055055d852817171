import Foundation
import Testing
@testable import LeadreconCSV

@Suite struct MalformedInputTests {
    // MARK: Rows the reader rejects or skips, with the lines they stand on

    static let lineFixtures: [LineFixture] = [
        LineFixture(name: "text after a closing quote", pieces: [
            .header("id,company,city"),
            .reject("1,\"Acme\" Corp,Köln", "text_after_closing_quote"),
            .row("2,\"Beta GmbH\",Bonn", ["2", "Beta GmbH", "Bonn"]),
            .reject("3,\"Gamma\"x,\"Essen\"", "text_after_closing_quote"),
            .row("4,Delta,Ulm", ["4", "Delta", "Ulm"]),
        ]),
        LineFixture(name: "a quote inside an unquoted field", pieces: [
            .header("id,product,size"),
            .reject("1,Monitor 27\" wide,L", "quote_in_unquoted_field"),
            .reject("2,O\"Brien,M", "quote_in_unquoted_field"),
            .row("3,\"Monitor 27\"\" wide\",L", ["3", "Monitor 27\" wide", "L"]),
        ]),
        // The open quote would swallow lines 3-4 up to the next quote; only its own line is lost.
        LineFixture(name: "unterminated quote in the middle: only its line is lost", pieces: [
            .header("id,company,city"),
            .row("1,Acme,Köln", ["1", "Acme", "Köln"]),
            .reject("2,\"Beta GmbH,Bonn", "unterminated_quote"),
            .row("3,Gamma,Essen", ["3", "Gamma", "Essen"]),
            .row("4,\"Delta\",\"Ulm\"", ["4", "Delta", "Ulm"]),
            .reject("5,\"Epsilon,Trier", "unterminated_quote"),
            .row("6,Zeta,Jena", ["6", "Zeta", "Jena"]),
        ]),
        LineFixture(name: "unterminated quote at the end of the file", pieces: [
            .header("id,company"),
            .row("1,Acme", ["1", "Acme"]),
            .reject("2,\"Beta", "unterminated_quote"),
        ]),
        LineFixture(name: "unterminated quote near the end, no final newline", pieces: [
            .header("id,company"),
            .reject("1,\"Acme", "unterminated_quote"),
            .row("2,Beta", ["2", "Beta"]),
            .row("3,Gamma", ["3", "Gamma"]),
        ], finalLineEnd: false),
        // Ambiguous: the quote on line 3 may close line 2's field (then the row spans 2-3) or open
        // a field of its own (then line 2 is unterminated). The reader takes the second reading
        // (it never loses more than the first) and reads line 3 again, where the stray quote is
        // rejected in turn: two rejects for what may have been one record.
        LineFixture(name: "text after a quote that closes on a later line", pieces: [
            .header("id,note,x"),
            .reject("1,\"a", "unterminated_quote"),
            .reject("b\"x,c", "quote_in_unquoted_field"),
            .row("2,y,z", ["2", "y", "z"]),
        ]),
        LineFixture(name: "NUL bytes", pieces: [
            .header("id,name"),
            .reject("1,Ann\u{0}a", "nul_byte"),
            .row("2,Bernd", ["2", "Bernd"]),
            .reject("3,\"Cla\nra\u{0}\"", "nul_byte"),
            .row("4,Dora", ["4", "Dora"]),
        ]),
        // Rows padded with trailing delimiters are accepted and cut to the header's width when the
        // first loaded row shows that padding, and then only at that width; fewer fields, extra
        // fields holding text, or padding of another width are rejected.
        LineFixture(name: "wrong field count", pieces: [
            .header("id,name,city"),
            .reject("1,Anna", "field_count"),
            .reject("2,Bernd,Bonn,extra", "field_count"),
            .row("3,Clara,Köln,,", ["3", "Clara", "Köln"]),
            .reject("4,Dora,Ulm,\"\"", "field_count"),
            .reject("5", "field_count"),
            .reject("6,Emil,Trier,,x", "field_count"),
        ]),
        // Once a row of the header's width has loaded, a wider row is not padding: an unquoted
        // delimiter inside a value shifted its cells, even if the last one is empty.
        LineFixture(name: "shifted row with an empty last cell", pieces: [
            .header("id;company;country;note"),
            .row("1;Acme AG;DE;", ["1", "Acme AG", "DE", ""]),
            .reject("2;Becker; Söhne GmbH;DE;", "field_count"),
            .row("3;Blautec UG;AT;", ["3", "Blautec UG", "AT", ""]),
        ], delimiter: UInt8(ascii: ";")),
        LineFixture(name: "multi-line quoted fields before a bad row: physical lines, not record numbers", pieces: [
            .header("id,note,owner"),
            .row("1,\"first\nsecond\nthird\",Anna", ["1", "first\nsecond\nthird", "Anna"]),
            .row("2,\"a\r\nb\",Bernd", ["2", "a\r\nb", "Bernd"]),
            .reject("3,\"x\"y,Clara", "text_after_closing_quote"),
            .row("4,\"\n\n\",Dora", ["4", "\n\n", "Dora"]),
            .reject("5,Emil", "field_count"),
            .reject("6,\"multi\nline\",Fritz,extra", "field_count"),
            .row("7,ok,Gerd", ["7", "ok", "Gerd"]),
        ]),
        LineFixture(name: "CRLF line ends", pieces: [
            .header("id,note"),
            .row("1,\"two\r\nlines\"", ["1", "two\r\nlines"]),
            .reject("2,\"x\"y", "text_after_closing_quote"),
            .row("3,c", ["3", "c"]),
        ], endings: ["\r\n"]),
        LineFixture(name: "lone CR line ends (classic Mac)", pieces: [
            .header("id,note"),
            .row("1,a", ["1", "a"]),
            .row("2,\"two\rlines\"", ["2", "two\rlines"]),
            .reject("3", "field_count"),
            .row("4,d", ["4", "d"]),
        ], endings: ["\r"]),
        LineFixture(name: "mixed LF and CRLF line ends", pieces: [
            .header("id,note"),
            .row("1,a", ["1", "a"]),
            .row("2,b", ["2", "b"]),
            .reject("3,\"c", "unterminated_quote"),
            .row("4,d", ["4", "d"]),
            .row("5,e", ["5", "e"]),
        ], endings: ["\n", "\r\n"]),
        // libcsv ends a row at any unquoted CR or LF, so a stray CR inside a line of an LF file
        // splits it into two rows on the same physical line (PapaParse keeps the CR as data).
        LineFixture(name: "a lone CR inside an LF file ends a row", pieces: [
            .header("id,note"),
            .row("1,a", ["1", "a"]),
            .row("2,b", ["2", "b"]),
            .row("3,c", ["3", "c"]),
        ], endings: ["\n", "\r", "\n"]),
        // The second row's NUL byte was blamed on the first row (rejected), and the second row
        // was delivered with the NUL in it.
        LineFixture(name: "a lone CR inside an LF file: each row keeps its own flags", pieces: [
            .header("id,note"),
            .row("1,a", ["1", "a"]),
            .reject("2,b\u{0}c", "nul_byte"),
            .row("3,c", ["3", "c"]),
        ], endings: ["\n", "\r", "\n"]),
        LineFixture(name: "no newline after the last row", pieces: [
            .header("id,note"),
            .row("1,a", ["1", "a"]),
            .row("2,\"b\"", ["2", "b"]),
        ], finalLineEnd: false),
        LineFixture(name: "no newline after a rejected last row", pieces: [
            .header("id,note"),
            .row("1,a", ["1", "a"]),
            .reject("2,\"b\"c", "text_after_closing_quote"),
        ], finalLineEnd: false),
        LineFixture(name: "blank, whitespace-only and trailing blank lines are not rows", pieces: [
            .notARow(""),
            .header("id,note"),
            .notARow(""),
            .row("1,a", ["1", "a"]),
            .notARow("  \t "),
            .row("2,b", ["2", "b"]),
            .notARow(""),
            .notARow(""),
            .notARow(""),
        ]),
        LineFixture(name: "header only", pieces: [.header("id,name,city")]),
        LineFixture(name: "header only, no newline", pieces: [.header("id,name,city")], finalLineEnd: false),
        // Policy: spaces and tabs around unquoted fields are trimmed (libcsv); quoted fields keep
        // theirs, and spaces outside the quotes of a quoted field are dropped.
        LineFixture(name: "spaces around fields", pieces: [
            .header(" id ,\tname\t"),
            .row("  1 , Anna Maria ", ["1", "Anna Maria"]),
            .row("2,\"  Bernd  \"", ["2", "  Bernd  "]),
            .row("3 ,  \" Clara\"  ", ["3", " Clara"]),
        ]),
        LineFixture(name: "sep=; on the first line", pieces: [
            .notARow("sep=;"),
            .header("Name;Betrag;Anteil"),
            .row("Müller;1,5;2,25", ["Müller", "1,5", "2,25"]),
            .row("Schmidt;3,75;0,5", ["Schmidt", "3,75", "0,5"]),
        ], endings: ["\r\n"], delimiter: UInt8(ascii: ";")),
        // Every line also splits on the comma, into the same number of cells; the typed-value score
        // must see "1,5" as a German decimal, not a field boundary.
        LineFixture(name: "semicolons with German decimals", pieces: [
            .header("Name;Betrag;Anteil"),
            .row("Müller;1,5;2,25", ["Müller", "1,5", "2,25"]),
            .row("Schmidt;3,75;0,5", ["Schmidt", "3,75", "0,5"]),
            .row("Weiß;1.234,56;7,0", ["Weiß", "1.234,56", "7,0"]),
            .reject("Kühn;\"2,5\"x;1", "text_after_closing_quote"),
        ], delimiter: UInt8(ascii: ";")),
        LineFixture(name: "tab-separated (Excel \"Text\")", pieces: [
            .header("Name\tFirma\tOrt"),
            .row("Müller\tAcme, Inc.\tKöln", ["Müller", "Acme, Inc.", "Köln"]),
            .row("Schmidt\t\"Beta; GmbH\"\tBonn", ["Schmidt", "Beta; GmbH", "Bonn"]),
            .reject("Kühn\tGamma", "field_count"),
        ], endings: ["\r\n"], delimiter: 0x09),
        LineFixture(name: "pipe-separated", pieces: [
            .header("id|name|city"),
            .row("1|Anna, Maria|Köln", ["1", "Anna, Maria", "Köln"]),
            .row("2|Bernd|\"Bonn|Beuel\"", ["2", "Bernd", "Bonn|Beuel"]),
            .row("3|Clara|Essen", ["3", "Clara", "Essen"]),
        ], delimiter: UInt8(ascii: "|")),
        // Without padding the title, "Stand:" and footer lines (one cell each) outnumbered the two
        // data rows, so the sniffer took "Offene Leads nach Quelle" for a one-column header and
        // rejected every real row as field_count.
        LineFixture(name: "Salesforce report with preamble and footers, not padded",
                    pieces: salesforceReport(padded: false, quoted: false), delimiter: UInt8(ascii: ";")),
        LineFixture(name: "Salesforce report with preamble and footers, quoted, not padded",
                    pieces: salesforceReport(padded: false, quoted: true), endings: ["\r\n"], delimiter: UInt8(ascii: ";")),
        // Padded to the header's width, the blank line before the footer is `;;`; it was loaded as
        // a record of three empty fields. Policy: a row whose fields are all empty is a blank line.
        LineFixture(name: "Salesforce report with preamble and footers, padded with ;",
                    pieces: salesforceReport(padded: true, quoted: false), delimiter: UInt8(ascii: ";")),
        LineFixture(name: "Salesforce report with preamble and footers, quoted, padded with ;",
                    pieces: salesforceReport(padded: true, quoted: true), endings: ["\r\n"], delimiter: UInt8(ascii: ";")),
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
        let result = try read(header + "\n" + row + "\n" + row + "\n")
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
