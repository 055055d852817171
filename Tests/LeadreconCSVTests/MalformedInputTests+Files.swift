import Foundation
import Testing
@testable import LeadreconCSV
#if canImport(Glibc)
import Glibc
#endif

/// UTF-16 text with or without a byte-order mark.
func utf16(_ text: String, littleEndian: Bool, bom: Bool) -> [UInt8] {
    var bytes: [UInt8] = bom ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
    for unit in text.utf16 {
        let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
        bytes += littleEndian ? [low, high] : [high, low]
    }
    return bytes
}

/// The error a read throws, or `nil`.
func readError(bytes: [UInt8], options: CSVReadOptions = CSVReadOptions()) -> CSVError? {
    readError { try read(bytes: bytes, options: options) }
}

func readError(_ body: () throws -> ReadResult) -> CSVError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? CSVError
    }
}

/// Whole files that are odd rather than bad rows: encodings, files that are not CSV, size.
extension MalformedInputTests {
    // MARK: Files without a header

    @Test(arguments: [
        ("empty file", [UInt8]()),
        ("UTF-8 BOM only", [0xEF, 0xBB, 0xBF]),
        ("UTF-8 BOM and a line end", [0xEF, 0xBB, 0xBF, 0x0D, 0x0A]),
        ("UTF-16LE BOM only", [0xFF, 0xFE]),
        ("blank lines only", Array(" \n\t\r\n\n".utf8)),
        ("rows of empty fields only", Array(",,\n,,,\n\"\",\"\"\n".utf8)),
    ])
    func filesWithoutAHeaderAreEmpty(_ name: String, _ bytes: [UInt8]) {
        guard case .empty = readError(bytes: bytes) else {
            Issue.record("\(name): expected CSVError.empty, got \(String(describing: readError(bytes: bytes)))")
            return
        }
    }

    @Test func bomIsStrippedAndReported() throws {
        let result = try read(bytes: [0xEF, 0xBB, 0xBF] + Array("id;name\n1;Jürgen\n".utf8))
        #expect(result.header == ["id", "name"])
        #expect(result.rows == [["1", "Jürgen"]])
        #expect(result.encoding == EncodingReport(encoding: .utf8, hadBOM: true, windows1252Lines: 0, utf8MultibyteLines: 1))
    }

    /// The header line itself cannot be read: nothing can be loaded, so the file is an error.
    @Test(arguments: [
        ("id,\"name\" x\n1,a\n", "text_after_closing_quote"),
        ("id,na\"me\n1,a\n", "quote_in_unquoted_field"),
        ("id,\"name\n1,a\n", "unterminated_quote"),
    ])
    func malformedHeaderStopsTheFile(_ text: String, _ code: String) {
        let error = readError(bytes: Array(text.utf8))
        guard case .malformedHeader(_, let line, let reason) = error else {
            Issue.record("expected malformedHeader, got \(String(describing: error))")
            return
        }
        #expect(line == 1)
        #expect(reason.hasPrefix(code))
    }

    // MARK: Encodings

    /// ä ö ü ß € as Excel's Windows-1252 writes them: 0xE4 0xF6 0xFC 0xDF 0x80.
    static let windows1252Line: [UInt8] = Array("2;M".utf8) + [0xFC] + Array("ller;".utf8)
        + [0xE4, 0xF6, 0xFC, 0xDF, 0x20, 0x80] + Array("\n".utf8)

    @Test func windows1252IsDecodedAndReported() throws {
        let result = try read(bytes: Array("id;name;chars\n".utf8) + Self.windows1252Line)
        #expect(result.header == ["id", "name", "chars"])
        #expect(result.rows == [["2", "Müller", "äöüß €"]])
        #expect(result.encoding == EncodingReport(encoding: .windows1252, hadBOM: false, windows1252Lines: 0, utf8MultibyteLines: 0))
        #expect(result.encoding.isMixed == false)
    }

