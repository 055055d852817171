import Foundation
import Testing
@testable import LeadreconCSV

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        (" padded", "\" padded\""),
        ("=HYPERLINK(\"http://x\",\"click\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""),
        ("=1+1", "'=1+1"),
        ("  =cmd", "\"'  =cmd\""),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+49 30 123", "'+49 30 123"),
        ("-2+3", "'-2+3"),
        ("\tindent", "'\tindent"),
        // The reader trims a trailing TAB of an unquoted field: quoted, it reads back.
        ("trailing\t", "\"trailing\t\""),
        ("\t", "\"'\t\""),
        ("\rcr", "\"'\rcr\""),
        ("-3.25", "-3.25"),
        ("+7", "+7"),
        ("-", "'-"),
        ("a=b", "a=b"),
        ("Müller & Söhne", "Müller & Söhne"),
    ])
    func encodesCells(cell: String, expected: String) {
        #expect(CSVWriter.encode(cell) == expected)
    }

    @Test func excelGermanUsesSemicolonAndQuotesIt() {
        #expect(CSVWriter.encode("a;b", dialect: .excelDE) == "\"a;b\"")
        #expect(CSVWriter.encode("a,b", dialect: .excelDE) == "a,b")
    }

    @Test(arguments: CSVOutputDialect.allCases)
    func writtenTablesReadBackExactly(dialect: CSVOutputDialect) throws {
        let header = ["id", "name", "note"]
        let rows = [
            ["1", "Jörg \"JJ\" Müller", "line one\nline two"],
            ["2", "a;b,c", "  spaced  "],
            ["3", "", "=not a formula"],
        ]
        let path = try temporaryFile([], name: "out.csv")
        var writer = try CSVWriter(path: path, header: header, dialect: dialect)
        for row in rows { try writer.writeRow(row) }
        try writer.finish()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == (dialect == .excelDE))
        let result = try LeadreconCSVTests.read(path: path)
        #expect(result.header == header)
        var expected = rows
        expected[2][2] = "'=not a formula"
        #expect(result.rows == expected)
        #expect(result.dialect.delimiter == dialect.delimiter)
    }

    /// Rows encoded apart and written with `writeRows` are the bytes `writeRow` writes, whichever
    /// way each cell comes in (a string, UTF-8 bytes, or encoded once beforehand).
    @Test(arguments: CSVOutputDialect.allCases)
    func encodedRowsAreWrittenRows(dialect: CSVOutputDialect) throws {
        let header = ["id", "name", "note"]
        let rows = [["1", "Jörg \"JJ\" Müller", "line one\nline two"], ["2", "a;b,c", "  spaced  "], ["-3.25", "", "=1+1"]]
        let written = try temporaryFile([], name: "written.csv"), encoded = try temporaryFile([], name: "encoded.csv")
        var writer = try CSVWriter(path: written, header: header, dialect: dialect)
        for row in rows { try writer.writeRow(row) }
        try writer.finish()
        var parts = try CSVWriter(path: encoded, header: header, dialect: dialect)
        var first = CSVRowEncoder(dialect: dialect), rest = CSVRowEncoder(dialect: dialect)
        first.row(rows[0])
        rest.cells(EncodedCells(Array(rows[1].prefix(2)), dialect: dialect))
        var note = rows[1][2]
        note.withUTF8 { rest.cell(utf8: $0) }
        rest.endRow()
        rest.cells(EncodedCells([], dialect: dialect))
        rest.cell(rows[2][0])
        rest.cells(EncodedCells(Array(rows[2].dropFirst()), dialect: dialect))
        rest.endRow()
        try parts.writeRows(first)
        try parts.writeRows(rest)
        try parts.finish()
        #expect(try Data(contentsOf: URL(fileURLWithPath: encoded)) == Data(contentsOf: URL(fileURLWithPath: written)))
    }
}
