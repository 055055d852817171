import Foundation
import LeadreconCSV

/// Writes `flags.csv`: one row per finding, in the flag stage's order.
enum FlagsFile {
    /// Findings encoded a block at a time on both cores and written in order (a third of a
    /// million at a million leads); pseudonymised ones on this thread, since the pseudonymizer
    /// keeps the table of tokens it hands out.
    static func write(_ findings: [Finding], to url: URL, dialect: CSVOutputDialect, pseudonymizer: Pseudonymizer?) throws {
        var writer = try CSVWriter(path: url.path, header: Finding.header, dialect: dialect)
        if let pseudonymizer {
            for finding in findings { try writer.writeRow(pseudonymizer.finding(finding).row) }
        } else {
            try ParallelRanges.inOrder(count: findings.count, blockSize: 16_384, state: {}) { _, range in
                var rows = CSVRowEncoder(dialect: dialect, reservingCapacity: range.count * 128)
                for index in range { rows.row(findings[index].row) }
                return rows
            } consume: { rows in
                try writer.writeRows(rows)
            }
        }
        try writer.finish()
    }
}
