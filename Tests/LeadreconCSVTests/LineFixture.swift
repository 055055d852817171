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
    /// The delimiter the reader must use (detected unless `options` fixes it).
    var delimiter = UInt8(ascii: ",")

    var testDescription: String { name }

    var bytes: [UInt8] {
        var text = ""
        for (index, piece) in pieces.enumerated() {
            text += piece.text
            if index < pieces.count - 1 || finalLineEnd { text += endings[index % endings.count] }
        }
        return Array(text.utf8)
    }

    /// The byte that ends a physical line, as the reader counts lines: LF, or CR in a file with no LF.
    var terminator: UInt8 { bytes.contains(0x0A) ? 0x0A : 0x0D }

    /// The first and last physical line (1-based) of each piece.
    var lineSpans: [ClosedRange<Int>] {
        var line = 1
        var spans: [ClosedRange<Int>] = []
        let terminator = terminator
        for (index, piece) in pieces.enumerated() {
            let inner = piece.text.utf8.count { $0 == terminator }
            spans.append(line...line + inner)
            line += inner + endings[index % endings.count].utf8.count { $0 == terminator }
        }
        return spans
    }
}

/// Checks rows, reject lines and reasons, and the ledger against a fixture's pieces.
func expectOutcome(_ fixture: LineFixture, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let result = try read(bytes: fixture.bytes, options: fixture.options)
    var header: [String]?
    var rows: [[String]] = [], rowLines: [Int] = [], rejects: [String] = [], footers = 0
    #expect(result.dialect.delimiter == fixture.delimiter, "delimiter", sourceLocation: sourceLocation)
    for (piece, span) in zip(fixture.pieces, fixture.lineSpans) {
        let line = span.lowerBound
        switch piece {
        case .header(let text):
            header = text.split(separator: Character(UnicodeScalar(result.dialect.delimiter)), omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(result.dialect.headerLine == line, "header line", sourceLocation: sourceLocation)
        case .row(_, let cells):
            rows.append(cells)
            rowLines.append(line)
        case .reject(_, let code):
            rejects.append("\(line)-\(span.upperBound):\(code)")
        case .footer:
            footers += 1
        case .notARow:
            break
        }
    }
    if let header { #expect(result.header == header, sourceLocation: sourceLocation) }
    #expect(result.rows == rows, sourceLocation: sourceLocation)
    #expect(result.lines == rowLines, sourceLocation: sourceLocation)
    #expect(result.rejects.map { "\($0.line)-\($0.endLine):\($0.reason.code)" } == rejects, sourceLocation: sourceLocation)
    #expect(result.counts.rowsRead == rows.count + rejects.count, sourceLocation: sourceLocation)
    #expect(result.counts.footerRowsSkipped == footers, sourceLocation: sourceLocation)
    #expect(result.counts.rowsRead == result.counts.rowsDelivered + result.counts.rowsRejected, sourceLocation: sourceLocation)
}

func options(maxFieldBytes: Int) -> CSVReadOptions {
    var options = CSVReadOptions()
    options.maxFieldBytes = maxFieldBytes
    return options
}
