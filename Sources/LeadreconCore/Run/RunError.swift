/// Why a run stopped before publishing its reports (exit code 2).
public enum RunError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A source rejected more rows than `ingest.max_reject_ratio` allows.
    case tooManyRejects(source: String, path: String, rejected: Int, read: Int, limit: Double, reasons: String)
    /// A source's header (on physical line `line`) does not map onto the fields its role needs.
    case headerMapping(source: String, path: String, line: Int, HeaderMappingError)
    /// An input file could not be read again to hash it.
    case cannotHash(path: String)
    /// A report file could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .tooManyRejects(let source, let path, let rejected, let read, let limit, let reasons):
            "\(path): source '\(source)' rejected \(rejected) of \(read) rows (\(Self.percent(rejected, read))), more than max_reject_ratio \(limit) allows (\(reasons)); run 'leadrecon inspect \(path)' to see why, or raise ingest.max_reject_ratio"
        case .headerMapping(let source, let path, let line, let error):
            "\(path):\(line):1: source '\(source)': \(error)"
        case .cannotHash(let path):
            "\(path): cannot read the file again to hash it; was it moved during the run?"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write (\(reason)); check free disk space and permissions"
        }
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        let tenths = Int((Double(part) / Double(max(whole, 1)) * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10) %"
    }
}