    @Test func utf8FileWithOneWindows1252LineIsReportedMixed() throws {
        let bytes = Array("id;name\n1;Jürgen Weiß\n".utf8) + Array("2;M".utf8) + [0xFC] + Array("ller\n3;Zoë\n".utf8)
        let result = try read(bytes: bytes)
        #expect(result.rows == [["1", "Jürgen Weiß"], ["2", "Müller"], ["3", "Zoë"]])
        #expect(result.encoding == EncodingReport(encoding: .utf8, hadBOM: false, windows1252Lines: 1, utf8MultibyteLines: 2))
        #expect(result.encoding.isMixed)
        #expect(result.encoding.summary == "utf-8 with 1 windows-1252 line")
    }

    /// A lone CR ends a row mid-line; the Windows-1252 byte after it was flagged on the row before
    /// and the second row came out as "M\u{FFFD}ller".
    @Test func windows1252AfterALoneCRIsDecoded() throws {
        let result = try read(bytes: Array("id;name\n1;a\r2;M".utf8) + [0xFC] + Array("ller\n3;c\n".utf8))
        #expect(result.rows == [["1", "a"], ["2", "Müller"], ["3", "c"]])
        #expect(result.lines == [2, 2, 3])
        let rejected = try read(bytes: Array("id;name\n1;a\r2;b;c\n".utf8))
        #expect(rejected.rejects.map(\.raw) == ["2;b;c"])
    }

    /// Excel's "Unicode text" export: UTF-16LE with a BOM, TAB-separated, CRLF.
    @Test func utf16LEWithBOMAndTabs() throws {
        let text = "Name\tFirma\tOrt\r\nMüller\t\"Acme, Inc.\"\tKöln\r\nŁukasz\tΣ Corp 😀\t€\r\n"
        let result = try read(bytes: utf16(text, littleEndian: true, bom: true))
        #expect(result.dialect.delimiter == 0x09)
        #expect(result.header == ["Name", "Firma", "Ort"])
        #expect(result.rows == [["Müller", "Acme, Inc.", "Köln"], ["Łukasz", "Σ Corp 😀", "€"]])
        #expect(result.encoding.encoding == .utf16LE && result.encoding.hadBOM)
    }

    @Test func utf16LEWithoutBOM() throws {
        let text = "id,name,city\n1,Anna,Köln\n2,Bernd,Bonn\n"
        let result = try read(bytes: utf16(text, littleEndian: true, bom: false))
        #expect(result.rows == [["1", "Anna", "Köln"], ["2", "Bernd", "Bonn"]])
        #expect(result.encoding.encoding == .utf16LE && !result.encoding.hadBOM)
    }

    @Test func utf16BEWithBOM() throws {
        let text = "id;name\n1;Jürgen\n2;\"Zeile\neins\"\n"
        let result = try read(bytes: utf16(text, littleEndian: false, bom: true))
        #expect(result.rows == [["1", "Jürgen"], ["2", "Zeile\neins"]])
        #expect(result.lines == [2, 3])
        #expect(result.encoding.encoding == .utf16BE && result.encoding.hadBOM)
    }

    // MARK: Not CSV, not a file

