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
    public internal(set) var header: [String] = []
    public internal(set) var counts = CSVReadCounts()
    let source: InputSource
    var utf8Lines = 0
    var windows1252Lines = 0

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

    /// Bytes of the file read so far (raw, before transcoding; runs up to one block ahead of the
    /// rows handed out). Safe to ask from another thread during ``read(row:reject:)``: for progress.
    public var fileBytesConsumed: Int { source.fileOffset }

    /// Reads every row. `row` receives each loadable data row (the header is in ``header`` before the
    /// first call), `reject` each row that is not loaded. Errors thrown by either stop reading and
    /// are rethrown.
    public func read(row: (CSVRow) throws -> Void, reject: (RejectedRow) throws -> Void) throws {
        try withoutActuallyEscaping(row) { row in
            try withoutActuallyEscaping(reject) { reject in
                var scanner = CSVLineScanner(reader: self, row: row, reject: reject)
                try scanner.run()
            }
        }
        counts._checkInvariants()
    }
}
