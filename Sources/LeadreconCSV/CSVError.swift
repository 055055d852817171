/// Why a CSV file could not be read at all. Problems with single rows are never errors: those rows
/// go to the rejects ledger (``RejectedRow``) and reading goes on.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The file exists but cannot be opened (permissions, I/O error); `reason` is the system's.
    case unreadable(path: String, reason: String)
    /// The file is of another format (spreadsheet, archive); `format` names it. The message points
    /// at line 1, column 1, where the format's signature (`PK\x03\x04` for XLSX) stands.
    case notCSV(path: String, format: String)
    /// The file has no header row.
    case empty(path: String)
    /// The delimiter cannot be told apart: the best candidates score alike.
    case ambiguousDelimiter(path: String, candidates: [String])
    /// The header row itself cannot be parsed.
    case malformedHeader(path: String, line: Int, reason: String)
    /// Reading stopped on an I/O error midway.
    case readFailed(path: String, reason: String)
    /// The options cannot describe a CSV file, e.g. a line end or the quote as the delimiter.
    case invalidOptions(path: String, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            "\(path): no such file; check the path (relative paths in a pipeline file are relative to that file)"
        case .isDirectory(let path):
            "\(path): is a directory, not a CSV file; name the file inside it"
        case .unreadable(let path, let reason):
            "\(path): cannot open (\(reason)); check the file's permissions"
        case .notCSV(let path, let format):
            "\(path):1:1: this is \(format), not CSV; export or save it as CSV first"
        case .empty(let path):
            "\(path): the file holds no header row; is it the right file?"
        case .ambiguousDelimiter(let path, let candidates):
            "\(path): cannot tell the delimiter: \(candidates.joined(separator: " and ")) fit the sample equally well; set 'delimiter:' for this source"
        case .malformedHeader(let path, let line, let reason):
            "\(path):\(line): the header row cannot be read (\(reason)); fix the header line"
        case .readFailed(let path, let reason):
            "\(path): reading failed midway (\(reason))"
        case .invalidOptions(let path, let reason):
            "\(path): cannot read with these settings: \(reason)"
        }
    }
}
