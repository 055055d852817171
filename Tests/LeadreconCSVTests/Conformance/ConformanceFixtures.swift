import Foundation
import Testing
@testable import LeadreconCSV

/// Where the external conformance suites lie in the test bundle (`Fixtures/conformance/`).
enum ConformanceFixtures {
    static func url(_ path: String) throws -> URL {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return fixtures.appendingPathComponent("conformance").appendingPathComponent(path)
    }

    static func json(_ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url(path)))
    }
}

/// What reading produced, in a form a table can state: every row including the header (the
/// oracles have no header row), and the rejects as `line:reason_code`; or the error.
enum ReadOutcome: Equatable, Sendable, CustomStringConvertible {
    case rows([[String]], rejects: [String] = [])
    case error(String)

    init(reading bytes: [UInt8], options: CSVReadOptions = CSVReadOptions()) {
        do {
            let result = try read(bytes: bytes, options: options)
            self = .rows([result.header] + result.rows, rejects: result.rejects.map { "\($0.line):\($0.reason.code)" })
        } catch let error as CSVError {
            self = .error(Self.name(error))
        } catch {
            self = .error("\(error)")
        }
    }

    /// A short stable name for an error: its case, and for a bad header the line and reason code.
    static func name(_ error: CSVError) -> String {
        switch error {
        case .fileNotFound: "fileNotFound"
        case .isDirectory: "isDirectory"
        case .unreadable: "unreadable"
        case .notCSV: "notCSV"
        case .empty: "empty"
        case .ambiguousDelimiter: "ambiguousDelimiter"
        case .malformedHeader(_, let line, let reason):
            "malformedHeader:\(line):\(reason.prefix { $0 != ":" })"
        case .readFailed: "readFailed"
        case .invalidOptions: "invalidOptions"
        }
    }

    var description: String {
        switch self {
        case .rows(let rows, let rejects): "rows \(rows), rejects \(rejects)"
        case .error(let name): "error \(name)"
        }
    }
}
