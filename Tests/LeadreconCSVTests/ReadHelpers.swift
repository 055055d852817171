import Foundation
@testable import LeadreconCSV

/// What reading a file produced: its rows (as strings, with lines), rejects and the reader.
struct ReadResult {
    var header: [String]
    var rows: [[String]]
    var lines: [Int]
    var rejects: [RejectedRow]
    var counts: CSVReadCounts
    var dialect: CSVDialect
    var encoding: EncodingReport
}

/// Writes `bytes` to a fresh temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], name: String = "input.csv") throws -> String {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("leadrecon-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

func read(_ text: String, options: CSVReadOptions = CSVReadOptions()) throws -> ReadResult {
    try read(bytes: Array(text.utf8), options: options)
}

func read(bytes: [UInt8], options: CSVReadOptions = CSVReadOptions()) throws -> ReadResult {
    let path = try temporaryFile(bytes)
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    return try read(path: path, options: options)
}

func read(path: String, options: CSVReadOptions = CSVReadOptions()) throws -> ReadResult {
    let reader = try CSVReader(path: path, options: options)
    var rows: [[String]] = []
    var lines: [Int] = []
    var rejects: [RejectedRow] = []
    try reader.read(row: { row in
        rows.append(row.strings)
        lines.append(row.line)
    }, reject: { rejects.append($0) })
    return ReadResult(header: reader.header, rows: rows, lines: lines, rejects: rejects,
                      counts: reader.counts, dialect: reader.dialect, encoding: reader.encoding)
}
