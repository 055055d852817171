#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How an output CSV is laid out.
public enum CSVOutputDialect: String, Sendable, Codable, CaseIterable {
    /// RFC 4180: comma, CRLF line ends, UTF-8 without BOM.
    case rfc4180
    /// For German Excel: semicolon, CRLF, UTF-8 with a BOM so umlauts open correctly.
    case excelDE = "excel_de"

    var delimiter: UInt8 { self == .excelDE ? UInt8(ascii: ";") : UInt8(ascii: ",") }
}

/// Writes RFC 4180 CSV with spreadsheet formula injection neutralised.
///
/// A cell that begins (after leading spaces) with `=`, `+`, `-`, `@`, TAB or CR is prefixed with `'`
/// (OWASP's advice against CSV injection), unless the whole cell is a plain decimal number such as
/// `-3.25`, which no spreadsheet evaluates as a formula and which numeric consumers must read back.
/// Cells are quoted when they hold the delimiter, a quote, CR or LF, begin or end with a space, or
/// end with a TAB.
public struct CSVWriter: ~Copyable {
    public let dialect: CSVOutputDialect
    private var output: CSVRowEncoder
    private let descriptor: Int32
    private let path: String

    /// Creates (truncates) the file at `path` and writes the header row.
    public init(path: String, header: [String], dialect: CSVOutputDialect = .rfc4180) throws(CSVWriteError) {
        self.path = path
        self.dialect = dialect
        output = CSVRowEncoder(dialect: dialect, reservingCapacity: 1 << 16)
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        if dialect == .excelDE { try writeAll([0xEF, 0xBB, 0xBF]) }
        try writeRow(header)
    }

    deinit { close(descriptor) }

    /// Appends one row.
    public mutating func writeRow(_ cells: [String]) throws(CSVWriteError) {
        output.row(cells)
        if output.bytes.count >= 1 << 16 { try flush() }
    }

    /// Appends rows encoded beforehand, after the rows written so far.
    public mutating func writeRows(_ rows: CSVRowEncoder) throws(CSVWriteError) {
        precondition(rows.dialect == dialect && rows.isAtRowEnd, "rows of another dialect, or a row not ended")
        try flush()
        try writeAll(rows.bytes)
    }

    /// Writes what is buffered and syncs the file to disk; call once at the end.
    public mutating func finish() throws(CSVWriteError) {
        try flush()
        if fsync(descriptor) != 0 { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    }

    private mutating func flush() throws(CSVWriteError) {
        try writeAll(output.bytes)
        output.removeAll()
    }

    private func writeAll(_ bytes: [UInt8]) throws(CSVWriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// The cell as it will be written: neutralised, quoted and escaped as needed.
    public static func encode(_ cell: String, dialect: CSVOutputDialect = .rfc4180) -> String {
        var encoder = CSVRowEncoder(dialect: dialect)
        encoder.cell(cell)
        return String(decoding: encoder.bytes, as: UTF8.self)
    }

    /// One pass over contiguous UTF-8 (a few million cells per run: iterating the view several
    /// times and appending it as a generic sequence was most of writing the reports).
    static func appendCell(_ utf8: UnsafeBufferPointer<UInt8>, delimiter: UInt8, to output: inout [UInt8]) {
        guard let first = utf8.first, let last = utf8.last else { return }
        let neutralise = needsNeutralising(utf8)
        // The reader (libcsv) trims spaces and TABs around unquoted fields, so a cell written
        // with either at an edge must be quoted to read back whole. A leading TAB is always
        // behind the `'` of neutralising; a trailing TAB was lost (found by the round-trip
        // property test).
        var needsQuotes = first == 0x20 || last == 0x20 || last == 0x09
        var quotes = 0
        if !needsQuotes {
            for byte in utf8 where byte == delimiter || byte == 0x22 || byte == 0x0D || byte == 0x0A {
                needsQuotes = true
                break
            }
        }
        if !needsQuotes {
            if neutralise { output.append(UInt8(ascii: "'")) }
            output.append(contentsOf: utf8)
            return
        }
        for byte in utf8 where byte == 0x22 { quotes += 1 }
        output.reserveCapacity(output.count + utf8.count + quotes + 3)
        output.append(0x22)
        if neutralise { output.append(UInt8(ascii: "'")) }
        if quotes == 0 {
            output.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                if byte == 0x22 { output.append(0x22) }
                output.append(byte)
            }
        }
        output.append(0x22)
    }

    /// True when a spreadsheet could read the cell as a formula.
    static func needsNeutralising(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first(where: { $0 != 0x20 }) else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D:
            return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return !isPlainNumber(utf8)
        default:
            return false
        }
    }

    /// `-12`, `+3.5`, `-0.25`: a sign, digits, at most one decimal point with digits after it.
    static func isPlainNumber(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0, sawPoint = false, afterPoint = 0
        for (index, byte) in utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "+") where index == 0, UInt8(ascii: "-") where index == 0: continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if sawPoint { afterPoint += 1 }
            case UInt8(ascii: ".") where !sawPoint && digits > 0: sawPoint = true
            default: return false
            }
        }
        return digits > 0 && (!sawPoint || afterPoint > 0)
    }
}

/// Why an output file could not be written.
public enum CSVWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "\(path): cannot write (\(reason)); check free disk space and permissions of the output directory"
        }
    }
}