    @Test(arguments: [
        ("XLSX", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8)),
        ("gzip", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]),
    ])
    func otherFormatsAreNotCSV(_ name: String, _ bytes: [UInt8]) {
        guard case .notCSV = readError(bytes: bytes) else {
            Issue.record("\(name): expected notCSV, got \(String(describing: readError(bytes: bytes)))")
            return
        }
    }

    @Test func directoryAndMissingFile() throws {
        let directory = URL(fileURLWithPath: try temporaryFile([])).deletingLastPathComponent().path
        #expect(readError { try read(path: directory) } == .isDirectory(path: directory))
        let missing = directory + "/no-such.csv"
        #expect(readError { try read(path: missing) } == .fileNotFound(path: missing))
    }

    /// Root reads any file whatever its mode, and CI runs as root: the check only means something
    /// for an ordinary user.
    @Test(.enabled(if: getuid() != 0, "root ignores file permissions (CI runs as root)"))
    func fileWithoutReadPermission() throws {
        let path = try temporaryFile(Array("id\n1\n".utf8))
        chmod(path, 0o200)
        guard case .unreadable = readError({ try read(path: path) }) else {
            Issue.record("expected unreadable")
            return
        }
    }

    // MARK: Streaming

    /// ~3 MB: ordinary rows with umlauts, a multi-line note every 97th row, a bad row every 1,000th,
    /// and in the middle one quoted note of 1.6 MB over 25,000 lines, which must cross a block end
    /// (blocks are at most 1 MiB). Returns the bytes and the expected outcome.
    static func largeFile() -> (bytes: [UInt8], rows: [(line: Int, cells: [String])], rejects: [Int], big: (line: Int, endLine: Int, note: String)) {
        var text = "id,name,note\n"
        var line = 2
        var rows: [(line: Int, cells: [String])] = [], rejects: [Int] = []
        var big = (line: 0, endLine: 0, note: "")
        for id in 1...40_000 {
            if id == 20_000 {
                let note = (0..<25_000).map { "Zeile \($0) der langen Notiz: Müller, Weiß & Søn \"zitiert\" …" }
                    .joined(separator: "\n")
                big = (line, line + 24_999, note)
                text += "\(id),Groß,\"" + note.replacingOccurrences(of: "\"", with: "\"\"") + "\"\n"
                line += 25_000
            } else if id % 1_000 == 0 {
                text += "\(id),\"Bad\" row,x\n"
                rejects.append(line)
                line += 1
            } else if id % 97 == 0 {
                text += "\(id),Jürgen,\"zwei\r\nZeilen, mit Komma\"\n"
                rows.append((line, ["\(id)", "Jürgen", "zwei\r\nZeilen, mit Komma"]))
                line += 2
            } else {
                text += "\(id),Name \(id) Öz,Notiz \(id)\n"
                rows.append((line, ["\(id)", "Name \(id) Öz", "Notiz \(id)"]))
                line += 1
            }
        }
        return (Array(text.utf8), rows, rejects, big)
    }

    @Test func largeFileStreamsThroughSeveralBlocks() throws {
        let file = Self.largeFile()
        #expect(file.bytes.count > 2_900_000)
        let path = try temporaryFile(file.bytes)
        var roomy = CSVReadOptions()
        roomy.maxFieldBytes = 4 << 20
        let result = try read(path: path, options: roomy)
        let bigIndex = file.rows.firstIndex { $0.line > file.big.line } ?? file.rows.count
        var expectedRows = file.rows.map(\.cells), expectedLines = file.rows.map(\.line)
        expectedRows.insert(["20000", "Groß", file.big.note], at: bigIndex)
        expectedLines.insert(file.big.line, at: bigIndex)
        #expect(result.rows.count == expectedRows.count)
        #expect(result.rows == expectedRows)
        #expect(result.lines == expectedLines)
        #expect(result.rejects.map(\.line) == file.rejects)
        #expect(result.rejects.allSatisfy { $0.reason == .textAfterClosingQuote })
        #expect(result.counts.rowsRead == 40_000)
        #expect(result.counts.bytesRead == file.bytes.count)
        #expect(result.encoding.encoding == .utf8 && result.encoding.windows1252Lines == 0)

        // With the default limit of 1 MiB the long note is rejected whole; nothing else changes.
        let limited = try read(path: path)
        #expect(limited.rows == file.rows.map(\.cells))
        #expect(limited.lines == file.rows.map(\.line))
        let oversize = limited.rejects.filter { $0.reason.code == "oversize_field" }
        #expect(oversize.map { [$0.line, $0.endLine] } == [[file.big.line, file.big.endLine]])
        #expect(oversize.first?.raw.hasSuffix("more bytes]") == true)
        #expect(limited.counts.rowsRead == 40_000)
    }

    // MARK: Delimiters

    @Test func ambiguousDelimiterIsAnError() {
        let error = readError(bytes: Array("a,b|c\nd,e|f\ng,h|i\n".utf8))
        guard case .ambiguousDelimiter(_, let candidates) = error else {
            Issue.record("expected ambiguousDelimiter, got \(String(describing: error))")
            return
        }
        #expect(Set(candidates) == ["','", "'|'"])
    }

    @Test func explicitDelimiterSettlesAnAmbiguousFile() throws {
        let result = try read("a,b|c\nd,e|f\n", options: CSVReadOptions(delimiter: UInt8(ascii: "|")))
        #expect(result.header == ["a,b", "c"])
        #expect(result.rows == [["d,e", "f"]])
    }
}
